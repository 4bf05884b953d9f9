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

    /// What the groups within a reason share.
    public enum Grouping: String, Sendable, CaseIterable {
        case category = "merchant category"
        case vendor
        case productType = "product type"
    }

    /// SKUs that wait for the same reason and share a merchant category, a vendor or a
    /// product type (else their product).
    public struct Group: Sendable, Equatable {
        public let reason: Reason
        /// What they share, as a person reads it: the merchant category label, "vendor V",
        /// "type T", or "product P" when they share nothing a rule can name.
        public let shared: String
        /// The rule a fix on the whole group is, when what they share can name one.
        public let rule: CatalogueFix.Target?
        public let skus: [ListingRecord]
        /// How many SKUs of the seller (live ones too) a rule over the merchant category would
        /// touch; nil when that is only known by reading every item (vendor, type).
        public let ruleReach: Int?

        /// What a fix on the whole group names: its rule, else its SKUs.
        public var target: CatalogueFix.Target { rule ?? .skus(skus.map(\.sku)) }
        /// Whether a fix on the group is a rule.
        public var byRule: Bool { rule != nil }
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
    /// merchant category contains it (case does not matter). Grouping by vendor or product type
    /// reads them from `items` (the waiting SKUs' catalogue items).
    public init(_ listings: [ListingRecord], matching filter: String = "", by grouping: Grouping = .category, items: [String: CatalogItem] = [:]) {
        var counts = ListingCounts()
        var waiting = [ListingRecord]()
        for l in listings where l.status != .removed {
            counts.add(category: l.sourceCategory, total: 1, live: l.status == .live ? 1 : 0, notEligible: l.eligibility == .notEligible ? 1 : 0)
            if l.status != .live { waiting.append(l) }
        }
        self.init(waiting: waiting, counts: counts, matching: filter, by: grouping, items: items)
    }

    /// The worklist of the SKUs that wait (the store's `waitingListings`) under the seller's
    /// coverage as the store counted it (`listingCounts`): a 100K-SKU seller's refresh reads
    /// only what waits.
    public init(
        waiting: [ListingRecord], counts: ListingCounts, matching filter: String = "", by grouping: Grouping = .category,
        items: [String: CatalogItem] = [:]
    ) {
        var keyed = [String: (reason: Reason, shared: String, rule: CatalogueFix.Target?, skus: [ListingRecord])]()
        for l in waiting {
            guard let reason = Reason(l) else { continue }
            if !filter.isEmpty, ![l.sku, l.title, l.sourceCategory].contains(where: { $0.localizedCaseInsensitiveContains(filter) }) { continue }
            var shared = "product \(l.productID)"
            var rule: CatalogueFix.Target?
            switch grouping {
            case .category:
                if !Self.generic.contains(l.sourceCategory.lowercased()) { (shared, rule) = (l.sourceCategory, .sourceCategory(l.sourceCategory)) }
            case .vendor:
                if let v = items[l.sku]?.attributes["brand"]?.trimmed(), !v.isEmpty { (shared, rule) = ("vendor \(v)", .vendor(v)) }
            case .productType:
                if let t = items[l.sku].flatMap(Self.productType), !t.isEmpty { (shared, rule) = ("type \(t)", .productType(t)) }
            }
            let key = "\(reason.text)\u{1F}\(shared)"
            keyed[key, default: (reason, shared, rule, [])].skus.append(l)
        }
        groups = keyed.values.map { g in
            var count: Int?
            if case .sourceCategory(let c)? = g.rule { count = counts.bySourceCategory[c] }
            return Group(reason: g.reason, shared: g.shared, rule: g.rule, skus: g.skus.sorted { $0.sku < $1.sku }, ruleReach: count)
        }.sorted { a, b in
            if a.reason != b.reason { return a.reason < b.reason }
            if a.skus.count != b.skus.count { return a.skus.count > b.skus.count }
            return a.shared < b.shared
        }
        total = counts.total
        live = counts.live
        notEligible = counts.notEligible
    }

    /// An item's product type as a product-type rule matches it: its own type, else the
    /// Shopify type or Amazon product type it was categorised by.
    static func productType(_ item: CatalogItem) -> String? {
        if let t = item.attributes["product_type"], !t.isEmpty { return t }
        switch item.category {
        case .freeText(let t), .amazon(let t): return t
        default: return nil
        }
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
