/// `onboarding.started`: what an onboarding run was asked for (tier, apps, seed) and what it ran
/// with (the rule pack and category map versions, the store's buyer when its products name one,
/// the shelves that hold mostly prohibited goods or mostly services), before its first step.
public struct OnboardingStarted: LedgerPayload, Equatable {
    public static let type = LedgerEventType.onboardingStarted
    public var seller: String
    public var tier: Tier
    public var apps: [String]
    public var seed: UInt64
    public var platform: SourcePlatform
    public var regions: [Region]
    public var rulePack: String
    public var categoryMap: String
    public var skus: Int
    /// Who the store's garments are for when they do not say (`Audience.Rules.storeBuyer`);
    /// written only when there is one, so runs without one keep their bytes.
    public var buyer: Audience?
    /// The merchant's shelves that hold mostly prohibited goods, with their rule
    /// (`Moderator.prohibitedShelves`); written only when there are some.
    public var shelves: [String: String]
    /// The merchant's shelves that hold mostly services, tickets, vouchers or downloads, with
    /// their not-eligible outcome (`TaxonomyMapper.serviceShelves`); written only when there are some.
    public var serviceShelves: [String: Int64]

    public init(
        seller: String, tier: Tier, apps: [String], seed: UInt64, platform: SourcePlatform, regions: [Region], rulePack: String,
        categoryMap: String, skus: Int, buyer: Audience? = nil, shelves: [String: String] = [:],
        serviceShelves: [String: Int64] = [:]
    ) {
        self.shelves = shelves
        self.serviceShelves = serviceShelves
        self.seller = seller
        self.tier = tier
        self.apps = apps
        self.seed = seed
        self.platform = platform
        self.regions = regions
        self.rulePack = rulePack
        self.categoryMap = categoryMap
        self.skus = skus
        self.buyer = buyer
    }

    /// The seed is written as text: a 64-bit seed does not fit every JSON reader's numbers.
    public var data: [String: JSONValue] {
        var out: [String: JSONValue] = [
            "seller": .string(seller), "tier": .string(tier.rawValue), "apps": .array(apps.map(JSONValue.string)),
            "seed": .string(String(seed)), "platform": .string(platform.rawValue), "regions": .array(regions.map { .string($0.rawValue) }),
            "rule_pack": .string(rulePack), "category_map": .string(categoryMap), "skus": .number(skus),
        ]
        if let buyer { out["buyer"] = .string(buyer.rawValue) }
        if !shelves.isEmpty { out["prohibited_shelves"] = .object(shelves.mapValues(JSONValue.string)) }
        if !serviceShelves.isEmpty { out["service_shelves"] = .object(serviceShelves.mapValues(JSONValue.int)) }
        return out
    }

    public init?(data: JSONValue) {
        guard let tier = data["tier"]?.stringValue.flatMap(Tier.init(rawValue:)) else { return nil }
        self.init(
            seller: data["seller"]?.stringValue ?? "", tier: tier, apps: (data["apps"]?.arrayValue ?? []).compactMap(\.stringValue),
            seed: data["seed"]?.stringValue.flatMap { UInt64($0) } ?? 0,
            platform: data["platform"]?.stringValue.flatMap(SourcePlatform.init(rawValue:)) ?? .shopify,
            regions: (data["regions"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(Region.init(rawValue:)) },
            rulePack: data["rule_pack"]?.stringValue ?? "", categoryMap: data["category_map"]?.stringValue ?? "",
            skus: Int(data["skus"]?.intValue ?? 0), buyer: data["buyer"]?.stringValue.flatMap(Audience.init(rawValue:)),
            shelves: (data["prohibited_shelves"]?.objectValue ?? [:]).compactMapValues(\.stringValue),
            serviceShelves: (data["service_shelves"]?.objectValue ?? [:]).compactMapValues(\.intValue))
    }
}
