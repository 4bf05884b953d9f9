/// A buyer's return with a reason: requested (`return.requested`, the buyer's reason) or rejected
/// (`return.rejected`, the policy's), told apart by `Kind`.
public struct ReturnStep<Kind: PayloadKind>: OrderStep, Equatable {
    public static var type: LedgerEventType { Kind.type }
    public var order: String
    public var returnID: String
    public var reason: String

    public init(order: String, returnID: String, reason: String) {
        self.order = order
        self.returnID = returnID
        self.reason = reason
    }

    public var data: [String: JSONValue] { ["order": .string(order), "return": .string(returnID), "reason": .string(reason)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let returnID = data["return"]?.stringValue, let reason = data["reason"]?.stringValue
        else { return nil }
        self.init(order: order, returnID: returnID, reason: reason)
    }
}

/// `return.requested`: a buyer asked to return an order.
public typealias ReturnRequested = ReturnStep<ReturnRequestedKind>
/// `return.rejected`: Pier rejected a return, with the policy's reason.
public typealias ReturnRejected = ReturnStep<ReturnRejectedKind>

public enum ReturnRequestedKind: PayloadKind { public static var type: LedgerEventType { .returnRequested } }
public enum ReturnRejectedKind: PayloadKind { public static var type: LedgerEventType { .returnRejected } }
