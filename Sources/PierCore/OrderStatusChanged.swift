/// `order.status`: an order Pier knows moved from one TikTok Shop status to another.
public struct OrderStatusChanged: LedgerPayload, Equatable {
    public static let type = LedgerEventType.orderStatus
    public var order: String
    public var from: String
    public var to: String

    public init(order: String, from: String, to: String) {
        self.order = order
        self.from = from
        self.to = to
    }

    public var data: [String: JSONValue] { ["order": .string(order), "from": .string(from), "to": .string(to)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let from = data["from"]?.stringValue, let to = data["to"]?.stringValue else { return nil }
        self.init(order: order, from: from, to: to)
    }
}
