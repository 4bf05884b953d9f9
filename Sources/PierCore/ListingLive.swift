/// `listing.live`: TikTok Shop's review passed and the listing is live as a TikTok product.
public struct ListingLive: LedgerPayload, Equatable {
    public static let type = LedgerEventType.listingLive
    public var tiktokProduct: String

    public init(tiktokProduct: String) { self.tiktokProduct = tiktokProduct }

    public var data: [String: JSONValue] { ["tiktok_product_id": .string(tiktokProduct)] }

    public init?(data: JSONValue) {
        guard let id = data["tiktok_product_id"]?.stringValue else { return nil }
        self.init(tiktokProduct: id)
    }
}
