/// Rows of one table gathered for multi-row `INSERT`s: one round trip for hundreds of rows
/// instead of one each. With an upsert key a later row of the same key replaces the gathered
/// one, as a second `INSERT OR REPLACE` would (one statement may not touch a row twice).
final class PostgresBatch {
    let table: String
    let columns: [String]
    let upsertKey: [String]
    private let keyIndexes: [Int]
    private var rows = [[StoredValue]]()
    private var byKey = [String: Int]()

    /// Rows a statement carries: the server takes at most 65,535 parameters.
    let rowsPerStatement: Int

    init(table: String, columns: [String], upsertKey: [String]) {
        self.table = table
        self.columns = columns
        self.upsertKey = upsertKey
        keyIndexes = upsertKey.compactMap { columns.firstIndex(of: $0) }
        rowsPerStatement = max(1, min(1_000, 60_000 / max(1, columns.count)))
    }

    var isEmpty: Bool { rows.isEmpty }

    /// Gathers a row; true when a statement's worth is ready to send.
    func add(_ values: [StoredValue]) -> Bool {
        if !keyIndexes.isEmpty {
            let key = keyIndexes.map { i -> String in
                switch values[i] {
                case .text(let s): s ?? "\u{0}"
                case .int(let n): n.map(String.init) ?? "\u{0}"
                }
            }.joined(separator: "\u{1F}")
            if let at = byKey[key] {
                rows[at] = values
                return false
            }
            byKey[key] = rows.count
        }
        rows.append(values)
        return rows.count >= rowsPerStatement
    }

    /// Sends the gathered rows and forgets them.
    func flush(_ link: PostgresLink) throws {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + rowsPerStatement)]
            try link.run(
                Self.insertSQL(table: table, columns: columns, rows: chunk.count, upsertKey: upsertKey), chunk.flatMap { $0 })
            start += chunk.count
        }
        rows.removeAll(keepingCapacity: true)
        byKey.removeAll(keepingCapacity: true)
    }

    /// `INSERT INTO table (columns) VALUES ($1, …), (…)`, updating every other column on a
    /// conflict of `upsertKey` when one is given.
    static func insertSQL(table: String, columns: [String], rows: Int, upsertKey: [String]) -> String {
        var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        sql.reserveCapacity(sql.count + rows * columns.count * 7)
        var n = 0
        for r in 0..<rows {
            sql += r == 0 ? "(" : ", ("
            for c in 0..<columns.count {
                n += 1
                sql += c == 0 ? "$\(n)" : ", $\(n)"
            }
            sql += ")"
        }
        if !upsertKey.isEmpty {
            let updates = columns.filter { !upsertKey.contains($0) }.map { "\($0) = excluded.\($0)" }
            sql += " ON CONFLICT (\(upsertKey.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))"
        }
        return sql
    }
}
