/// Keeps one copy of each distinct string: a catalogue read back from the store repeats the
/// same description, tags and attribute values across a product's variants and across lines,
/// and parsing gives every occurrence its own heap buffer.
public struct StringInterner: Sendable {
    private var pool = Set<String>()

    public init() {}

    /// The pooled copy of `s` (after the first call, the same buffer every time).
    public mutating func intern(_ s: String) -> String {
        if s.utf8.count <= 15 { return s }
        if let i = pool.firstIndex(of: s) { return pool[i] }
        pool.insert(s)
        return s
    }

    /// An item whose text fields share pooled copies.
    public mutating func intern(_ item: CatalogItem) -> CatalogItem {
        var attributes = [String: String](minimumCapacity: item.attributes.count)
        for (k, v) in item.attributes { attributes[intern(k)] = intern(v) }
        return CatalogItem(
            sku: item.sku, productID: intern(item.productID), title: item.title, descriptionHTML: intern(item.descriptionHTML),
            tags: item.tags.map { intern($0) }, category: item.category, attributes: attributes, price: item.price,
            inventory: item.inventory, imageCount: item.imageCount, productType: intern(item.productType))
    }
}
