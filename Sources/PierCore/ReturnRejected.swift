/// `return.rejected`: Pier rejected a return, with the policy's reason.
public struct ReturnRejected: LedgerPayload, Equatable {
    public static let type = LedgerEventType.returnRejected
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
        guard let order = data["order"]?.stringValue, let returnID = data["return"]?.stringValue, let reason = data["reason"]?.stringValue else { return nil }
        self.init(order: order, returnID: returnID, reason: reason)
    }
}
