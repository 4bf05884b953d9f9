import PierCore
import PierEngine
import PierStore

/// The Ledger pane's keys: the seller's events: detail, order, type, search, verify, replay.
extension LedgerPane: PaneComponent {
    /// The Ledger pane's bindings (the seller's events: detail, order, type, search, verify, replay), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        return [
            Binding(
                .ledgerDetail, .enter, m.ledger.showDetail ? "List" : "Detail", help: "Event detail: every field and its hash",
                disabled: m.ledger.current == nil ? "no event" : nil),
            Binding(.ledgerOrder, .char("o"), m.ledger.newestFirst ? "Oldest first" : "Newest first"),
            Binding(.ledgerType, .char("t"), "Type", help: "Cycle the type filter through the families of events"),
            Binding(
                .ledgerPickType, .char("T"), "Pick type", help: "Pick one event type of every type in this ledger (type to filter)",
                disabled: m.noSeller, footer: false),
            Binding(
                .ledgerSearch, .char("/"), "Search", help: "Search type, actor, SKU and data; sku:X, actor:X and type:X narrow to one SKU, actor or type"),
            Binding(.ledgerVerify, .char("v"), "Verify", help: "Verify the hash chain", disabled: m.noSeller),
            Binding(
                .ledgerReplay, .char("r"), "Replay here", help: "Rebuild the seller's state at the selected event",
                disabled: m.ledger.current == nil ? "no event" : nil),
        ]
    }

    /// Runs one of the Ledger pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .ledgerDetail: m.ledger.showDetail.toggle()
        case .ledgerOrder:
            m.ledger.newestFirst.toggle()
            m.ledger.cursor = 0
            m.ledger.invalidate()
        case .ledgerType:
            let i = LedgerWindow.typeFilters.firstIndex { $0 == m.ledger.typePrefix } ?? 0
            m.ledger.typePrefix = LedgerWindow.typeFilters[(i + 1) % LedgerWindow.typeFilters.count]
            m.ledger.cursor = 0
            m.ledger.invalidate()
        case .ledgerPickType:
            guard let id = m.selectedSeller else { return }
            m.worker.submit { engine in
                do throws(StoreError) {
                    return .ledgerTypes(seller: id, .success(try engine.db.ledgerTypes(seller: id)))
                } catch {
                    return .ledgerTypes(seller: id, .failure(error))
                }
            }
        case .ledgerSearch: m.input = TextInput(purpose: .ledgerSearch, prompt: "Search the ledger: ", text: m.ledger.search)
        case .ledgerVerify: m.verifyLedger()
        case .ledgerReplay: if let e = m.ledger.current { m.replay(at: e.seq) }
        default: break
        }
    }

    static func move(_ delta: Int, _ m: ConsoleModel) { m.ledger.cursor = clamp(m.ledger.cursor &+ delta, count: m.ledger.count) }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        m.ledger.cursor = clamp(m.ledger.top + row, count: m.ledger.count)
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? { m.ledger.current.map { ("event hash", $0.hash) } }

    static func shown(_ m: ConsoleModel) { m.ledger.refresh() }
}
