/// `order.cancelled`: Pier cancelled a paid order rather than oversell.
public struct OrderCancelled: LedgerPayload, Equatable {
    public static let type = LedgerEventType.orderCancelled
    public var order: String
    public var reason: String

    public init(order: String, reason: String) {
        self.order = order
        self.reason = reason
    }

    public var data: [String: JSONValue] { ["order": .string(order), "reason": .string(reason)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let reason = data["reason"]?.stringValue else { return nil }
        self.init(order: order, reason: reason)
    }
}
