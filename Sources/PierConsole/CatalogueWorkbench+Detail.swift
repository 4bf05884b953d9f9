import PierCore
import PierEngine
import PierStore

extension CatalogueWorkbench.Detail {
    /// Reads what the detail box shows of one SKU (the worker's side): the classifier's
    /// candidates from its last mapping event, and the fixes that touched it.
    static func read(seller: String, sku: String, among fixes: [CatalogueFix], from engine: PierEngine) throws(OnboardingError)
        -> CatalogueWorkbench.Detail
    {
        let events: [LedgerEvent]
        do throws(StoreError) { events = try engine.db.events(seller: seller, sku: sku) } catch {
            throw .store(error.description)
        }
        let categories = engine.resources.mapping.categories
        let last = events.last { $0.kind == .skuUnmapped }
        let candidates = (last?.payload(SKUUnmapped.self)?.candidates ?? []).compactMap { c -> (id: Int64, path: String, score: String, words: [String])? in
            guard let cat = categories.first(where: { $0.id == c.id }) else { return nil }
            return (c.id, cat.path, c.score, c.words)
        }
        let history = try engine.fixHistory(seller: seller, sku: sku, among: fixes)
        return CatalogueWorkbench.Detail(sku: sku, candidates: candidates, history: history)
    }
}
