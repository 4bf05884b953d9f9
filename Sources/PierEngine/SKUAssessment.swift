import PierCore

/// What Pier works out from one SKU alone: its description as plain text, the properties TikTok
/// asks for (filled from the data), its category (from the merchant's category or its own text)
/// and what moderation says of it. The import's summary and the sync both use it.
struct SKUAssessment: Sendable {
    let plain: String
    let classification: Classification
    let moderation: ModerationResult
    /// Properties taken from the data, and where each came from.
    let filled: [String: String]
    let attributes: [String: String]

    var mapping: MappingResult { classification.result }

    init(_ item: CatalogItem, mapper: TaxonomyMapper, moderator: Moderator) {
        plain = HTMLText.plain(item.descriptionHTML)
        let vendor = item.attributes["brand"] ?? ""
        (attributes, filled) = AttributeExtractor.fill(item.attributes, title: item.title, body: plain, vendor: vendor)
        let text = CategoryClassifier.Input(title: item.title, tags: item.tags, vendor: vendor, body: plain)
        classification = mapper.classify(text, source: item.category, attributes: attributes)
        let category: String = switch item.category {
        case .none: ""
        case .shopify(let p), .google(let p), .woocommerce(let p), .freeText(let p): p
        case .amazon(let t): t
        }
        moderation = moderator.moderate(ModerationInput(title: item.title, description: plain, tags: item.tags, attributes: attributes,
                                                        category: category))
    }
}
