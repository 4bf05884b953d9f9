import Foundation
import GRDB
import PierCore

extension PierDatabase {
    /// The last event's seq and hash for a seller (0 and the genesis hash when empty).
    static func ledgerHead(_ db: Database, seller: String) throws -> (seq: Int64, hash: String) {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM ledger WHERE seller_id = ? ORDER BY seq DESC LIMIT 1", arguments: [seller]) {
            return (row["seq"], row["hash"])
        }
        return (0, LedgerEvent.genesis)
    }

    /// Visits a seller's events in chain order; a row whose data is not valid JSON is surfaced
    /// with its raw text as a string so verification reports it as altered.
    static func forEachEvent(
        _ db: Database, seller: String, fromSeq: Int64 = 1,
        _ body: (LedgerEvent) throws -> Bool
    ) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(ledgerColumns) FROM ledger WHERE seller_id = ? AND seq >= ? ORDER BY seq
                """, arguments: [seller, fromSeq])
        while let row = try cursor.next() {
            if try !body(try ledgerEvent(row, seller: seller)) { break }
        }
    }

    /// Visits a seller's events about some SKUs, in chain order: everything that shapes those
    /// SKUs' listings and flags, read through the SKU index whatever the ledger's length.
    static func forEachEvent(_ db: Database, seller: String, skus: [String], _ body: (LedgerEvent) throws -> Void) throws {
        try forEachEvent(db, seller: seller, column: "sku", in: skus, index: "ledger_sku", body)
    }

    /// Visits a seller's events of some types, in chain order, through the type index.
    static func forEachEvent(_ db: Database, seller: String, types: [String], _ body: (LedgerEvent) throws -> Void) throws {
        try forEachEvent(db, seller: seller, column: "type", in: types, index: "ledger_type", body)
    }

    /// Visits a seller's events whose `column` is one of `values`, in chain order, through
    /// `index` (named: without statistics SQLite may walk the primary key instead).
    private static func forEachEvent(
        _ db: Database, seller: String, column: String, in values: [String], index: String,
        _ body: (LedgerEvent) throws -> Void
    ) throws {
        guard !values.isEmpty else { return }
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        let sql = "SELECT \(ledgerColumns) FROM ledger INDEXED BY \(index) WHERE seller_id = ? AND \(column) IN (\(marks)) ORDER BY seq"
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments([seller] + values))
        while let row = try cursor.next() { try body(try ledgerEvent(row, seller: seller)) }
    }

    /// The virtual time of a seller's last event in chain order (0 when it has none).
    static func lastEventAt(_ db: Database, seller: String) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT at FROM ledger WHERE seller_id = ? ORDER BY seq DESC LIMIT 1", arguments: [seller]) ?? 0
    }

    /// The columns every ledger query selects.
    public static let ledgerColumns = "seq, at, type, actor, sku, data, prev_hash, hash"

    /// A ledger row (selected with `ledgerColumns`) as an event.
    static func ledgerEvent(_ row: Row, seller: String) throws -> LedgerEvent { try StoredRecords.ledgerEvent(row, seller: seller) }

    /// All of a seller's events, in order.
    public func events(seller: String) throws(StoreError) -> [LedgerEvent] {
        try readDB { db in
            var out = [LedgerEvent]()
            try PierDatabase.forEachEvent(db, seller: seller) {
                out.append($0); return true
            }
            return out
        }
    }

    /// Sellers that have ledger events, sorted.
    public func ledgerSellers() throws(StoreError) -> [String] {
        try readDB { db in try String.fetchAll(db, sql: "SELECT DISTINCT seller_id FROM ledger ORDER BY seller_id") }
    }

    /// Verifies one seller's chain; `expectedHead` catches truncation. Hashes the stored bytes
    /// of each row (no JSON decoding), so it runs near the speed of SHA-256 itself.
    public func verifyLedger(seller: String, expectedHead: String?) throws(StoreError) -> LedgerReport {
        try readDB { db in
            try StoredChain.verify(seller: seller, expectedHead: expectedHead) { visit in
                try PierDatabase.forEachStoredEvent(db, seller: seller, visit)
            }
        }
    }

    /// Visits a seller's rows in chain order as stored (seq, at, type, actor, sku, data text,
    /// prev_hash, hash), without decoding the data.
    public static func forEachStoredEvent(
        _ db: Database, seller: String,
        _ body: (Int64, Int64, String, String, String?, String, String, String) throws -> Bool
    ) throws {
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(ledgerColumns) FROM ledger WHERE seller_id = ? ORDER BY seq", arguments: [seller])
        while let row = try cursor.next() {
            if try !body(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]) { break }
        }
    }

    /// Writes the exact bytes the chain hashes, event after event (`prev_hash`, a line feed,
    /// the canonical body), to a file, for comparing verification with a bare SHA-256 over the
    /// same bytes; returns the byte count.
    public func writeChainedBytes(seller: String, to path: String) throws(StoreError) -> Int {
        try readDB { db in
            try StoredChain.writeBytes(seller: seller, to: path) { visit in try PierDatabase.forEachStoredEvent(db, seller: seller, visit) }
        }
    }
}

/// The outcome of verifying one seller's chain.
public struct LedgerReport: Sendable, Equatable {
    public let seller: String
    /// Events verified good before the first problem (all of them when there is none).
    public let events: Int64
    public let head: String
    public let problem: LedgerVerifier.Problem?
}

extension PierDatabase {
    /// A seller's events about one SKU, in order. The SKU index is named: without statistics
    /// SQLite prefers walking the primary key to avoid the sort, which reads the whole ledger.
    public func events(seller: String, sku: String) throws(StoreError) -> [LedgerEvent] {
        try readDB { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(PierDatabase.ledgerColumns) FROM ledger INDEXED BY ledger_sku WHERE seller_id = ? AND sku = ? ORDER BY seq
                    """, arguments: [seller, sku]
            ).map { try PierDatabase.ledgerEvent($0, seller: seller) }
        }
    }
}

