import GRDB
import PierCore

extension PierDatabase {
    /// All sellers, by id.
    public func sellers() throws(StoreError) -> [SellerRecord] {
        try readDB { db in try Row.fetchAll(db, sql: "SELECT * FROM sellers ORDER BY id").map(PierDatabase.seller) }
    }

    /// One seller, or nil.
    public func seller(_ id: String) throws(StoreError) -> SellerRecord? {
        try readDB { db in try PierDatabase.seller(db, id) }
    }

    /// One seller inside the caller's transaction, or nil.
    static func seller(_ db: Database, _ id: String) throws -> SellerRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM sellers WHERE id = ?", arguments: [id]).map(seller)
    }

    static func seller(_ row: Row) -> SellerRecord {
        let regions = (row["regions"] as String).split(separator: ",").compactMap { Region(rawValue: String($0)) }
        let apps = (row["apps"] as String?).map { $0.split(separator: ",").map(String.init) } ?? []
        let metrics = (row["metrics"] as String?).flatMap { try? JSONParser.parse($0) }
        let seed = (row["seed"] as Int64?).map { UInt64(bitPattern: $0) }
        return SellerRecord(
            id: row["id"], name: row["name"], platform: SourcePlatform(rawValue: row["platform"]) ?? .shopify,
            vertical: row["vertical"], regions: regions, currency: row["currency"], skuCount: row["sku_count"],
            origin: row["origin"], status: row["status"], tier: (row["tier"] as String?).flatMap(Tier.init(rawValue:)),
            apps: apps, seed: seed, metrics: metrics)
    }

    /// Inserts or replaces a seller row inside the caller's transaction.
    static func upsert(_ db: Database, _ s: SellerRecord) throws {
        try db.execute(
            sql: """
                INSERT INTO sellers (id, name, platform, vertical, regions, currency, sku_count, origin, status, tier, apps, seed, metrics)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, platform = excluded.platform, vertical = excluded.vertical,
                    regions = excluded.regions, currency = excluded.currency, sku_count = excluded.sku_count, origin = excluded.origin,
                    status = excluded.status, tier = excluded.tier, apps = excluded.apps, seed = excluded.seed, metrics = excluded.metrics
                """,
            arguments: [
                s.id, s.name, s.platform.rawValue, s.vertical, s.regions.map(\.rawValue).joined(separator: ","), s.currency,
                s.skuCount, s.origin, s.status, s.tier?.rawValue, s.apps.isEmpty ? nil : s.apps.joined(separator: ","),
                s.seed.map { Int64(bitPattern: $0) }, s.metrics?.canonical,
            ])
    }
}
