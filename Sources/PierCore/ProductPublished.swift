/// TikTok Shop's Product API created or updated a product for a merchant product's SKUs, told
/// apart by `Kind`.
public struct ProductPublished<Kind: PayloadKind>: LedgerPayload, Equatable {
    public static var type: LedgerEventType { Kind.type }
    /// The merchant's product id.
    public var product: String
    public var tiktokProduct: String
    public var skus: [String]

    public init(product: String, tiktokProduct: String, skus: [String]) {
        self.product = product
        self.tiktokProduct = tiktokProduct
        self.skus = skus
    }

    public var data: [String: JSONValue] {
        ["product": .string(product), "tiktok_product_id": .string(tiktokProduct), "skus": .array(skus.map(JSONValue.string))]
    }

    public init?(data: JSONValue) {
        guard let product = data["product"]?.stringValue, let id = data["tiktok_product_id"]?.stringValue else { return nil }
        self.init(product: product, tiktokProduct: id, skus: (data["skus"]?.arrayValue ?? []).compactMap(\.stringValue))
    }
}

/// `product.created`: TikTok Shop created the product.
public typealias ProductCreated = ProductPublished<ProductCreatedKind>
/// `product.updated`: TikTok Shop replaced the product's content.
public typealias ProductUpdated = ProductPublished<ProductUpdatedKind>

public enum ProductCreatedKind: PayloadKind { public static var type: LedgerEventType { .productCreated } }
public enum ProductUpdatedKind: PayloadKind { public static var type: LedgerEventType { .productUpdated } }