extension PierDatabase {
    /// Runs a bulk append of `events` events with the ledger's secondary indexes set aside when
    /// that is cheaper: inserting millions of events into the (seller, sku) and (seller, type)
    /// indexes touches their pages at random, while building them afterwards is one sort. They
    /// are dropped and rebuilt (same SQL, same transaction; readers keep their snapshot) only
    /// when the run at least doubles the ledger, so rebuilding the other sellers' entries costs
    /// at most as much as the run itself.
    static func withLedgerIndexesDeferred<T>(
        _ db: Database, events: Int, threshold: Int = bulkAppendThreshold,
        _ body: () throws -> T
    ) throws -> T {
        guard events >= threshold else { return try body() }
        let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger") ?? 0
        guard events >= existing else { return try body() }
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger' AND sql IS NOT NULL ORDER BY name
                """
        ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        let value = try body()
        for index in indexes { try db.execute(sql: index.sql) }
        return value
    }

    /// Below this many events a run appends through the indexes as they are.
    public static let bulkAppendThreshold = 50_000
}

extension PierDatabase {
    private static func clause(_ seller: String, _ filter: LedgerFilter) -> (sql: String, args: [any DatabaseValueConvertible]) {
        let (sql, values) = filter.whereClause(seller: seller, like: "LIKE") { _ in "?" }
        return (sql, values.map { $0.sqlite ?? DatabaseValue.null })
    }

    /// `s` for a LIKE pattern with `ESCAPE '\'`: its `%`, `_` and `\` match themselves.
    static func likeEscaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// The event types in a seller's ledger, sorted (read from the type index).
    public func ledgerTypes(seller: String) throws(StoreError) -> [String] {
        try readDB { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT type FROM ledger INDEXED BY ledger_type WHERE seller_id = ? ORDER BY type", arguments: [seller])
        }
    }

    /// How many of a seller's events pass a filter.
    public func ledgerCount(seller: String, filter: LedgerFilter) throws(StoreError) -> Int {
        try readDB { db in
            if filter.isEmpty { return Int(try PierDatabase.ledgerHead(db, seller: seller).seq) }
            let (sql, args) = PierDatabase.clause(seller, filter)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger WHERE \(sql)", arguments: StatementArguments(args)) ?? 0
        }
    }

    /// Up to `limit` events passing a filter, in seq order (`descending` for newest first),
    /// starting at `start`: a keyset page, so the millionth row costs what the first does.
    public func ledgerPage(
        seller: String, filter: LedgerFilter, start: LedgerPageStart, descending: Bool,
        limit: Int
    ) throws(StoreError) -> [LedgerEvent] {
        guard limit > 0 else { return [] }
        return try readDB { db in
            var (sql, args) = PierDatabase.clause(seller, filter)
            switch start {
            case .first: break
            case .from(let seq): sql += descending ? " AND seq <= ?" : " AND seq >= ?"; args.append(seq)
            case .after(let seq): sql += descending ? " AND seq < ?" : " AND seq > ?"; args.append(seq)
            }
            args.append(limit)
            let index = filter.sku != nil ? "INDEXED BY ledger_sku" : ""
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(PierDatabase.ledgerColumns) FROM ledger \(index) WHERE \(sql) ORDER BY seq \(descending ? "DESC" : "ASC") LIMIT ?
                    """, arguments: StatementArguments(args)
            ).map { try PierDatabase.ledgerEvent($0, seller: seller) }
        }
    }

    /// The page of events at a position of a filtered view, for a jump no loaded page reaches
    /// (the one read that skips rows; paging and the ends use `ledgerPage`).
    public func ledgerPage(seller: String, filter: LedgerFilter, position: Int, descending: Bool, limit: Int) throws(StoreError) -> [LedgerEvent] {
        guard limit > 0 else { return [] }
        return try readDB { db in
            let (sql, args) = PierDatabase.clause(seller, filter)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE \(sql) ORDER BY seq \(descending ? "DESC" : "ASC") LIMIT ? OFFSET ?
                    """, arguments: StatementArguments(args + [limit, max(0, position)])
            ).map { try PierDatabase.ledgerEvent($0, seller: seller) }
        }
    }
}
