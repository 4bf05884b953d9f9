/// `fulfilment.labelled`: a shipping label was bought for an order.
public struct FulfilmentLabelled: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fulfilmentLabelled
    public var order: String
    public var carrier: String
    public var tracking: String

    public init(order: String, carrier: String, tracking: String) {
        self.order = order
        self.carrier = carrier
        self.tracking = tracking
    }

    public var data: [String: JSONValue] { ["order": .string(order), "carrier": .string(carrier), "tracking": .string(tracking)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let carrier = data["carrier"]?.stringValue, let tracking = data["tracking"]?.stringValue else {
            return nil
        }
        self.init(order: order, carrier: carrier, tracking: tracking)
    }
}
