import GRDB

extension PierDatabase {
    /// Writes orders inside the caller's transaction, with one prepared statement.
    static func saveOrders(_ db: Database, _ orders: [OrderRecord]) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT OR REPLACE INTO orders (seller_id, order_id, sku, region, quantity, amount_minor, status, fulfilment, return_state, note,
                    placed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for o in orders {
            insert.setUncheckedArguments([
                o.sellerID, o.orderID, o.sku, o.region, o.quantity, o.amountMinor, o.status, o.fulfilment,
                o.returnState, o.note, o.placedAt, o.updatedAt,
            ])
            try insert.execute()
        }
    }

    /// A seller's orders, newest first.
    public func orders(seller: String) throws(StoreError) -> [OrderRecord] {
        try readDB { db in try PierDatabase.orders(db, seller: seller) }
    }

    /// A seller's orders inside the caller's transaction, newest first.
    static func orders(_ db: Database, seller: String) throws -> [OrderRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM orders WHERE seller_id = ? ORDER BY placed_at DESC, order_id", arguments: [seller]).map { r in
            OrderRecord(
                sellerID: r["seller_id"], orderID: r["order_id"], sku: r["sku"], region: r["region"], quantity: r["quantity"],
                amountMinor: r["amount_minor"], status: r["status"], fulfilment: r["fulfilment"], returnState: r["return_state"],
                note: r["note"], placedAt: r["placed_at"], updatedAt: r["updated_at"])
        }
    }
}
