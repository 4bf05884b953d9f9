extension Audience.Rules {
    /// The fewest products that must name a buyer before the store's buyer is read from them.
    public static let storeBuyerMinimum = 3
    /// The share of those products one buyer must have.
    public static let storeBuyerShare = 0.75

    /// The buyer a store sells to, when its products that name one mostly name the same: a
    /// menswear shop writes "Men's" on some titles and not on others ("Oxford Shirt", "Cargo
    /// Trousers"), and its unnamed garments are men's too. Nil when fewer than
    /// `storeBuyerMinimum` products name a buyer, or none has `storeBuyerShare` of them (a shop
    /// for everyone leaves each product to its own words). Each product is read from its first SKU.
    public func storeBuyer(_ documents: [[CatalogItem]]) -> Audience? {
        var counts = [Audience: Int]()
        var named = 0
        for doc in documents {
            guard let item = doc.first,
                let a = audience(
                    title: item.productTitle, productType: "", tags: item.tags, category: item.category.text, attributes: item.attributes)
            else { continue }
            counts[a, default: 0] += 1
            named += 1
        }
        guard named >= Self.storeBuyerMinimum else { return nil }
        // Ties cannot pass the share, so the order among equal counts does not matter.
        guard let (top, count) = counts.max(by: { $0.value < $1.value }) else { return nil }
        return Double(count) >= Self.storeBuyerShare * Double(named) ? top : nil
    }
}
