/// `listing.removed`: the merchant removed the product; its TikTok listing, if live, came down.
public struct ListingRemoved: LedgerPayload, Equatable {
    public static let type = LedgerEventType.listingRemoved
    public var reason: String
    /// The TikTok Shop product deactivated, when the SKU had one.
    public var tiktokProduct: String?

    public init(reason: String, tiktokProduct: String?) {
        self.reason = reason
        self.tiktokProduct = tiktokProduct
    }

    public var data: [String: JSONValue] {
        ["reason": .string(reason), "tiktok_product_id": tiktokProduct.map(JSONValue.string) ?? .null]
    }

    public init?(data: JSONValue) {
        guard let reason = data["reason"]?.stringValue else { return nil }
        self.init(reason: reason, tiktokProduct: data["tiktok_product_id"]?.stringValue)
    }
}
