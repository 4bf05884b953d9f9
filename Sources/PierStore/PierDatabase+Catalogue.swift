import GRDB
import PierCore

extension PierDatabase {
    /// An imported catalogue's stored items: (document index, canonical item JSON) by SKU, in order.
    public static func catalogueItems(_ db: Database, seller: String) throws -> [(sku: String, document: Int, item: String)] {
        try Row.fetchAll(db, sql: "SELECT sku, document, item FROM catalog_items WHERE seller_id = ? ORDER BY position", arguments: [seller])
            .map { ($0["sku"], $0["document"], $0["item"]) }
    }

    /// Replaces a seller's imported catalogue inside the caller's transaction.
    public static func replaceCatalogue(_ db: Database, seller: String, items: [(sku: String, document: Int, item: String)]) throws {
        try db.execute(sql: "DELETE FROM catalog_items WHERE seller_id = ?", arguments: [seller])
        let insert = try db.makeStatement(sql: "INSERT INTO catalog_items (seller_id, sku, position, document, item) VALUES (?, ?, ?, ?, ?)")
        for (i, it) in items.enumerated() {
            insert.setUncheckedArguments([seller, it.sku, i, it.document, it.item])
            try insert.execute()
        }
    }
}
