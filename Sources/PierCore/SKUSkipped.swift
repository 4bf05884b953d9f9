/// `sku.skipped`: a SKU of the catalogue was not imported (a duplicate code), and why.
public struct SKUSkipped: LedgerPayload, Equatable {
    public static let type = LedgerEventType.skuSkipped
    public var reason: String
    /// The merchant's product the SKU belonged to.
    public var product: String

    public init(reason: String, product: String) {
        self.reason = reason
        self.product = product
    }

    /// A SKU whose code an earlier SKU of the catalogue already had.
    public static func duplicate(product: String) -> SKUSkipped {
        SKUSkipped(reason: "duplicate SKU: a SKU with this code was already imported", product: product)
    }

    public var data: [String: JSONValue] { ["reason": .string(reason), "product": .string(product)] }

    public init?(data: JSONValue) {
        guard let reason = data["reason"]?.stringValue else { return nil }
        self.init(reason: reason, product: data["product"]?.stringValue ?? "")
    }
}
