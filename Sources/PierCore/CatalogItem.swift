/// Where a source listing says it belongs, in its own platform's vocabulary.
public enum SourceCategory: Sendable, Hashable {
    case shopify(path: String)
    case google(path: String)
    case woocommerce(path: String)
    case amazon(productType: String)
    case freeText(String)
    case none

    /// "shopify:Health & Beauty > …", stable and human-readable.
    public var label: String {
        switch self {
        case .shopify(let p): "shopify:\(p)"
        case .google(let p): "google:\(p)"
        case .woocommerce(let p): "woocommerce:\(p)"
        case .amazon(let t): "amazon:\(t)"
        case .freeText(let t): "text:\(t)"
        case .none: "none"
        }
    }

    /// The merchant's own words: the path, type or text without the platform's prefix ("" for none).
    public var text: String {
        switch self {
        case .shopify(let p), .google(let p), .woocommerce(let p), .freeText(let p): p
        case .amazon(let t): t
        case .none: ""
        }
    }

    /// Parses a `label` back.
    public init(label: String) {
        let parts = label.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { self = .none; return }
        switch parts[0] {
        case "shopify": self = .shopify(path: parts[1])
        case "google": self = .google(path: parts[1])
        case "woocommerce": self = .woocommerce(path: parts[1])
        case "amazon": self = .amazon(productType: parts[1])
        case "text": self = .freeText(parts[1])
        default: self = .none
        }
    }
}

/// One sellable SKU, normalised from its source platform's shape.
public struct CatalogItem: Sendable, Hashable {
    public let sku: String
    /// The source product (Shopify handle, WooCommerce parent, Amazon parent ASIN) it belongs to.
    public let productID: String
    public let title: String
    public let descriptionHTML: String
    public let tags: [String]
    public let category: SourceCategory
    public let attributes: [String: String]
    public let price: Money
    public let inventory: [Region: Int]
    public let imageCount: Int
    /// The merchant's own product type ("Laser Hair Removal Women") when `category` holds a
    /// taxonomy path instead; "" when the type is the category or the export has none.
    public let productType: String

    public init(
        sku: String, productID: String, title: String, descriptionHTML: String, tags: [String],
        category: SourceCategory, attributes: [String: String], price: Money, inventory: [Region: Int], imageCount: Int,
        productType: String = ""
    ) {
        self.sku = sku
        self.productID = productID
        self.title = title
        self.descriptionHTML = descriptionHTML
        self.tags = tags
        self.category = category
        self.attributes = attributes
        self.price = price
        self.inventory = inventory
        self.imageCount = imageCount
        self.productType = productType
    }

    /// The same item under another SKU.
    public func withSKU(_ sku: String) -> CatalogItem {
        CatalogItem(
            sku: sku, productID: productID, title: title, descriptionHTML: descriptionHTML, tags: tags, category: category,
            attributes: attributes, price: price, inventory: inventory, imageCount: imageCount, productType: productType)
    }
}
