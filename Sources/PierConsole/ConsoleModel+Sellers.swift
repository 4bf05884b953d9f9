import PierCore
import PierEngine
import PierStore

/// The Sellers pane: the seller list: open, filter, sort, import.
extension ConsoleModel {
    /// The Sellers pane's bindings (the seller list: open, filter, sort, import), with why each is disabled now.
    var sellersBindings: [Binding] {
        return [
            Binding(
                .sellersOpen, .enter, "Open", help: "Select the seller and go to its next step",
                disabled: sellerTable.visible.isEmpty ? "no seller matches the filter" : nil),
            Binding(.sellersFilter, .char("/"), "Filter", help: "Filter sellers by id, name, platform, status"),
            Binding(.sellersSort, .char("o"), "Sort", help: "Order the list: by id, coverage (lowest first), flagged, SKUs, status", footer: false),
            Binding(
                .sellersImport, .char("i"), "Import", help: "Import a merchant's export: shopify|woocommerce|amazon FILE NAME", disabled: role.changeBlock
            ),
        ]
    }

    /// Runs one of the Sellers pane's actions.
    func performSellers(_ action: ConsoleAction) {
        switch action {
        case .sellersFilter: input = TextInput(purpose: .sellerFilter, prompt: "Filter sellers: ", text: sellerTable.filter)
        case .sellersImport: input = TextInput(purpose: .importFile, prompt: "Import (shopify|woocommerce|amazon FILE SELLER NAME): ", text: "")
        case .sellersOpen:
            guard let s = sellerTable.current else { return }
            select(s.id)
            show(s.status == .onboarded ? .review : .configure)
        case .sellersSort:
            sellerTable.nextSort()
            say("sellers by \(SellerTable.sorts[sellerTable.sort].name)")
        default: break
        }
    }

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
