import PierCore
import PierEngine
import PierStore

/// The Sellers pane: the seller list: open, filter, sort, import.
extension ConsoleModel {

    /// Asks the engine worker for every seller and their health; `receiveSellers` takes them.
    public func reloadSellers() {
        let generation = sellersReads.ask()
        worker.submit { engine in .sellers(generation: generation, SellerList.read(from: engine)) }
    }

    /// Whether a read of the sellers is on its way (the panes say so rather than "none").
    public var sellersPending: Bool { sellersReads.pending }

    /// Takes the sellers the worker read, unless a later read was already taken. The Overview's
    /// cursor stays on its seller; a seller just imported (`SellerTable.focus`) gets the Sellers cursor.
    func receiveSellers(generation: Int, _ result: Result<SellerList, OnboardingError>) {
        guard sellersReads.isNewer(generation) else { return }
        sellersReads.take(generation)
        switch result {
        case .success(let list):
            sellerTable.take(list.sellers)
            overview.take(health: list.health)
        case .failure(let error):
            say("the sellers could not be read: \(error.description)", error: true)
        }
    }
}
