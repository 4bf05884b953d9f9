import PierCore
import PierEngine
import PierStore

/// The Sellers pane's keys: the seller list: open, filter, sort, import.
extension SellersPane: PaneComponent {
    /// The Sellers pane's bindings (the seller list: open, filter, sort, import), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        return [
            Binding(
                .sellersOpen, .enter, "Open", help: "Select the seller and go to its next step",
                disabled: m.sellerTable.visible.isEmpty ? "no seller matches the filter" : nil),
            Binding(.sellersFilter, .char("/"), "Filter", help: "Filter sellers by id, name, platform, status"),
            Binding(.sellersSort, .char("o"), "Sort", help: "Order the list: by id, coverage (lowest first), flagged, SKUs, status", footer: false),
            Binding(
                .sellersImport, .char("i"), "Import", help: "Import a merchant's export: shopify|woocommerce|amazon FILE NAME", disabled: m.role.changeBlock
            ),
        ]
    }

    /// Runs one of the Sellers pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .sellersFilter: m.input = TextInput(purpose: .sellerFilter, prompt: "Filter sellers: ", text: m.sellerTable.filter)
        case .sellersImport: m.input = TextInput(purpose: .importFile, prompt: "Import (shopify|woocommerce|amazon FILE SELLER NAME): ", text: "")
        case .sellersOpen:
            guard let s = m.sellerTable.current else { return }
            m.select(s.id)
            m.show(s.status == .onboarded ? .review : .configure)
        case .sellersSort:
            m.sellerTable.nextSort()
            m.say("sellers by \(SellerTable.sorts[m.sellerTable.sort].name)")
        default: break
        }
    }

    static func move(_ delta: Int, _ m: ConsoleModel) {
        m.sellerTable.cursor = clamp(m.sellerTable.cursor &+ delta, count: m.sellerTable.visible.count)
    }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        m.sellerTable.cursor = clamp(row, count: m.sellerTable.visible.count)
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? { m.sellerTable.current.map { ("seller id", $0.id) } }

    static func shown(_ m: ConsoleModel) { m.reloadSellers() }
}
