import PierCore

/// A reviewer's hold on an open flag until a wall-clock instant, so two reviewers of a team
/// never work the same flags. Claims coordinate people; they are not decisions and not in the
/// ledger, and an expired one is free for the next reviewer who claims.
public struct FlagClaim: Sendable, Equatable {
    public let sellerID: String
    public let flagID: Int64
    public let operatorName: String
    /// When it was claimed (wall clock, `YYYY-MM-DDTHH:MM:SSZ`).
    public let claimedAt: String
    /// Seconds since 1970 at which it lapses.
    public let expiresAt: Int64

    public init(sellerID: String, flagID: Int64, operatorName: String, claimedAt: String, expiresAt: Int64) {
        self.sellerID = sellerID
        self.flagID = flagID
        self.operatorName = operatorName
        self.claimedAt = claimedAt
        self.expiresAt = expiresAt
    }

    /// Claims up to `limit` open flags in one statement, returning the claimed (seller, flag)
    /// pairs. Parameters: $1 reviewer, $2 seller or '', $3 now, $4 limit, $5 wall clock,
    /// $6 expiry, $7 the open state. A flag is taken when nobody holds it, its claim has
    /// lapsed, or the reviewer holds it already (renewed); the upsert's own WHERE re-checks the
    /// claim row as committed, so two reviewers claiming at once can never both get a flag.
    /// `skipLocked` adds PostgreSQL's `FOR UPDATE SKIP LOCKED`, so concurrent claimers pass
    /// over each other's rows instead of queueing behind them.
    static func claimSQL(skipLocked: Bool) -> String {
        """
        WITH picked AS (
            SELECT f.seller_id, f.id FROM flags f
            LEFT JOIN flag_claims c ON c.seller_id = f.seller_id AND c.flag_id = f.id
            WHERE f.state = $7 AND ($2 = '' OR f.seller_id = $2) AND (c.flag_id IS NULL OR c.expires_at <= $3 OR c.operator = $1)
            ORDER BY f.seller_id, f.id LIMIT $4\(skipLocked ? " FOR UPDATE OF f SKIP LOCKED" : "")
        )
        INSERT INTO flag_claims (seller_id, flag_id, operator, claimed_at, expires_at)
        SELECT seller_id, id, $1, $5, $6 FROM picked WHERE true
        ON CONFLICT (seller_id, flag_id) DO UPDATE SET operator = excluded.operator, claimed_at = excluded.claimed_at,
            expires_at = excluded.expires_at
            WHERE flag_claims.expires_at <= $3 OR flag_claims.operator = $1
        RETURNING seller_id, flag_id
        """
    }

    /// The values `claimSQL` binds, in order.
    static func claimValues(reviewer: String, seller: String?, now: Int64, limit: Int, wallClock: String, expires: Int64) -> [StoredValue] {
        [.text(reviewer), .text(seller ?? ""), .int(now), .int(Int64(limit)), .text(wallClock), .int(expires), .text(FlagState.open.rawValue)]
    }

    static func decode(_ row: some StoredRow) throws -> FlagClaim {
        FlagClaim(
            sellerID: try row.text("seller_id"), flagID: try row.integer("flag_id"), operatorName: try row.text("operator"),
            claimedAt: try row.text("claimed_at"), expiresAt: try row.integer("expires_at"))
    }
}
