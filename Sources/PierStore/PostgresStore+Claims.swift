import PierCore

extension PostgresStore {
    /// Claims open flags with `FOR UPDATE SKIP LOCKED`: reviewers claiming at the same moment
    /// pass over each other's rows.
    public func claimFlags(
        for reviewer: String, seller: String?, limit: Int, now: Int64, expires: Int64, wallClock: String
    ) throws(StoreError) -> [FlagRecord] {
        try inTransaction(write: true) { s in
            let values = FlagClaim.claimValues(reviewer: reviewer, seller: seller, now: now, limit: limit, wallClock: wallClock, expires: expires)
            var out = [FlagRecord]()
            for row in try s.rows(FlagClaim.claimSQL(skipLocked: true), values) {
                let flag = try s.rows(
                    "SELECT * FROM flags WHERE seller_id = $1 AND id = $2", [.text(try row.text("seller_id")), .int(try row.integer("flag_id"))])
                if let flag = flag.first { out.append(try StoredRecords.flag(flag)) }
            }
            return (out.sorted { ($0.sellerID, $0.id) < ($1.sellerID, $1.id) }, true)
        }
    }

    public func releaseClaims(for reviewer: String, seller: String?) throws(StoreError) -> Int {
        try inTransaction(write: true) { s in
            (try s.run("DELETE FROM flag_claims WHERE operator = $1 AND ($2 = '' OR seller_id = $2)", [.text(reviewer), .text(seller ?? "")]), true)
        }
    }

    public func claims(seller: String?, now: Int64) throws(StoreError) -> [FlagClaim] {
        try snapshot { s in
            try s.rows(
                """
                SELECT c.* FROM flag_claims c JOIN flags f ON f.seller_id = c.seller_id AND f.id = c.flag_id
                WHERE c.expires_at > $1 AND f.state = $2 AND ($3 = '' OR c.seller_id = $3) ORDER BY c.seller_id, c.flag_id
                """, [.int(now), .text(FlagState.open.rawValue), .text(seller ?? "")]
            ).map { try FlagClaim.decode($0) }
        }
    }
}
