import PierCore
import PierEngine
import PierStore

/// The Overview pane's keys: every seller's health and the search across their flags.
extension OverviewPane: PaneComponent {
    /// The Overview pane's bindings (every seller's health and the search across their flags), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let searching = m.overview.searching
        return [
            Binding(
                .overviewOpen, .enter, "Open", help: "Open the seller (or the flag found): its flags when onboarded, else its configuration",
                disabled: m.overview.rowCount == 0 ? (searching ? "no flag found" : "no sellers") : nil),
            Binding(
                .overviewSearch, .char("/"), searching ? "Search (Esc clears)" : "Search flags",
                help: "Search every seller's flags by SKU, rule or words"),
        ]
    }

    /// Runs one of the Overview pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .overviewSearch: m.input = TextInput(purpose: .flagSearch, prompt: "Search every seller's flags: ", text: m.overview.search)
        case .overviewOpen where m.overview.searching:
            guard let hit = m.overview.currentHit else { return }
            m.select(hit.sellerID)
            m.show(.review)
            m.review.state = nil
            m.review.filter = hit.sku
            m.review.focus = hit.id
        case .overviewOpen:
            guard let s = m.overview.currentSeller?.seller else { return }
            m.select(s.id)
            m.show(s.status == .onboarded ? .review : .configure)
        default: break
        }
    }

    static func move(_ delta: Int, _ m: ConsoleModel) { m.overview.cursor = clamp(m.overview.cursor &+ delta, count: m.overview.rowCount) }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        let count = m.overview.rowCount
        m.overview.cursor = clicked(row, cursor: m.overview.cursor, rows: m.listRows, count: count)
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? {
        m.overview.currentHit.map { ("SKU", $0.sku) } ?? m.overview.currentSeller.map { ("seller id", $0.seller.id) }
    }
}
