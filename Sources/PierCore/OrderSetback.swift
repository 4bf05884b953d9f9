/// An order that did not go the usual way, and why: a cancellation (`order.cancelled`) or a
/// failed delivery (`fulfilment.failed`), told apart by `Kind`.
public struct OrderSetback<Kind: PayloadKind>: OrderStep, Equatable {
    public static var type: LedgerEventType { Kind.type }
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

/// `order.cancelled`: Pier cancelled a paid order rather than oversell.
public typealias OrderCancelled = OrderSetback<OrderCancelledKind>
/// `fulfilment.failed`: the carrier could not deliver an order.
public typealias FulfilmentFailed = OrderSetback<FulfilmentFailedKind>

public enum OrderCancelledKind: PayloadKind { public static var type: LedgerEventType { .orderCancelled } }
public enum FulfilmentFailedKind: PayloadKind { public static var type: LedgerEventType { .fulfilmentFailed } }
