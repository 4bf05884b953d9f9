/// `order.created`: Pier learned of a buyer's order on TikTok Shop.
public struct OrderCreated: LedgerPayload, Equatable {
    public static let type = LedgerEventType.orderCreated
    public var order: String
    public var region: Region
    public var quantity: Int
    public var amountMinor: Int64
    public var status: String
    public var placedAt: Int64

    public init(order: String, region: Region, quantity: Int, amountMinor: Int64, status: String, placedAt: Int64) {
        self.order = order
        self.region = region
        self.quantity = quantity
        self.amountMinor = amountMinor
        self.status = status
        self.placedAt = placedAt
    }

    public var data: [String: JSONValue] {
        [
            "order": .string(order), "region": .string(region.rawValue), "quantity": .number(quantity), "amount_minor": .int(amountMinor),
            "status": .string(status), "placed_at": .int(placedAt),
        ]
    }

    public init?(data: JSONValue) {
        guard let order = data["order"]?.stringValue, let region = data["region"]?.stringValue.flatMap(Region.init(rawValue:)),
            let quantity = data["quantity"]?.intValue.map(Int.init), let amountMinor = data["amount_minor"]?.intValue,
            let status = data["status"]?.stringValue, let placedAt = data["placed_at"]?.intValue
        else { return nil }
        self.init(order: order, region: region, quantity: quantity, amountMinor: amountMinor, status: status, placedAt: placedAt)
    }
}
