/// `shop.authorized`: TikTok Shop named the shop Pier may act for (its cipher) and its regions.
public struct ShopAuthorized: LedgerPayload, Equatable {
    public static let type = LedgerEventType.shopAuthorized
    public var shopCipher: String
    public var regions: [Region]

    public init(shopCipher: String, regions: [Region]) {
        self.shopCipher = shopCipher
        self.regions = regions
    }

    public var data: [String: JSONValue] {
        ["shop_cipher": .string(shopCipher), "regions": .array(regions.map { .string($0.rawValue) })]
    }

    public init?(data: JSONValue) {
        guard let cipher = data["shop_cipher"]?.stringValue else { return nil }
        self.init(shopCipher: cipher, regions: (data["regions"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(Region.init(rawValue:)) })
    }
}
