import PierCore
import PierEngine
import PierStore

/// What the Catalogue pane's worklist is built from, read on the engine worker: the seller's
/// SKUs that are not live, the listing counts, the fixes and, when grouped by vendor or product
/// type, the waiting SKUs' merchant items.
public struct WorkbenchRead: Sendable {
    public let seller: String
    /// The request's number: a read older than the worklist on screen is dropped.
    public let generation: Int
    /// The grouping it was read for; a read for another grouping is dropped.
    public let grouping: CatalogueWorklist.Grouping
    public let waiting: [ListingRecord]
    public let counts: ListingCounts
    public let fixes: [CatalogueFix]
    public let items: [String: CatalogItem]
    /// Why the items could not be read (the worklist is still built, without vendor or type).
    public let itemsProblem: String?

    /// Reads a seller's worklist inputs (the worker's side).
    static func read(
        seller: String, generation: Int, grouping: CatalogueWorklist.Grouping, from engine: PierEngine
    ) -> Result<WorkbenchRead, OnboardingError> {
        do throws(OnboardingError) {
            let fixes = try engine.fixes(seller: seller)
            let waiting: [ListingRecord]
            let counts: ListingCounts
            do throws(StoreError) {
                waiting = try engine.db.waitingListings(seller: seller)
                counts = try engine.db.listingCounts(seller: seller)
            } catch {
                throw .store("the catalogue could not be read: \(error.description)")
            }
            var items = [String: CatalogItem]()
            var problem: String?
            if grouping != .category {
                do { items = try engine.catalogueItems(seller: seller, skus: waiting.map(\.sku)) } catch {
                    problem = "the waiting SKUs' items could not be read: \(error.description)"
                }
            }
            return .success(
                WorkbenchRead(
                    seller: seller, generation: generation, grouping: grouping, waiting: waiting, counts: counts, fixes: fixes,
                    items: items, itemsProblem: problem))
        } catch {
            return .failure(error)
        }
    }
}
