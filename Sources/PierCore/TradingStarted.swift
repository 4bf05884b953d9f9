/// `trading.started`: the seller trades for this many virtual days with these live SKUs, its
/// orders fulfilled by a shipping app or by the merchant.
public struct TradingStarted: LedgerPayload, Equatable {
    public static let type = LedgerEventType.tradingStarted
    public var days: Int
    public var liveSKUs: Int
    /// The shipping app's id, or `merchant`.
    public var fulfilment: String

    public init(days: Int, liveSKUs: Int, fulfilment: String) {
        self.days = days
        self.liveSKUs = liveSKUs
        self.fulfilment = fulfilment
    }

    public var data: [String: JSONValue] { ["days": .number(days), "live_skus": .number(liveSKUs), "fulfilment": .string(fulfilment)] }

    public init?(data: JSONValue) {
        guard let days = data["days"]?.intValue, let live = data["live_skus"]?.intValue else { return nil }
        self.init(days: Int(days), liveSKUs: Int(live), fulfilment: data["fulfilment"]?.stringValue ?? "merchant")
    }
}
