import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// The selected seller's figures after go-live, once traded.
    public var tradingMetrics: TradingMetrics? {
        seller?.metrics?["trading"].map(TradingMetrics.init(json:))
    }

    /// Asks the worker for the selected seller's orders.
    public func reloadOrders() { requestSellerData(.orders) }

    func trade(days: Int) {
        guard let id = selectedSeller else { return }
        say("trading \(id) for \(days) virtual days…")
        worker.submit { engine in
            do throws(OnboardingError) {
                let t = try engine.trade(seller: id, days: days)
                return .changed(
                    seller: id,
                    message:
                        "\(id) traded \(days) days: first sale \(t.firstSaleText) after go-live, \(Format.count(t.orders)) orders, fulfilment success \(t.fulfilmentSuccessText)"
                )
            } catch {
                return .failed(error.description)
            }
        }
    }

    /// The Orders pane's bindings (the days after go-live: trade, view, filter, sort, detail), with why each is disabled now.
    var ordersBindings: [Binding] {
        let traded = tradingMetrics != nil
        let tradeBlock =
            role.changeBlock ?? notOnboarded
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
                disabled: ordersList.current == nil ? "no order selected" : nil),
        ]
    }

    /// Runs one of the Orders pane's actions.
    func performOrders(_ action: ConsoleAction) {
        switch action {
        case .ordersTrade:
            dialog = Dialog(
                title: "Trade \(seller?.name ?? "")",
                lines: [
                    "Run 7 virtual days after go-live: buyers order, webhooks arrive (some late, twice, never or forged),",
                    "fulfilment goes to \(plan.chosenApps.contains("shipstation") || (seller?.apps ?? []).contains("shipstation") ? "ShipStation" : "the merchant's own system"), returns come back, the installed apps act.",
                    "Everything is appended to the ledger. Go ahead?",
                ], action: .trade(days: 7))
        case .ordersState: ordersList.nextView()
        case .ordersFilter: input = TextInput(purpose: .orderFilter, prompt: "Filter orders: ", text: ordersList.filter)
        case .ordersSort:
            ordersList.nextSort()
            say("orders by \(OrdersList.sorts[ordersList.sort].name)")
        case .ordersDetail:
            guard let o = ordersList.current, let id = selectedSeller else { return }
            let amount = Money(minorUnits: o.amountMinor, currency: seller?.currency ?? "USD").decimalString
            // The order's events are read on the engine worker; the line fills in when they arrive.
            worker.submit { engine in
                do throws(StoreError) {
                    let page = try engine.db.ledgerPage(
                        seller: id, filter: LedgerFilter(sku: o.sku, text: o.orderID), start: .first, descending: false, limit: 40)
                    let events = page.filter { $0.orderID == o.orderID || $0.data["order_id"]?.stringValue == o.orderID }
                    return .orderEvents(seller: id, order: o.orderID, .success(events))
                } catch {
                    return .orderEvents(seller: id, order: o.orderID, .failure(error))
                }
            }
            dialog = Dialog(
                title: "Order \(o.orderID)",
                lines: [
                    "SKU \(o.sku) · \(o.region) · qty \(o.quantity) · \(amount) \(seller?.currency ?? "")",
                    "placed \(Format.clock(o.placedAt)) · updated \(Format.clock(o.updatedAt)) (virtual)",
                    "TikTok status \(o.status) · fulfilment \(o.fulfilment)",
                    o.note.isEmpty ? (o.returnState.isEmpty ? "no return" : "return: \(o.returnState)") : "note: \(o.note)",
                    Self.orderEventsPending,
                ].map(TerminalText.sanitize), action: .dismiss)
        default: break
        }
    }
}
