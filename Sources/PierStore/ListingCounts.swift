import PierCore

/// A seller's coverage as the derived listings hold it, counted by the store: how many SKUs
/// it still has, how many are live, how many are not eligible, and how many carry each
/// merchant category (what a rule over it would touch).
public struct ListingCounts: Sendable, Equatable {
    public var total: Int
    public var live: Int
    public var notEligible: Int
    public var bySourceCategory: [String: Int]

    public init(total: Int = 0, live: Int = 0, notEligible: Int = 0, bySourceCategory: [String: Int] = [:]) {
        self.total = total
        self.live = live
        self.notEligible = notEligible
        self.bySourceCategory = bySourceCategory
    }

    /// The SQL both stores run: per merchant category, SKUs, live ones and not-eligible ones
    /// (removed SKUs left out). `$1` is the seller.
    static let sql = """
        SELECT source_category, COUNT(*) AS n,
               SUM(CASE WHEN status = '\(SKUStatus.live.rawValue)' THEN 1 ELSE 0 END) AS live,
               SUM(CASE WHEN coverage_reason LIKE 'not eligible%' THEN 1 ELSE 0 END) AS not_eligible
        FROM listings WHERE seller_id = $1 AND status <> '\(SKUStatus.removed.rawValue)' GROUP BY source_category
        """

    /// The SQL for the listings that are not live and not removed, by SKU. `$1` is the seller.
    static let waitingSQL =
        "SELECT * FROM listings WHERE seller_id = $1 AND status NOT IN ('\(SKUStatus.live.rawValue)', '\(SKUStatus.removed.rawValue)') ORDER BY sku"

    /// Counts SKUs of one merchant category in.
    public mutating func add(category: String, total n: Int, live: Int, notEligible: Int) {
        total += n
        self.live += live
        self.notEligible += notEligible
        bySourceCategory[category, default: 0] += n
    }
}
