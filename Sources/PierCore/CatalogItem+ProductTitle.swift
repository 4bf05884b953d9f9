extension CatalogItem {
    /// The product's own title: the SKU's title without the option values an import appends to
    /// name the variant ("Skin Sticker Case - Note 9 / rose red" → "Skin Sticker Case"). The
    /// values say which colour or size, not what the product is, so the category is read
    /// without them ("rose" is a flower); the suffix is dropped only when every part of it is
    /// one of the SKU's own attribute values.
    public var productTitle: String {
        guard let cut = title.range(of: " - ", options: .backwards) else { return title }
        let parts = title[cut.upperBound...].split(separator: "/").map { $0.trimmed().lowercased() }
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return title }
        let values = Set(attributes.values.map { $0.trimmed().lowercased() })
        guard parts.allSatisfy(values.contains) else { return title }
        let head = title[..<cut.lowerBound]
        return head.trimmed().isEmpty ? title : String(head)
    }
}
