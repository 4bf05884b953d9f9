import PierCore
import PierStore

/// What stands between a seller's SKUs and TikTok Shop, grouped so one decision serves many:
/// every SKU that is not live, by why (needs a category, needs attribute X, held, not
/// eligible, prohibited…) and, within a reason, by what the SKUs share (their merchant
/// category, else their product). The catalogue workbench lists it; its coverage line moves
/// as fixes land.
public struct CatalogueWorklist: Sendable, Equatable {
    /// Why a SKU is not live, in the order the workbench lists them (what a fix can serve first).
    public enum Reason: Sendable, Hashable, Comparable {
        case needsCategory
        case needsAttribute(String)
        case noCategory
        case publishing
        case held
        case editRequested
        case rejected
        case offTikTok
        case notEligible
        case prohibited

        /// What a person reads.
        public var text: String {
            switch self {
            case .needsCategory: "needs a category"
            case .needsAttribute(let a): "needs attribute \(a)"
            case .noCategory: "no TikTok Shop category"
            case .publishing: "on its way to TikTok Shop"
            case .held: "held for review"
            case .editRequested: "waiting on the seller's edit"
            case .rejected: "rejected by moderation"
            case .offTikTok: "off TikTok Shop"
            case .notEligible: "not eligible"
            case .prohibited: "prohibited"
            }
        }

        /// Whether a category, attribute or eligibility fix can serve SKUs waiting for this.
        public var fixable: Bool {
            switch self {
            case .needsCategory, .needsAttribute, .noCategory, .notEligible: true
            case .publishing, .held, .editRequested, .rejected, .offTikTok, .prohibited: false
            }
        }

        /// The reason a listing waits for, nil when it is live or gone.
        public init?(_ l: ListingRecord) {
            switch l.status {
            case .live, .removed: return nil
            default: break
            }
            switch l.eligibility {
            case .prohibited: self = .prohibited; return
            case .notEligible: self = .notEligible; return
            default: break
            }
            let why = l.coverageReason ?? ""
            switch l.status {
            case .unmapped:
                if why.hasPrefix("needs attribute '"), let name = why.dropFirst("needs attribute '".count).split(separator: "'").first {
                    self = .needsAttribute(String(name))
                } else if why.hasPrefix("no TikTok Shop category") {
                    self = .noCategory
                } else {
                    self = .needsCategory
                }
            case .held: self = .held
            case .editRequested: self = .editRequested
            case .rejected: self = .rejected
            case .inactive, .suspended, .banned: self = .offTikTok
            default: self = .publishing
            }
        }
    }

    /// SKUs that wait for the same reason and share a merchant category or a product.
    public struct Group: Sendable, Equatable {
        public let reason: Reason
        /// The merchant category label they share, or "product P" when they have none.
        public let shared: String
        /// Whether `shared` is a merchant category (a fix on the group is then a rule).
        public let byCategory: Bool
        public let skus: [ListingRecord]
        /// How many SKUs of the seller (live ones too) a rule over `shared` would touch.
        public let ruleReach: Int

        /// What a fix on the whole group names: a rule over the merchant category, else its SKUs.
        public var target: CatalogueFix.Target { byCategory ? .sourceCategory(shared) : .skus(skus.map(\.sku)) }
    }

    public let groups: [Group]
    /// SKUs the store still has (removed ones not counted).
    public let total: Int
    public let live: Int
    public let notEligible: Int

    /// Live of all SKUs, in basis points.
    public var coverageBP: Int64 { OnboardingMetrics.basisPoints(live, total) }
    /// Live of the eligible SKUs, in basis points.
    public var eligibleCoverageBP: Int64 { OnboardingMetrics.basisPoints(live, total - notEligible) }
    /// SKUs that are not live.
    public var waiting: Int { groups.reduce(0) { $0 + $1.skus.count } }

    /// Merchant categories that name no product: SKUs under them are grouped by product.
    static let generic: Set<String> = ["none", "shopify:uncategorized", "woocommerce:uncategorized", "shopify:other", "woocommerce:other"]

    /// The worklist of a seller's listings; `matching` keeps only SKUs whose SKU, title or
    /// merchant category contains it (case does not matter).
    public init(_ listings: [ListingRecord], matching filter: String = "") {
        var total = 0, live = 0, notEligible = 0
        var reach = [String: Int]()
        var keyed = [String: (reason: Reason, shared: String, byCategory: Bool, skus: [ListingRecord])]()
        for l in listings where l.status != .removed {
            total += 1
            reach[l.sourceCategory, default: 0] += 1
            if l.status == .live { live += 1 }
            if l.eligibility == .notEligible { notEligible += 1 }
            guard let reason = Reason(l) else { continue }
            if !filter.isEmpty, ![l.sku, l.title, l.sourceCategory].contains(where: { $0.localizedCaseInsensitiveContains(filter) }) { continue }
            let byCategory = !Self.generic.contains(l.sourceCategory.lowercased())
            let shared = byCategory ? l.sourceCategory : "product \(l.productID)"
            let key = "\(reason.text)\u{1F}\(shared)"
            keyed[key, default: (reason, shared, byCategory, [])].skus.append(l)
        }
        groups = keyed.values.map { g in
            Group(
                reason: g.reason, shared: g.shared, byCategory: g.byCategory, skus: g.skus.sorted { $0.sku < $1.sku },
                ruleReach: reach[g.byCategory ? g.shared : ""] ?? 0)
        }.sorted { a, b in
            if a.reason != b.reason { return a.reason < b.reason }
            if a.skus.count != b.skus.count { return a.skus.count > b.skus.count }
            return a.shared < b.shared
        }
        self.total = total
        self.live = live
        self.notEligible = notEligible
    }

    /// How many SKUs wait for each reason, in the list's order.
    public var reasonCounts: [(reason: Reason, skus: Int)] {
        var out = [(reason: Reason, skus: Int)]()
        for g in groups {
            if let last = out.last, last.reason == g.reason { out[out.count - 1].skus += g.skus.count } else { out.append((g.reason, g.skus.count)) }
        }
        return out
    }
}
