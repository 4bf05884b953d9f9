extension Moderator {
    /// The fewest products a shelf must hold before what most of them are speaks for the rest.
    public static let shelfMinimum = 3
    /// The share of a shelf's products one prohibited-goods rule must reject on their own words.
    public static let shelfShare = 2.0 / 3.0

    /// The merchant's shelves (its own category or product type, as the category field reads it)
    /// most of whose products this pack rejects as prohibited goods on their own title, tags and
    /// shelf: a gun shop's "Parts" or "Optics", a peptide shop's "Blends". A product on such a
    /// shelf whose words name nothing a rule knows ("Bravo Stock", "Survo 10mg") is what its
    /// neighbours are. A shelf needs `shelfMinimum` products, and one rule `shelfShare` of them;
    /// a shop's ordinary shelves ("Apparel", "Gift Cards") never qualify. Each product is read
    /// from its first SKU, without its description.
    public func prohibitedShelves(_ documents: [[CatalogItem]]) -> [String: String] {
        var products = [String: Int]()
        var rejected = [String: [String: Int]]()
        let prohibited = Set(pack.rules.filter { $0.category == "prohibited-goods" && $0.severity == .reject }.map(\.id))
        // Each product on its own words: shelves already read do not count themselves again.
        let reader = readingShelves([:])
        for doc in documents {
            guard let item = doc.first else { continue }
            let shelf = item.category.text
            guard !shelf.trimmed().isEmpty else { continue }
            products[shelf, default: 0] += 1
            let verdict = reader.moderate(ModerationInput(title: item.title, description: "", tags: item.tags, attributes: [:], category: shelf))
            for rule in Set(verdict.flags.filter { $0.severity == .reject && prohibited.contains($0.ruleID) }.map(\.ruleID)) {
                rejected[shelf, default: [:]][rule, default: 0] += 1
            }
        }
        return Self.mostly(products: products, verdicts: rejected)
    }

    /// The shelves with `shelfMinimum` products or more of which one verdict has `shelfShare`,
    /// with that verdict (the smallest of equals, so the same store reads the same way).
    static func mostly<Verdict: Comparable>(products: [String: Int], verdicts: [String: [Verdict: Int]]) -> [String: Verdict] {
        var out = [String: Verdict]()
        for (shelf, count) in products where count >= shelfMinimum {
            guard let (verdict, n) = verdicts[shelf]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            if Double(n) >= shelfShare * Double(count) { out[shelf] = verdict }
        }
        return out
    }

    /// This moderator, reading one store: a listing on one of `shelves` that its own words do not
    /// reject is flagged with the shelf's rule, on its category.
    public func readingShelves(_ shelves: [String: String]) -> Moderator {
        var m = self
        m.shelves = shelves
        return m
    }
}
