/// `fulfilment.routed`: a paid order went to whoever ships it.
public struct FulfilmentRouted: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fulfilmentRouted
    public var order: String
    public var to: String

    public init(order: String, to: String) {
        self.order = order
        self.to = to
    }

    public var data: [String: JSONValue] { ["order": .string(order), "to": .string(to)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let to = data["to"]?.stringValue else { return nil }
        self.init(order: order, to: to)
    }
}
