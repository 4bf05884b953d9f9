extension Audience.Rules {
    /// The fewest products that must name a buyer before the store's buyer is read from them.
    public static let storeBuyerMinimum = 3
    /// The share of those products one buyer (or children, taken together) must have.
    public static let storeBuyerShare = 0.75

    /// The buyer a store sells to, when its products that name one mostly name the same: a
    /// menswear shop writes "Men's" on some titles and not on others ("Oxford Shirt", "Cargo
    /// Trousers"), and its unnamed garments are men's too. A kids' shop (children named by three
    /// quarters of the products that name anyone) sells to boys when three quarters of the
    /// children it names are boys, else to girls (whose branch has every kind of garment), or
    /// to babies when three quarters of the children are babies ("Bebé", "Newborn", sizes in months).
    /// Nil when fewer than `storeBuyerMinimum` products name a buyer, or none has
    /// `storeBuyerShare` of them (a shop for everyone leaves each product to its own words).
    /// Each product is read from its first SKU; only products `wearable` says are clothes, shoes
    /// or bags count (a gadget shop's "infantil" toys do not make it a kids' shop).
    public func storeBuyer(_ documents: [[CatalogItem]], wearable: (CatalogItem) -> Bool) -> Audience? {
        var counts = [Audience: Int]()
        var children = 0
        var named = 0
        for doc in documents {
            guard let item = doc.first else { continue }
            let said = reading(
                title: item.productTitle, productType: item.productType, tags: item.tags, category: item.category.text, attributes: item.attributes)
            let baby = namesBaby(
                title: item.productTitle, productType: item.productType, tags: item.tags, category: item.category.text, attributes: item.attributes)
            let buyer: Audience?
            switch said {
            case .named(let a) where !a.isChild: buyer = a
            case _ where baby: buyer = .babies
            case .none, .everyone: continue
            case .named(let a): buyer = a
            case .child: buyer = nil
            }
            guard wearable(item) else { continue }
            if let buyer { counts[buyer, default: 0] += 1 }
            if buyer?.isChild ?? true { children += 1 }
            named += 1
        }
        guard named >= Self.storeBuyerMinimum else { return nil }
        func most(_ count: Int, of total: Int) -> Bool { total > 0 && Double(count) >= Self.storeBuyerShare * Double(total) }
        for adult in [Audience.women, .men] where most(counts[adult] ?? 0, of: named) { return adult }
        guard most(children, of: named) else { return nil }
        if most(counts[.babies] ?? 0, of: children) { return .babies }
        let boys = counts[.boys] ?? 0
        return most(boys, of: boys + (counts[.girls] ?? 0)) ? .boys : .girls
    }
}
