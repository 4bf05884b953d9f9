/// `seller.registered`: a seller entered the store, from the seed archetypes or a merchant's import.
public struct SellerRegistered: LedgerPayload, Equatable {
    public static let type = LedgerEventType.sellerRegistered
    public var name: String
    public var platform: SourcePlatform
    public var vertical: String
    public var regions: [Region]
    public var currency: String
    public var skus: Int
    /// `archetype` for a generated seller, `import` for one read from an export.
    public var origin: String

    public init(name: String, platform: SourcePlatform, vertical: String, regions: [Region], currency: String, skus: Int, origin: String) {
        self.name = name
        self.platform = platform
        self.vertical = vertical
        self.regions = regions
        self.currency = currency
        self.skus = skus
        self.origin = origin
    }

    public var data: [String: JSONValue] {
        [
            "name": .string(name), "platform": .string(platform.rawValue), "vertical": .string(vertical),
            "regions": .array(regions.map { .string($0.rawValue) }), "currency": .string(currency), "skus": .number(skus),
            "origin": .string(origin),
        ]
    }

    /// Reads the event as the projection always has: a missing platform reads as Shopify, a
    /// missing origin as an archetype.
    public init?(data: JSONValue) {
        guard let name = data["name"]?.stringValue else { return nil }
        self.init(
            name: name, platform: data["platform"]?.stringValue.flatMap(SourcePlatform.init(rawValue:)) ?? .shopify,
            vertical: data["vertical"]?.stringValue ?? "",
            regions: (data["regions"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(Region.init(rawValue:)) },
            currency: data["currency"]?.stringValue ?? "USD", skus: Int(data["skus"]?.intValue ?? 0),
            origin: data["origin"]?.stringValue ?? "archetype")
    }
}
