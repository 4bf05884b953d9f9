import PierCore

/// A family of similar products in a merchant's catalogue: how many there are, how they vary
/// and how the merchant writes about them. The generator turns lines into source-shaped
/// products; what moderation later flags comes from the words written here.
struct ProductLine: Sendable {
    /// Base product names; each product takes one, prefixed by a collection name.
    let names: [String]
    /// How many products of this line the catalogue has.
    let products: Int
    /// Variant axes: option name and its values. Each product uses a prefix of each axis
    /// whose length is drawn from `variantSpread`.
    let axes: [(name: String, values: [String])]
    /// Fraction of each axis a product offers, as a closed range.
    let variantSpread: ClosedRange<Double>
    /// The source platform's category value (Shopify path, Amazon product type, WooCommerce path).
    let category: String
    /// Price in minor units.
    let price: ClosedRange<Int>
    let images: ClosedRange<Int>
    /// The opening sentence templates; `{name}` is replaced by the product name.
    let intros: [String]
    /// Ordinary selling points; a product uses three to five.
    let benefits: [String]
    /// Riskier sentences the merchant's copy uses, each with the share of the line's products that carry it.
    let claims: [(text: String, probability: Double)]
    let howTo: String
    let ingredients: [String]
    let tags: [String]
    /// Extra attributes; a value of "" means the attribute is left empty.
    let attributes: [String: String]
    /// Probability that a product's structured attributes are incomplete (missing `dropAttribute`).
    let incompleteProbability: Double
    let dropAttribute: String
    /// Units sold per day across the merchant's other channels, median and log-normal spread.
    let velocity: (median: Double, sigma: Double)

    init(
        names: [String], products: Int, axes: [(name: String, values: [String])] = [], variantSpread: ClosedRange<Double> = 1...1,
        category: String, price: ClosedRange<Int>, images: ClosedRange<Int>, intros: [String], benefits: [String],
        claims: [(text: String, probability: Double)] = [], howTo: String = "", ingredients: [String] = [], tags: [String] = [],
        attributes: [String: String] = [:], incompleteProbability: Double = 0, dropAttribute: String = "",
        velocity: (median: Double, sigma: Double) = (2, 1)
    ) {
        self.names = names
        self.products = products
        self.axes = axes
        self.variantSpread = variantSpread
        self.category = category
        self.price = price
        self.images = images
        self.intros = intros
        self.benefits = benefits
        self.claims = claims
        self.howTo = howTo
        self.ingredients = ingredients
        self.tags = tags
        self.attributes = attributes
        self.incompleteProbability = incompleteProbability
        self.dropAttribute = dropAttribute
        self.velocity = velocity
    }
}
