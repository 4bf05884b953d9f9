extension TaxonomyMapper {
    /// The merchant's shelves (its own category or product type, as the category field reads it)
    /// most of whose products are not physical goods by their own title and shelf: a clinic's
    /// "Facials" where "Signature Facial 60 min" and "Hydrafacial Platinum" say they are
    /// treatments and "OxyGeneo Facial" does not. A product on such a shelf is what its
    /// neighbours are. A shelf needs `Moderator.shelfMinimum` products, and one not-eligible
    /// outcome `Moderator.shelfShare` of them; generic shelves ("Uncategorized") never qualify.
    /// Each product is read from its first SKU, without its description.
    public func serviceShelves(_ documents: [[CatalogItem]]) -> [String: Int64] {
        var products = [String: Int]()
        var outcomes = [String: [Int64: Int]]()
        for doc in documents {
            guard let item = doc.first else { continue }
            let shelf = item.category.text
            guard !shelf.trimmed().isEmpty, !Self.isGeneric(shelf) else { continue }
            products[shelf, default: 0] += 1
            guard let hit = eligibility.check(labels: [item.productTitle, shelf], body: ""), outcome(hit.outcome)?.kind == .notEligible
            else { continue }
            outcomes[shelf, default: [:]][hit.outcome, default: 0] += 1
        }
        return Moderator.mostly(products: products, verdicts: outcomes)
    }

    /// This mapper, reading one store: a product on one of `shelves` that its own words do not
    /// place is not eligible with the shelf's outcome.
    public func readingShelves(_ shelves: [String: Int64]) -> TaxonomyMapper {
        var m = self
        m.shelves = shelves
        return m
    }
}
