/// `return.approved`: Pier approved a return and the refund.
public struct ReturnApproved: LedgerPayload, Equatable {
    public static let type = LedgerEventType.returnApproved
    public var order: String
    public var returnID: String
    public var refundMinor: Int64

    public init(order: String, returnID: String, refundMinor: Int64) {
        self.order = order
        self.returnID = returnID
        self.refundMinor = refundMinor
    }

    public var data: [String: JSONValue] { ["order": .string(order), "return": .string(returnID), "refund_minor": .int(refundMinor)] }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let returnID = data["return"]?.stringValue, let refundMinor = data["refund_minor"]?.intValue else {
            return nil
        }
        self.init(order: order, returnID: returnID, refundMinor: refundMinor)
    }
}
