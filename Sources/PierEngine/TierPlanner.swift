import PierCore

/// The shape of a catalogue that decides its sync cost.
public struct CatalogueShape: Sendable, Equatable {
    public let products: Int
    public let skus: Int
    public let images: Int
    public let categories: Int
    public let regions: Int
    public let sourcePages: Int
}

/// The rate budget a tier reserves for a seller, what the sync will cost against it, and
/// whether the tier can serve the seller at all.
public struct RateReservation: Sendable, Equatable {
    public let tier: Tier
    public let budgets: [EndpointFamily: RateBudget]
    public let calls: [EndpointFamily: Int]
    /// Projected virtual catalogue sync time, from calls against the budget plus review latency.
    public let projectedSyncMillis: Int64
    /// Why the tier cannot serve this seller; empty when it can.
    public let refusals: [String]

    public var fits: Bool { refusals.isEmpty }
}

/// Decides whether a tier can serve a seller and projects the sync time before anything runs.
public enum TierPlanner {
    /// Median TikTok Shop listing review latency the projection assumes.
    public static let reviewMedianMillis: Int64 = 45_000

    /// Every reason `tier` cannot serve a seller with `regions`, `skus` and `apps`.
    public static func refusals(tier: Tier, sellerName: String, regions: [Region], skus: Int, apps: [PartnerApp]) -> [String] {
        let limits = tier.limits
        var reasons = [String]()
        if regions.count > limits.maxRegions {
            let needed = Tier.allCases.first { $0.limits.maxRegions >= regions.count }?.title ?? "Premium"
            reasons.append(
                "\(tier.title) serves one region; \(sellerName) sells in \(regions.map(\.rawValue).joined(separator: " + ")): multi-region needs \(needed)")
        }
        if skus > limits.maxSKUs {
            let needed = Tier.allCases.first { $0.limits.maxSKUs >= skus }?.title ?? "Premium"
            let reason = tier == .lite ? "\(tier.title)'s trial cap" : "\(tier.title)'s synchronous cap"
            reasons.append("catalogue of \(Format.count(skus)) SKUs is over \(reason) of \(Format.count(limits.maxSKUs)) SKUs: choose \(needed)")
        }
        if apps.count > limits.maxApps {
            reasons.append("\(tier.title) allows \(limits.maxApps == 1 ? "one partner app" : "\(limits.maxApps) partner apps"); \(apps.count) requested")
        }
        for app in apps where app.minimumTier > tier {
            let pii = app.scopes.first(where: \.isPII).map { ": it asks for \($0), which only Premium allows" } ?? ""
            reasons.append("\(app.name) needs \(app.minimumTier.title) or higher\(pii)")
        }
        if !limits.piiScopes {
            for app in apps where app.minimumTier <= tier {
                if let pii = app.scopes.first(where: \.isPII) {
                    reasons.append("\(app.name) asks for \(pii), which only Premium allows")
                }
            }
        }
        return reasons
    }

    /// API calls the sync makes per endpoint family for a catalogue of this shape.
    public static func calls(for shape: CatalogueShape, webhookTopics: Int) -> [EndpointFamily: Int] {
        [
            .auth: 2 + webhookTopics,
            .read: shape.categories * 2,
            .media: shape.images,
            .product: shape.products,
            .inventory: shape.skus * shape.regions,
        ]
    }

    /// Reserves a tier's budget for a seller and projects the sync time.
    public static func reserve(
        tier: Tier, sellerName: String, regions: [Region], shape: CatalogueShape, apps: [PartnerApp],
        importPageMillis: Int64, webhookTopics: Int
    ) -> RateReservation {
        var budgets = [EndpointFamily: RateBudget]()
        for f in EndpointFamily.allCases { budgets[f] = tier.budget(for: f) }
        let calls = calls(for: shape, webhookTopics: webhookTopics)
        var slowest: Double = 0
        for f in [EndpointFamily.read, .media, .product, .inventory] {
            let b = budgets[f] ?? RateBudget(perSecond: 1, burst: 1)
            slowest = max(slowest, Double(max((calls[f] ?? 0) - b.burst, 0)) / b.perSecond * 1000)
        }
        let importMillis = Double(shape.sourcePages) * Double(importPageMillis)
        let projected = Int64(max(slowest, importMillis) + Double(reviewMedianMillis))
        return RateReservation(
            tier: tier, budgets: budgets, calls: calls, projectedSyncMillis: projected,
            refusals: refusals(tier: tier, sellerName: sellerName, regions: regions, skus: shape.skus, apps: apps))
    }
}
