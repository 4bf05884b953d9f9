import GRDB
import PierCore

extension PierDatabase {
    /// Claims open flags (SQLite's one writer at a time keeps two claimers apart).
    public func claimFlags(
        for reviewer: String, seller: String?, limit: Int, now: Int64, expires: Int64, wallClock: String
    ) throws(StoreError) -> [FlagRecord] {
        try writeDB { db in
            let values = FlagClaim.claimValues(reviewer: reviewer, seller: seller, now: now, limit: limit, wallClock: wallClock, expires: expires)
            let claimed = try Row.fetchAll(
                db, sql: PierDatabase.numbered(FlagClaim.claimSQL(skipLocked: false)), arguments: StatementArguments(values.map(\.sqlite)))
            var out = [FlagRecord]()
            for row in claimed {
                if let flag = try Row.fetchOne(
                    db, sql: "SELECT * FROM flags WHERE seller_id = ? AND id = ?", arguments: [row["seller_id"] as String, row["flag_id"] as Int64])
                {
                    out.append(try StoredRecords.flag(flag))
                }
            }
            return out.sorted { ($0.sellerID, $0.id) < ($1.sellerID, $1.id) }
        }
    }

    public func releaseClaims(for reviewer: String, seller: String?) throws(StoreError) -> Int {
        try writeDB { db in
            try db.execute(
                sql: "DELETE FROM flag_claims WHERE operator = ? AND (? = '' OR seller_id = ?)", arguments: [reviewer, seller ?? "", seller ?? ""])
            return db.changesCount
        }
    }

    public func claims(seller: String?, now: Int64) throws(StoreError) -> [FlagClaim] {
        try readDB { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.* FROM flag_claims c JOIN flags f ON f.seller_id = c.seller_id AND f.id = c.flag_id
                    WHERE c.expires_at > ? AND f.state = ? AND (? = '' OR c.seller_id = ?) ORDER BY c.seller_id, c.flag_id
                    """, arguments: [now, FlagState.open, seller ?? "", seller ?? ""]
            ).map { try FlagClaim.decode($0) }
        }
    }

    /// PostgreSQL's `$n` parameters as SQLite's `?n` (the same statement text serves both).
    static func numbered(_ sql: String) -> String { sql.replacingOccurrences(of: "$", with: "?") }
}
