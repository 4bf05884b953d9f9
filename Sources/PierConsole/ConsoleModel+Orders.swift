import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// The selected seller's figures after go-live, once traded.
    public var tradingMetrics: TradingMetrics? {
        seller?.metrics?["trading"].map(TradingMetrics.init(json:))
    }

    /// The orders in the current view and filter (computed once per change).
    public var visibleOrders: [OrderRecord] {
        if let cached = filteredOrders { return cached }
        let view = OrdersPane.views[max(0, min(orderView, OrdersPane.views.count - 1))]
        let v = orders.filter { o in
            view.keep(o)
                && (orderFilter.isEmpty || [o.orderID, o.sku, o.status, o.region, o.fulfilment].contains { $0.localizedCaseInsensitiveContains(orderFilter) })
        }
        filteredOrders = v
        return v
    }

    public func reloadOrders() {
        guard let id = selectedSeller else { orders = []; return }
        do { orders = try engine.db.orders(seller: id) } catch { say(error.description, error: true) }
        orderCursor = min(orderCursor, max(0, visibleOrders.count - 1))
    }

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
}
