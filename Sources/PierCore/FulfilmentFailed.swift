/// `fulfilment.failed`: the carrier could not deliver an order.
public struct FulfilmentFailed: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fulfilmentFailed
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
