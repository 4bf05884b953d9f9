import PierCore

/// What Pier works out from one SKU alone: its description as plain text, where its category
/// maps, and what moderation says of it. The import's summary and the sync both use it.
struct SKUAssessment: Sendable {
    let plain: String
    let mapping: MappingResult
    let moderation: ModerationResult

    init(_ item: CatalogItem, mapper: TaxonomyMapper, moderator: Moderator) {
        plain = HTMLText.plain(item.descriptionHTML)
        mapping = mapper.map(item.category, attributes: item.attributes)
        moderation = moderator.moderate(ModerationInput(title: item.title, description: plain, tags: item.tags, attributes: item.attributes))
    }
}
