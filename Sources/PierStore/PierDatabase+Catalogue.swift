import GRDB
import PierCore

extension PierDatabase {
    /// Visits an imported catalogue's stored items in order, one row at a time (a 100K-SKU
    /// catalogue is never held as text).
    static func forEachCatalogueItem(_ db: Database, seller: String, _ body: (String, Int, String) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT sku, document, item FROM catalog_items WHERE seller_id = ? ORDER BY position",
            arguments: [seller])
        while let row = try cursor.next() { try body(row[0], row[1], row[2]) }
    }

    /// The stored item JSON of each of these SKUs, through one prepared statement.
    static func catalogueItems(_ db: Database, seller: String, skus: [String]) throws -> [String: String] {
        let select = try db.cachedStatement(sql: "SELECT item FROM catalog_items WHERE seller_id = ? AND sku = ?")
        var out = [String: String](minimumCapacity: skus.count)
        for sku in skus where out[sku] == nil {
            if let item = try String.fetchOne(select, arguments: [seller, sku]) { out[sku] = item }
        }
        return out
    }
}

extension PierDatabase {
    /// Replaces a seller's stored catalogue item by item, with one prepared statement.
    public struct CatalogueWriter: CatalogueSink {
        private let db: Database
        private let insert: Statement
        private let seller: String

        init(_ db: Database, seller: String) throws {
            try db.execute(sql: "DELETE FROM catalog_items WHERE seller_id = ?", arguments: [seller])
            self.db = db
            self.seller = seller
            insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO catalog_items (seller_id, sku, position, document, item) VALUES (?, ?, ?, ?, ?)")
        }

        /// Stores one item; false when the catalogue already has its SKU (the first one stays).
        public func insert(sku: String, position: Int, document: Int, json: String) throws -> Bool {
            insert.setUncheckedArguments([seller, sku, position, document, json])
            try insert.execute()
            return db.changesCount > 0
        }
    }
}
