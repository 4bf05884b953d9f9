import GRDB
import PierCore

extension PierDatabase {
    /// Visits an imported catalogue's stored items in order, one row at a time (a 100K-SKU
    /// catalogue is never held as text).
    public static func forEachCatalogueItem(_ db: Database, seller: String, _ body: (String, Int, String) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: "SELECT sku, document, item FROM catalog_items WHERE seller_id = ? ORDER BY position",
                                         arguments: [seller])
        while let row = try cursor.next() { try body(row[0], row[1], row[2]) }
    }
}
