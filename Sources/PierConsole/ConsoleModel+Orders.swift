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
        let sorted = orderSort == 0 ? v : v.sorted(by: Self.orderSorts[orderSort].before)
        filteredOrders = sorted
        return sorted
    }

    /// The Orders list's orders: newest first (as stored), by amount (largest first), by status,
    /// by SKU.
    public static let orderSorts: [(name: String, before: @Sendable (OrderRecord, OrderRecord) -> Bool)] = [
        ("newest", { ($0.placedAt, $0.orderID) > ($1.placedAt, $1.orderID) }),
        ("amount", { ($0.amountMinor, $0.orderID) > ($1.amountMinor, $1.orderID) }),
        ("status", { ($0.status, $0.orderID) < ($1.status, $1.orderID) }),
        ("SKU", { ($0.sku, $0.orderID) < ($1.sku, $1.orderID) }),
    ]

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
}
