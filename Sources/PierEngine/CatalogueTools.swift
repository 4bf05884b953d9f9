import PierCore
import Synchronization

/// The category map and the moderator an engine builds once, the first time a fix needs them:
/// a fix on one SKU must not pay for indexing the whole map again.
final class CatalogueTools: Sendable {
    private let built = Mutex<(mapper: TaxonomyMapper, moderator: Moderator)?>(nil)

    func get(_ resources: EngineResources) -> (mapper: TaxonomyMapper, moderator: Moderator) {
        built.withLock { tools in
            if let tools { return tools }
            let made = (TaxonomyMapper(mapping: resources.mapping), Moderator(pack: resources.rules))
            tools = made
            return made
        }
    }
}
