/// Pier's view of a seller's TikTok Shop orders, fed by webhooks and by polling. Applying a
/// status is idempotent and monotone: a duplicate, a replay or an older status arriving late
/// changes nothing, so any interleaving of the same deliveries ends in the same book.
public struct OrderBook: Sendable, Equatable {
    /// What an applied update changed.
    public struct Change: Sendable, Equatable {
        public let order: String
        public let previous: OrderStatus?
        public let status: OrderStatus
    }

    public private(set) var statuses: [String: OrderStatus] = [:]

    public init() {}

    /// Applies one status report for an order; nil when it changes nothing.
    public mutating func apply(order: String, status: OrderStatus) -> Change? {
        let previous = statuses[order]
        if let previous, !previous.canMove(to: status) { return nil }
        statuses[order] = status
        return Change(order: order, previous: previous, status: status)
    }

    /// Orders in each status.
    public var totals: [OrderStatus: Int] {
        var out = [OrderStatus: Int]()
        for s in statuses.values { out[s, default: 0] += 1 }
        return out
    }
}
