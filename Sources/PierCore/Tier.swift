/// A Pier Open API tier. Choosing one reserves a rate budget for the seller.
public enum Tier: String, CaseIterable, Sendable, Codable, Comparable {
    case lite, standard, premium

    public static func < (a: Tier, b: Tier) -> Bool { a.rank < b.rank }

    var rank: Int {
        switch self {
        case .lite: 0
        case .standard: 1
        case .premium: 2
        }
    }

    /// The display name, e.g. "Standard".
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The commercial limits of the tier.
    public var limits: TierLimits {
        switch self {
        case .lite:
            TierLimits(
                keyed: false, maxSKUs: 500, maxRegions: 1, maxApps: 1, piiScopes: false,
                asyncBatchAbove: nil, syncCatalogueCap: 500, appRequestsPerSecond: 5)
        case .standard:
            TierLimits(
                keyed: true, maxSKUs: 10_000, maxRegions: 1, maxApps: 8, piiScopes: false,
                asyncBatchAbove: nil, syncCatalogueCap: 10_000, appRequestsPerSecond: 50)
        case .premium:
            TierLimits(
                keyed: true, maxSKUs: 2_000_000, maxRegions: 6, maxApps: 32, piiScopes: true,
                asyncBatchAbove: 10_000, syncCatalogueCap: 2_000_000, appRequestsPerSecond: 200)
        }
    }

    /// The reserved budget for one endpoint family (requests per second and burst).
    public func budget(for family: EndpointFamily) -> RateBudget {
        switch (self, family) {
        case (.lite, .auth): RateBudget(perSecond: 1, burst: 2)
        case (.lite, .read): RateBudget(perSecond: 2, burst: 4)
        case (.lite, .media): RateBudget(perSecond: 0.5, burst: 1)
        case (.lite, .product): RateBudget(perSecond: 0.5, burst: 1)
        case (.lite, .inventory): RateBudget(perSecond: 1, burst: 2)
        case (.standard, .auth): RateBudget(perSecond: 5, burst: 10)
        case (.standard, .read): RateBudget(perSecond: 20, burst: 40)
        case (.standard, .media): RateBudget(perSecond: 2, burst: 4)
        case (.standard, .product): RateBudget(perSecond: 2, burst: 4)
        case (.standard, .inventory): RateBudget(perSecond: 10, burst: 20)
        case (.premium, .auth): RateBudget(perSecond: 10, burst: 20)
        case (.premium, .read): RateBudget(perSecond: 50, burst: 100)
        case (.premium, .media): RateBudget(perSecond: 20, burst: 40)
        case (.premium, .product): RateBudget(perSecond: 8, burst: 16)
        case (.premium, .inventory): RateBudget(perSecond: 40, burst: 80)
        }
    }
}

/// What a tier allows.
public struct TierLimits: Sendable, Equatable {
    public let keyed: Bool
    public let maxSKUs: Int
    public let maxRegions: Int
    public let maxApps: Int
    public let piiScopes: Bool
    public let asyncBatchAbove: Int?
    public let syncCatalogueCap: Int
    public let appRequestsPerSecond: Double
}

/// A family of TikTok Shop Open API endpoints that share one rate budget.
public enum EndpointFamily: String, CaseIterable, Sendable, Codable {
    case auth, read, media, product, inventory
}

/// A reserved rate: sustained requests per second and the burst the bucket holds.
public struct RateBudget: Sendable, Equatable, Codable {
    public let perSecond: Double
    public let burst: Int

    public init(perSecond: Double, burst: Int) {
        self.perSecond = perSecond
        self.burst = burst
    }
}
