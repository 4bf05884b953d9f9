import PierCore
import PierEngine
import PierStore

/// The Ledger pane: the seller's events: detail, order, type, search, verify, replay.
extension ConsoleModel {
    /// The Ledger pane's bindings (the seller's events: detail, order, type, search, verify, replay), with why each is disabled now.
    var ledgerBindings: [Binding] {
        return [
            Binding(
                .ledgerDetail, .enter, ledger.showDetail ? "List" : "Detail", help: "Event detail: every field and its hash",
                disabled: ledger.current == nil ? "no event" : nil),
            Binding(.ledgerOrder, .char("o"), ledger.newestFirst ? "Oldest first" : "Newest first"),
            Binding(.ledgerType, .char("t"), "Type", help: "Cycle the type filter through the families of events"),
            Binding(
                .ledgerPickType, .char("T"), "Pick type", help: "Pick one event type of every type in this ledger (type to filter)",
                disabled: noSeller, footer: false),
            Binding(
                .ledgerSearch, .char("/"), "Search", help: "Search type, actor, SKU and data; sku:X, actor:X and type:X narrow to one SKU, actor or type"),
            Binding(.ledgerVerify, .char("v"), "Verify", help: "Verify the hash chain", disabled: noSeller),
            Binding(
                .ledgerReplay, .char("r"), "Replay here", help: "Rebuild the seller's state at the selected event",
                disabled: ledger.current == nil ? "no event" : nil),
        ]
    }

    /// Runs one of the Ledger pane's actions.
    func performLedger(_ action: ConsoleAction) {
        switch action {
        case .ledgerDetail: ledger.showDetail.toggle()
        case .ledgerOrder:
            ledger.newestFirst.toggle()
            ledger.cursor = 0
            ledger.invalidate()
        case .ledgerType:
            let i = LedgerWindow.typeFilters.firstIndex { $0 == ledger.typePrefix } ?? 0
            ledger.typePrefix = LedgerWindow.typeFilters[(i + 1) % LedgerWindow.typeFilters.count]
            ledger.cursor = 0
            ledger.invalidate()
        case .ledgerPickType:
            guard let id = selectedSeller else { return }
            worker.submit { engine in
                do throws(StoreError) {
                    return .ledgerTypes(seller: id, .success(try engine.db.ledgerTypes(seller: id)))
                } catch {
                    return .ledgerTypes(seller: id, .failure(error))
                }
            }
        case .ledgerSearch: input = TextInput(purpose: .ledgerSearch, prompt: "Search the ledger: ", text: ledger.search)
        case .ledgerVerify: verifyLedger()
        case .ledgerReplay: if let e = ledger.current { replay(at: e.seq) }
        default: break
        }
    }
}
