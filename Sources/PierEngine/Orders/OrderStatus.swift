/// A TikTok Shop order status (API version 202309), ranked by how far an order has come, so
/// an older status arriving late never moves an order backwards.
public enum OrderStatus: String, Sendable, CaseIterable, Comparable {
    case unpaid = "UNPAID"
    case onHold = "ON_HOLD"
    case awaitingShipment = "AWAITING_SHIPMENT"
    case awaitingCollection = "AWAITING_COLLECTION"
    case inTransit = "IN_TRANSIT"
    case delivered = "DELIVERED"
    case completed = "COMPLETED"
    case cancelled = "CANCELLED"

    var rank: Int {
        switch self {
        case .unpaid: 0
        case .onHold: 1
        case .awaitingShipment: 2
        case .awaitingCollection: 3
        case .inTransit: 4
        case .delivered: 5
        case .completed: 6
        case .cancelled: 7
        }
    }

    public static func < (a: OrderStatus, b: OrderStatus) -> Bool { a.rank < b.rank }

    /// Whether an order in this status may still move to `next`: forward only, and a
    /// cancellation only before the parcel is on its way.
    func canMove(to next: OrderStatus) -> Bool {
        if self == .cancelled || self == .completed { return false }
        if next == .cancelled { return self < .inTransit }
        return next > self
    }
}
