/// `tier.reserved`: the rate budget the seller's tier reserves per endpoint family, the calls
/// the sync will make against it and the sync time projected from them.
public struct TierReserved: LedgerPayload, Equatable {
    public static let type = LedgerEventType.tierReserved
    public var tier: Tier
    public var budgets: [EndpointFamily: RateBudget]
    public var calls: [EndpointFamily: Int]
    public var projectedSyncMillis: Int64

    public init(tier: Tier, budgets: [EndpointFamily: RateBudget], calls: [EndpointFamily: Int], projectedSyncMillis: Int64) {
        self.tier = tier
        self.budgets = budgets
        self.calls = calls
        self.projectedSyncMillis = projectedSyncMillis
    }

    /// A budget's rate is kept in thousandths of a request per second, so the bytes hold no float.
    public var data: [String: JSONValue] {
        [
            "tier": .string(tier.rawValue),
            "budgets": .object(
                Dictionary(
                    uniqueKeysWithValues: budgets.map { f, b in
                        (f.rawValue, JSONValue.object(["per_second_milli": .int(Int64(b.perSecond * 1000)), "burst": .number(b.burst)]))
                    })),
            "calls": .object(Dictionary(uniqueKeysWithValues: calls.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
            "projected_sync_ms": .int(projectedSyncMillis),
        ]
    }

    public init?(data: JSONValue) {
        guard let tier = data["tier"]?.stringValue.flatMap(Tier.init(rawValue:)) else { return nil }
        var budgets = [EndpointFamily: RateBudget]()
        for (k, v) in data["budgets"]?.objectValue ?? [:] {
            guard let f = EndpointFamily(rawValue: k), let milli = v["per_second_milli"]?.intValue, let burst = v["burst"]?.intValue else { continue }
            budgets[f] = RateBudget(perSecond: Double(milli) / 1000, burst: Int(burst))
        }
        var calls = [EndpointFamily: Int]()
        for (k, v) in data["calls"]?.objectValue ?? [:] {
            if let f = EndpointFamily(rawValue: k), let n = v.intValue { calls[f] = Int(n) }
        }
        self.init(tier: tier, budgets: budgets, calls: calls, projectedSyncMillis: data["projected_sync_ms"]?.intValue ?? 0)
    }
}
