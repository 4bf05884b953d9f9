import PierCore

/// What Pier works out from one SKU alone: its description as plain text, its category (from the
/// merchant's category or its own text) and what moderation says of it. The import's summary
/// and the sync both use it.
struct SKUAssessment: Sendable {
    let plain: String
    let classification: Classification
    let moderation: ModerationResult

    var mapping: MappingResult { classification.result }

    init(_ item: CatalogItem, mapper: TaxonomyMapper, moderator: Moderator) {
        plain = HTMLText.plain(item.descriptionHTML)
        let text = CategoryClassifier.Input(title: item.title, tags: item.tags, vendor: item.attributes["brand"] ?? "", body: plain)
        classification = mapper.classify(text, source: item.category, attributes: item.attributes)
        moderation = moderator.moderate(ModerationInput(title: item.title, description: plain, tags: item.tags, attributes: item.attributes))
    }
}
