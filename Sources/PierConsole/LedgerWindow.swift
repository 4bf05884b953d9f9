import GRDB
import PierCore
import PierStore

/// The Ledger pane's view of a seller's events: a filter, an order, and only the rows on
/// screen fetched from SQLite, so a 100K-event ledger scrolls with constant work per frame.
public struct LedgerWindow: Sendable {
    public var seller: String?
    public var newestFirst = true
    public var search = ""
    /// A type prefix such as `flag.`; nil for all.
    public var typePrefix: String?
    public private(set) var count = 0
    /// Index of the selected row in the filtered, ordered list.
    public var cursor = 0
    /// Index of the first row on screen.
    public var top = 0
    public private(set) var rows: [LedgerEvent] = []
    public private(set) var rowsStart = 0
    public var showDetail = false

    /// The type filter's stops: all, then each family of event types the engine writes
    /// (`webhook` covers `webhook.*` and `webhooks.*`).
    public static let typeFilters: [String?] = [nil, "sku.", "product.", "listing.", "flag.", "appeal.", "conflict.", "catalog.", "order.",
                                                "fulfilment.", "return.", "webhook", "app.", "oauth.", "connect.", "shop.", "tier.",
                                                "onboarding.", "sync.", "trading.", "seller."]

    public init() {}

    private func whereClause() -> (String, StatementArguments) {
        var sql = "seller_id = ?"
        var args: [any DatabaseValueConvertible] = [seller ?? ""]
        if let typePrefix { sql += " AND type LIKE ?"; args.append(typePrefix + "%") }
        if !search.isEmpty {
            sql += " AND (type LIKE ? OR actor LIKE ? OR sku LIKE ? OR data LIKE ?)"
            let like = "%\(search)%"
            args += [like, like, like, like]
        }
        return (sql, StatementArguments(args))
    }

    /// Recounts after a filter change and refetches the visible rows.
    public mutating func reload(_ db: PierDatabase, visibleRows: Int = 40) {
        guard seller != nil else { count = 0; rows = []; return }
        let (w, args) = whereClause()
        count = (try? db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger WHERE \(w)", arguments: args) ?? 0 }) ?? 0
        cursor = min(cursor, max(0, count - 1))
        rowsStart = -1
        ensure(db, visibleRows: visibleRows)
    }

    /// Fetches the page of rows around `top` if it is not loaded.
    public mutating func ensure(_ db: PierDatabase, visibleRows: Int) {
        let page = max(visibleRows, 1)
        if cursor < top { top = cursor }
        if cursor >= top + page { top = cursor - page + 1 }
        top = max(0, min(top, max(0, count - page)))
        if rowsStart >= 0, top >= rowsStart, top + page <= rowsStart + rows.count || rowsStart + rows.count >= count { return }
        let (w, args) = whereClause()
        let order = newestFirst ? "DESC" : "ASC"
        let start = max(0, top - page)
        let sellerID = seller ?? ""
        let unfiltered = typePrefix == nil && search.isEmpty
        let total = count
        let newestFirst = self.newestFirst
        let fetched = (try? db.read { db -> [LedgerEvent] in
            if unfiltered {
                // A chain's seqs run 1…count without gaps, so a position is a seq: a range on
                // the primary key, the same cost at the top and at the millionth row.
                let first = newestFirst ? Int64(total - start) : Int64(start + 1)
                let last = newestFirst ? first - Int64(page * 3) + 1 : first + Int64(page * 3) - 1
                return try Row.fetchAll(db, sql: """
                    SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE seller_id = ? AND seq BETWEEN ? AND ? ORDER BY seq \(order)
                    """, arguments: [sellerID, min(first, last), max(first, last)]).map { PierDatabase.ledgerEvent($0, seller: sellerID) }
            }
            return try Row.fetchAll(db, sql: """
                SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE \(w) ORDER BY seq \(order) LIMIT ? OFFSET ?
                """, arguments: args + [page * 3, start]).map { PierDatabase.ledgerEvent($0, seller: sellerID) }
        }) ?? []
        rows = fetched
        rowsStart = start
    }

    /// The event at a list index, if loaded.
    public func row(_ index: Int) -> LedgerEvent? {
        let i = index - rowsStart
        return rowsStart >= 0 && rows.indices.contains(i) ? rows[i] : nil
    }

    public var current: LedgerEvent? { row(cursor) }
}
