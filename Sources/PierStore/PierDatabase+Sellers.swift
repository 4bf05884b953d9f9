import GRDB
import PierCore

extension PierDatabase {
    /// All sellers, by id.
    public func sellers() throws(StoreError) -> [SellerRecord] {
        try readDB { db in try Row.fetchAll(db, sql: "SELECT * FROM sellers ORDER BY id").map { try StoredRecords.seller($0) } }
    }

    /// One seller, or nil.
    public func seller(_ id: String) throws(StoreError) -> SellerRecord? {
        try readDB { db in try PierDatabase.seller(db, id) }
    }

    /// One seller inside the caller's transaction, or nil.
    static func seller(_ db: Database, _ id: String) throws -> SellerRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM sellers WHERE id = ?", arguments: [id]).map { try StoredRecords.seller($0) }
    }

    /// Inserts or replaces a seller row inside the caller's transaction.
    static func upsert(_ db: Database, _ s: SellerRecord) throws {
        let columns = StoredRecords.sellerColumns
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try db.execute(
            sql: """
                INSERT INTO sellers (\(columns.joined(separator: ", "))) VALUES (\(PierDatabase.marks(columns.count)))
                ON CONFLICT(id) DO UPDATE SET \(updates)
                """,
            arguments: StatementArguments(StoredRecords.sellerValues(s).map(\.sqlite)))
    }
}
