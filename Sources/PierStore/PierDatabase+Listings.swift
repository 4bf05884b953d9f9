import GRDB
import PierCore

extension PierDatabase {
    /// Saves a seller's listings inside the caller's transaction, one at a time with one
    /// prepared statement (a 100K-SKU projection is never copied into an array to save it).
    public struct ListingSaver: ListingSink {
        private let insert: Statement

        init(_ db: Database) throws {
            insert = try db.makeStatement(
                sql: """
                    INSERT OR REPLACE INTO listings (seller_id, sku, product_id, title, description, tags, source_category,
                        tiktok_category_id, tiktok_category_path, coverage_reason, moderation, status, price_minor, currency,
                        campaign_price_minor, inventory, moderation_tags, live_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
        }

        public mutating func save(_ l: ListingRecord) throws {
            insert.setUncheckedArguments([
                l.sellerID, l.sku, l.productID, l.title, l.description, JSONValue.array(l.tags.map(JSONValue.string)).canonical,
                l.sourceCategory, l.tiktokCategoryID, l.tiktokCategoryPath, l.coverageReason, l.moderation, l.status,
                l.priceMinor, l.currency, l.campaignPriceMinor, l.inventoryJSON,
                JSONValue.array(l.moderationTags.map(JSONValue.string)).canonical, l.liveAt,
            ])
            try insert.execute()
        }
    }

    /// A seller's listings ordered by SKU.
    public func listings(seller: String) throws(StoreError) -> [ListingRecord] {
        try readDB { db in try PierDatabase.listings(db, seller: seller) }
    }

    /// A seller's listings inside the caller's transaction.
    static func listings(_ db: Database, seller: String) throws -> [ListingRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM listings WHERE seller_id = ? ORDER BY sku", arguments: [seller]).map(listing)
    }

    /// One listing, or nil.
    public func listing(seller: String, sku: String) throws(StoreError) -> ListingRecord? {
        try readDB { db in
            try Row.fetchOne(db, sql: "SELECT * FROM listings WHERE seller_id = ? AND sku = ?", arguments: [seller, sku])
                .map(PierDatabase.listing)
        }
    }

    static func listing(_ row: Row) -> ListingRecord {
        func strings(_ text: String) -> [String] {
            ((try? JSONParser.parse(text))?.arrayValue ?? []).compactMap(\.stringValue)
        }
        var inventory = [Region: Int]()
        if let obj = (try? JSONParser.parse(row["inventory"] as String))?.objectValue {
            for (k, v) in obj { if let r = Region(rawValue: k), let n = v.intValue { inventory[r] = Int(n) } }
        }
        return ListingRecord(
            sellerID: row["seller_id"], sku: row["sku"], productID: row["product_id"], title: row["title"],
            description: row["description"], tags: strings(row["tags"]), sourceCategory: row["source_category"],
            tiktokCategoryID: row["tiktok_category_id"], tiktokCategoryPath: row["tiktok_category_path"],
            coverageReason: row["coverage_reason"], moderation: row["moderation"], status: row["status"],
            priceMinor: row["price_minor"], currency: row["currency"], campaignPriceMinor: row["campaign_price_minor"],
            inventory: inventory, moderationTags: strings(row["moderation_tags"]), liveAt: row["live_at"])
    }
}
