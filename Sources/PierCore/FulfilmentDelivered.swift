/// `fulfilment.delivered`: the carrier delivered an order.
public struct FulfilmentDelivered: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fulfilmentDelivered
    public var order: String

    public init(order: String) {
        self.order = order
    }

    public var data: [String: JSONValue] { ["order": .string(order)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue else { return nil }
        self.init(order: order)
    }
}
