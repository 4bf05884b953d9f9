import PierCore
import PierEngine
import PierStore

/// The Orders pane's keys: the days after go-live: trade, view, filter, sort, detail.
extension OrdersPane: PaneComponent {
    /// The Orders pane's bindings (the days after go-live: trade, view, filter, sort, detail), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let traded = m.tradingMetrics != nil
        let tradeBlock =
            m.role.changeBlock ?? m.notOnboarded
            ?? (traded ? "already traded: its ledger is append-only" : nil)
        return [
            Binding(
                .ordersTrade, .char("t"), "Trade 7 days", help: "Run 7 virtual days after go-live: orders, fulfilment, returns, apps (confirms)",
                disabled: tradeBlock),
            Binding(.ordersState, .char("s"), "View", help: "Cycle the view: all, open, delivered, cancelled, returns"),
            Binding(.ordersFilter, .char("/"), "Filter", help: "Filter orders by order id, SKU, status or region"),
            Binding(.ordersSort, .char("o"), "Sort", help: "Order the list: newest, by amount, by status, by SKU", footer: false),
            Binding(
                .ordersDetail, .enter, "Detail", help: "Every field of the order, and its events in the ledger",
                disabled: m.ordersList.current == nil ? "no order selected" : nil),
        ]
    }

    /// Runs one of the Orders pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .ordersTrade:
            m.dialog = Dialog(
                title: "Trade \(m.seller?.name ?? "")",
                lines: [
                    "Run 7 virtual days after go-live: buyers order, webhooks arrive (some late, twice, never or forged),",
                    "fulfilment goes to \(m.plan.chosenApps.contains("shipstation") || (m.seller?.apps ?? []).contains("shipstation") ? "ShipStation" : "the merchant's own system"), returns come back, the installed apps act.",
                    "Everything is appended to the ledger. Go ahead?",
                ], action: .trade(days: 7))
        case .ordersState: m.ordersList.nextView()
        case .ordersFilter: m.input = TextInput(purpose: .orderFilter, prompt: "Filter orders: ", text: m.ordersList.filter)
        case .ordersSort:
            m.ordersList.nextSort()
            m.say("orders by \(OrdersList.sorts[m.ordersList.sort].name)")
        case .ordersDetail:
            guard let o = m.ordersList.current, let id = m.selectedSeller else { return }
            let amount = Money(minorUnits: o.amountMinor, currency: m.seller?.currency ?? "USD").decimalString
            // The order's events are read on the engine worker; the line fills in when they arrive.
            m.worker.submit { engine in
                do throws(StoreError) {
                    let page = try engine.db.ledgerPage(
                        seller: id, filter: LedgerFilter(sku: o.sku, text: o.orderID), start: .first, descending: false, limit: 40)
                    let events = page.filter { $0.orderID == o.orderID || $0.data["order_id"]?.stringValue == o.orderID }
                    return .orderEvents(seller: id, order: o.orderID, .success(events))
                } catch {
                    return .orderEvents(seller: id, order: o.orderID, .failure(error))
                }
            }
            m.dialog = Dialog(
                title: "Order \(o.orderID)",
                lines: [
                    "SKU \(o.sku) · \(o.region) · qty \(o.quantity) · \(amount) \(m.seller?.currency ?? "")",
                    "placed \(Format.clock(o.placedAt)) · updated \(Format.clock(o.updatedAt)) (virtual)",
                    "TikTok status \(o.status) · fulfilment \(o.fulfilment)",
                    o.note.isEmpty ? (o.returnState.isEmpty ? "no return" : "return: \(o.returnState)") : "note: \(o.note)",
                    ConsoleModel.orderEventsPending,
                ].map(TerminalText.sanitize), action: .dismiss)
        default: break
        }
    }

    static func move(_ delta: Int, _ m: ConsoleModel) {
        m.ordersList.cursor = clamp(m.ordersList.cursor &+ delta, count: m.ordersList.visible.count)
    }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        let count = m.ordersList.visible.count
        m.ordersList.cursor = clicked(row - (headerRows - 1), cursor: m.ordersList.cursor, rows: listRows(height: m.height), count: count)
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? { m.ordersList.current.map { ("order id", $0.orderID) } }

    static func shown(_ m: ConsoleModel) { m.refreshSellerData(.orders) }
}
