import PierCore
import PierEngine
import PierStore

/// The Overview pane: every seller's health and the search across their flags.
extension ConsoleModel {
    /// The Overview pane's bindings (every seller's health and the search across their flags), with why each is disabled now.
    var overviewBindings: [Binding] {
        let searching = overview.searching
        return [
            Binding(
                .overviewOpen, .enter, "Open", help: "Open the seller (or the flag found): its flags when onboarded, else its configuration",
                disabled: overview.rowCount == 0 ? (searching ? "no flag found" : "no sellers") : nil),
            Binding(
                .overviewSearch, .char("/"), searching ? "Search (Esc clears)" : "Search flags",
                help: "Search every seller's flags by SKU, rule or words"),
        ]
    }

    /// Runs one of the Overview pane's actions.
    func performOverview(_ action: ConsoleAction) {
        switch action {
        case .overviewSearch: input = TextInput(purpose: .flagSearch, prompt: "Search every seller's flags: ", text: overview.search)
        case .overviewOpen where overview.searching:
            guard let hit = overview.currentHit else { return }
            select(hit.sellerID)
            show(.review)
            review.state = nil
            review.filter = hit.sku
            review.focus = hit.id
        case .overviewOpen:
            guard let s = overview.currentSeller?.seller else { return }
            select(s.id)
            show(s.status == .onboarded ? .review : .configure)
        default: break
        }
    }
}
