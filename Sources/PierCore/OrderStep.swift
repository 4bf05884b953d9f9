/// The typed data of an event in an order's life (created, status, cancelled, fulfilment and
/// return steps): each names the order it is about.
public protocol OrderStep: LedgerPayload {
    /// The TikTok Shop order id.
    var order: String { get }
}

extension OrderCreated: OrderStep {}
extension OrderStatusChanged: OrderStep {}
extension FulfilmentRouted: OrderStep {}
extension FulfilmentLabelled: OrderStep {}
extension FulfilmentShipped: OrderStep {}
extension FulfilmentDelivered: OrderStep {}
extension ReturnApproved: OrderStep {}

/// Reads an order step by its event type.
public enum OrderSteps {
    static let types: [LedgerEventType: any OrderStep.Type] = Dictionary(
        uniqueKeysWithValues: ([
            OrderCreated.self, OrderStatusChanged.self, OrderCancelled.self, FulfilmentRouted.self, FulfilmentLabelled.self,
            FulfilmentShipped.self, FulfilmentDelivered.self, FulfilmentFailed.self, ReturnRequested.self, ReturnApproved.self,
            ReturnRejected.self,
        ] as [any OrderStep.Type]).map { ($0.type, $0) })

    /// The step an event of `type` with `data` records; nil for another type or data it cannot read.
    public static func decode(_ type: LedgerEventType?, _ data: JSONValue) -> (any OrderStep)? {
        guard let type, let step = types[type] else { return nil }
        return step.init(data: data)
    }
}

extension LedgerEvent {
    /// The order this event is about: an order step's, or the order a partner app acted on (or was refused).
    public var orderID: String? {
        if let step = OrderSteps.decode(kind, data) { return step.order }
        return payload(AppActivity.self)?.order ?? payload(AppCallRefused.self)?.order
    }
}
