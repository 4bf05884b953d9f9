import GRDB
import PierCore

extension PierDatabase {
    /// `n` parameter marks for a statement: `?, ?, ?`.
    static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

    /// Saves a seller's listings inside the caller's transaction, one at a time with one
    /// prepared statement (a 100K-SKU projection is never copied into an array to save it).
    public struct ListingSaver: ListingSink {
        private let insert: Statement

        init(_ db: Database) throws {
            let columns = StoredRecords.listingColumns
            insert = try db.makeStatement(
                sql: "INSERT OR REPLACE INTO listings (\(columns.joined(separator: ", "))) VALUES (\(PierDatabase.marks(columns.count)))")
        }

        public mutating func save(_ l: ListingRecord) throws {
            insert.setUncheckedArguments(StatementArguments(StoredRecords.listingValues(l).map(\.sqlite)))
            try insert.execute()
        }
    }

    /// A seller's listings ordered by SKU.
    public func listings(seller: String) throws(StoreError) -> [ListingRecord] {
        try readDB { db in try PierDatabase.listings(db, seller: seller) }
    }

    /// A seller's listings inside the caller's transaction.
    static func listings(_ db: Database, seller: String) throws -> [ListingRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM listings WHERE seller_id = ? ORDER BY sku", arguments: [seller]).map { try StoredRecords.listing($0) }
    }

    /// A seller's listings that are neither live nor removed, by SKU.
    public func waitingListings(seller: String) throws(StoreError) -> [ListingRecord] {
        try readDB { db in
            try Row.fetchAll(db, sql: PierDatabase.numbered(ListingCounts.waitingSQL), arguments: [seller]).map { try StoredRecords.listing($0) }
        }
    }

    /// A seller's coverage counted by the store.
    public func listingCounts(seller: String) throws(StoreError) -> ListingCounts {
        try readDB { db in
            var counts = ListingCounts()
            for row in try Row.fetchAll(db, sql: PierDatabase.numbered(ListingCounts.sql), arguments: [seller]) {
                counts.add(category: row["source_category"], total: row["n"], live: row["live"], notEligible: row["not_eligible"])
            }
            return counts
        }
    }

    /// One listing, or nil.
    public func listing(seller: String, sku: String) throws(StoreError) -> ListingRecord? {
        try readDB { db in
            try Row.fetchOne(db, sql: "SELECT * FROM listings WHERE seller_id = ? AND sku = ?", arguments: [seller, sku])
                .map { try StoredRecords.listing($0) }
        }
    }
}
