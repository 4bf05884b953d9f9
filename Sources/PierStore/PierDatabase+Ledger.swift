import GRDB
import PierCore

extension PierDatabase {
    /// The last event's seq and hash for a seller (0 and the genesis hash when empty).
    public static func ledgerHead(_ db: Database, seller: String) throws -> (seq: Int64, hash: String) {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM ledger WHERE seller_id = ? ORDER BY seq DESC LIMIT 1", arguments: [seller]) {
            return (row["seq"], row["hash"])
        }
        return (0, LedgerEvent.genesis)
    }

    /// Chains and appends drafts to a seller's ledger inside the caller's transaction, with one
    /// prepared statement; returns the new head hash.
    @discardableResult
    public static func appendLedger(_ db: Database, seller: String, drafts: [LedgerDraft]) throws -> String {
        var (seq, prev) = try ledgerHead(db, seller: seller)
        let insert = try db.makeStatement(sql: """
            INSERT INTO ledger (seller_id, seq, at, type, actor, sku, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for d in drafts {
            seq += 1
            let data = d.data.canonical
            let body = LedgerEvent.canonicalBody(seq: seq, seller: seller, at: d.at, type: d.type, actor: d.actor, sku: d.sku, dataCanonical: data)
            let hash = LedgerEvent.chainHash(prevHash: prev, body: body)
            insert.setUncheckedArguments([seller, seq, d.at, d.type, d.actor, d.sku, data, prev, hash])
            try insert.execute()
            prev = hash
        }
        return prev
    }

    /// Appends drafts in their own transaction.
    @discardableResult
    public func appendLedger(seller: String, drafts: [LedgerDraft]) throws(StoreError) -> String {
        try write { db in try PierDatabase.appendLedger(db, seller: seller, drafts: drafts) }
    }

    /// Visits a seller's events in chain order; a row whose data is not valid JSON is surfaced
    /// with its raw text as a string so verification reports it as altered.
    public static func forEachEvent(_ db: Database, seller: String, fromSeq: Int64 = 1,
                                    _ body: (LedgerEvent) throws -> Bool) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT \(ledgerColumns) FROM ledger WHERE seller_id = ? AND seq >= ? ORDER BY seq
            """, arguments: [seller, fromSeq])
        while let row = try cursor.next() {
            if try !body(ledgerEvent(row, seller: seller)) { break }
        }
    }

    /// The columns every ledger query selects.
    public static let ledgerColumns = "seq, at, type, actor, sku, data, prev_hash, hash"

    /// A ledger row (selected with `ledgerColumns`) as an event; data that is not valid JSON is
    /// kept as a string, so verification reports the event as altered.
    public static func ledgerEvent(_ row: Row, seller: String) -> LedgerEvent {
        let raw: String = row["data"]
        return LedgerEvent(seq: row["seq"], seller: seller, at: row["at"], type: row["type"], actor: row["actor"], sku: row["sku"],
                           data: (try? JSONParser.parse(raw)) ?? .string(raw), prevHash: row["prev_hash"], hash: row["hash"])
    }

    /// All of a seller's events, in order.
    public func events(seller: String) throws(StoreError) -> [LedgerEvent] {
        try read { db in
            var out = [LedgerEvent]()
            try PierDatabase.forEachEvent(db, seller: seller) { out.append($0); return true }
            return out
        }
    }

    /// Sellers that have ledger events, sorted.
    public func ledgerSellers() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT seller_id FROM ledger ORDER BY seller_id") }
    }

    /// Verifies one seller's chain; `expectedHead` catches truncation.
    public func verifyLedger(seller: String, expectedHead: String? = nil) throws(StoreError) -> LedgerReport {
        try read { db in
            var v = LedgerVerifier()
            var problem: LedgerVerifier.Problem?
            try PierDatabase.forEachEvent(db, seller: seller) { e in
                problem = v.check(e)
                return problem == nil
            }
            if problem == nil, let expectedHead, expectedHead != v.head {
                problem = .truncated(head: v.head, expectedHead: expectedHead, events: v.count)
            }
            return LedgerReport(seller: seller, events: v.count, head: v.head, problem: problem)
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
    /// A seller's events about one SKU, in order.
    public func events(seller: String, sku: String) throws(StoreError) -> [LedgerEvent] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE seller_id = ? AND sku = ? ORDER BY seq
                """, arguments: [seller, sku]).map { PierDatabase.ledgerEvent($0, seller: seller) }
        }
    }
}
