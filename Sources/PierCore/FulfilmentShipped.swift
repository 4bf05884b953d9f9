/// `fulfilment.shipped`: the carrier collected an order; late when past the dispatch SLA.
public struct FulfilmentShipped: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fulfilmentShipped
    public var order: String
    public var dispatchMillis: Int64
    public var late: Bool

    public init(order: String, dispatchMillis: Int64, late: Bool) {
        self.order = order
        self.dispatchMillis = dispatchMillis
        self.late = late
    }

    public var data: [String: JSONValue] { ["order": .string(order), "dispatch_ms": .int(dispatchMillis), "late": .bool(late)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let dispatchMillis = data["dispatch_ms"]?.intValue, let late = data["late"]?.boolValue else { return nil }
        self.init(order: order, dispatchMillis: dispatchMillis, late: late)
    }
}
