extension TaxonomyMapper {
    /// The store's buyer (`Audience.Rules.storeBuyer`), read from the products whose title or
    /// type names a garment, shoe or bag, or whose merchant category maps to one.
    public func storeBuyer(_ documents: [[CatalogItem]]) -> Audience? {
        audiences.storeBuyer(documents) { item in
            if namesWearable(item.productTitle) { return true }
            if case .freeText(let type) = item.category { return namesWearable(type) }
            // "Paquete de 5 Bodies" under Baby & Toddler Clothing: the merchant's node is worn.
            if let id = sourceID(item.category)?.id, id > 0 { return audiences.isAudienceLeaf(id) }
            return false
        }
    }

    /// Whether a word of `text` points first at a leaf of a buyer's branch ("shirt", "trainers",
    /// "tote"): the product is worn or carried.
    func namesWearable(_ text: String) -> Bool {
        for term in classifier.terms(text) {
            guard let top = classifier.postings(term).max(by: { $0.weight < $1.weight }) else { continue }
            if top.id > 0 && audiences.isAudienceLeaf(top.id) { return true }
        }
        return false
    }
}
