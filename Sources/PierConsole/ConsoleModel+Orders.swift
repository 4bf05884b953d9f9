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

}
