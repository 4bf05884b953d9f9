/// `shop.activated`: Seller Center activated the shop with these warehouses.
public struct ShopActivated: LedgerPayload, Equatable {
    public static let type = LedgerEventType.shopActivated
    public var warehouses: [String]

    public init(warehouses: [String]) { self.warehouses = warehouses }

    /// One warehouse per region the seller sells in (`WH-US`).
    public init(regions: [Region]) { self.init(warehouses: regions.map { "WH-\($0.rawValue)" }) }

    public var data: [String: JSONValue] { ["warehouses": .array(warehouses.map(JSONValue.string))] }

    public init?(data: JSONValue) {
        guard let warehouses = data["warehouses"]?.arrayValue else { return nil }
        self.init(warehouses: warehouses.compactMap(\.stringValue))
    }
}
