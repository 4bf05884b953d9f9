/// `sku.imported`: the merchant's product as Pier read it from the export (or a re-import).
public struct SKUImported: LedgerPayload, Equatable {
    public static let type = LedgerEventType.skuImported
    /// The merchant's product the SKU is a variant of.
    public var product: String
    public var title: String
    /// The description as plain text (HTML stripped), as moderation reads it.
    public var description: String
    public var tags: [String]
    /// The merchant's own category, as its label (`shopify:Apparel > Shirts`, `none`).
    public var category: String
    public var attributes: [String: String]
    public var priceMinor: Int64
    public var currency: String
    public var inventory: [Region: Int]
    public var images: Int
    /// The merchant's product type beside a taxonomy-path category ("" when none; then not written).
    public var productType: String

    public init(
        product: String, title: String, description: String, tags: [String], category: String, attributes: [String: String],
        priceMinor: Int64, currency: String, inventory: [Region: Int], images: Int, productType: String = ""
    ) {
        self.product = product
        self.title = title
        self.description = description
        self.tags = tags
        self.category = category
        self.attributes = attributes
        self.priceMinor = priceMinor
        self.currency = currency
        self.inventory = inventory
        self.images = images
        self.productType = productType
    }

    public var data: [String: JSONValue] {
        var fields: [String: JSONValue] = [
            "product": .string(product), "title": .string(title), "description": .string(description),
            "tags": .array(tags.map(JSONValue.string)), "category": .string(category),
            "attributes": .object(attributes.mapValues(JSONValue.string)), "price": .int(priceMinor), "currency": .string(currency),
            "inventory": .object(Dictionary(uniqueKeysWithValues: inventory.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
            "images": .number(images),
        ]
        if !productType.isEmpty { fields["type"] = .string(productType) }
        return fields
    }

    /// Reads the event as the projection always has: a missing key reads as empty (an unknown
    /// region is left out).
    public init?(data: JSONValue) {
        guard case .object = data else { return nil }
        var inventory = [Region: Int]()
        for (k, v) in data["inventory"]?.objectValue ?? [:] { if let r = Region(rawValue: k) { inventory[r] = Int(v.intValue ?? 0) } }
        self.init(
            product: data["product"]?.stringValue ?? "", title: data["title"]?.stringValue ?? "",
            description: data["description"]?.stringValue ?? "", tags: (data["tags"]?.arrayValue ?? []).compactMap(\.stringValue),
            category: data["category"]?.stringValue ?? "none",
            attributes: (data["attributes"]?.objectValue ?? [:]).compactMapValues(\.stringValue), priceMinor: data["price"]?.intValue ?? 0,
            currency: data["currency"]?.stringValue ?? "USD", inventory: inventory, images: Int(data["images"]?.intValue ?? 0),
            productType: data["type"]?.stringValue ?? "")
    }
}
