import PierCore

extension CatalogItem {
    /// The canonical JSON an imported item is stored as.
    var json: JSONValue {
        var fields: [String: JSONValue] = [
            "sku": .string(sku), "product": .string(productID), "title": .string(title), "html": .string(descriptionHTML),
            "tags": .array(tags.map(JSONValue.string)), "category": .string(category.label),
            "attributes": .object(attributes.mapValues(JSONValue.string)), "price": .int(price.minorUnits), "currency": .string(price.currency),
            "inventory": .object(Dictionary(uniqueKeysWithValues: inventory.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
            "images": .number(imageCount),
        ]
        // Only items that have one carry it, so an item without stays the same bytes it always was.
        if !productType.isEmpty { fields["type"] = .string(productType) }
        return .object(fields)
    }

    init?(json v: JSONValue) {
        guard let sku = v["sku"]?.stringValue, let price = v["price"]?.intValue, let currency = v["currency"]?.stringValue else { return nil }
        var inventory = [Region: Int]()
        for (k, n) in v["inventory"]?.objectValue ?? [:] { if let r = Region(rawValue: k) { inventory[r] = Int(n.intValue ?? 0) } }
        self.init(
            sku: sku, productID: v["product"]?.stringValue ?? sku, title: v["title"]?.stringValue ?? "", descriptionHTML: v["html"]?.stringValue ?? "",
            tags: (v["tags"]?.arrayValue ?? []).compactMap(\.stringValue), category: SourceCategory(label: v["category"]?.stringValue ?? "none"),
            attributes: (v["attributes"]?.objectValue ?? [:]).compactMapValues(\.stringValue), price: Money(minorUnits: price, currency: currency),
            inventory: inventory, imageCount: Int(v["images"]?.intValue ?? 0), productType: v["type"]?.stringValue ?? "")
    }
}
