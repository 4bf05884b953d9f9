/// A TikTok Shop order as Pier knows it, projected from the ledger's order, fulfilment and
/// return events.
public struct OrderRecord: Sendable, Hashable {
    public var sellerID: String
    public var orderID: String
    public var sku: String
    public var region: String
    public var quantity: Int
    public var amountMinor: Int64
    /// The TikTok Shop status (UNPAID, AWAITING_SHIPMENT, IN_TRANSIT, DELIVERED, CANCELLED…).
    public var status: String
    /// none, routed, labelled, shipped, shipped late, delivered, failed.
    public var fulfilment: String
    /// Empty, or requested / approved / rejected with the reason.
    public var returnState: String
    /// Why Pier cancelled it, when it did.
    public var note: String
    public var placedAt: Int64
    public var updatedAt: Int64

    public init(
        sellerID: String, orderID: String, sku: String, region: String, quantity: Int, amountMinor: Int64, status: String,
        fulfilment: String = "none", returnState: String = "", note: String = "", placedAt: Int64, updatedAt: Int64
    ) {
        self.sellerID = sellerID
        self.orderID = orderID
        self.sku = sku
        self.region = region
        self.quantity = quantity
        self.amountMinor = amountMinor
        self.status = status
        self.fulfilment = fulfilment
        self.returnState = returnState
        self.note = note
        self.placedAt = placedAt
        self.updatedAt = updatedAt
    }
}
