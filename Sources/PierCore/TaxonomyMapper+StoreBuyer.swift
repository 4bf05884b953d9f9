extension TaxonomyMapper {
    /// The store's buyer (`Audience.Rules.storeBuyer`), read from the products whose title or
    /// type names a garment, shoe or bag.
    public func storeBuyer(_ documents: [[CatalogItem]]) -> Audience? {
        audiences.storeBuyer(documents) { item in
            if namesWearable(item.productTitle) { return true }
            if case .freeText(let type) = item.category { return namesWearable(type) }
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
