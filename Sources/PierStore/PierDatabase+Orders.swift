import GRDB

extension PierDatabase {
    /// Writes orders inside the caller's transaction, with one prepared statement.
    static func saveOrders(_ db: Database, _ orders: [OrderRecord]) throws {
        let columns = StoredRecords.orderColumns
        let insert = try db.makeStatement(
            sql: "INSERT OR REPLACE INTO orders (\(columns.joined(separator: ", "))) VALUES (\(PierDatabase.marks(columns.count)))")
        for o in orders {
            insert.setUncheckedArguments(StatementArguments(StoredRecords.orderValues(o).map(\.sqlite)))
            try insert.execute()
        }
    }

    /// A seller's orders, newest first.
    public func orders(seller: String) throws(StoreError) -> [OrderRecord] {
        try readDB { db in try PierDatabase.orders(db, seller: seller) }
    }

    /// A seller's orders inside the caller's transaction, newest first.
    static func orders(_ db: Database, seller: String) throws -> [OrderRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM orders WHERE seller_id = ? ORDER BY placed_at DESC, order_id", arguments: [seller]).map {
            try StoredRecords.order($0)
        }
    }
}
