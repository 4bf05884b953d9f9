import PierCore

/// A merchant's catalogue as its own platform serves it: Shopify Admin API products, Amazon
/// SP-API listings items, or WooCommerce REST products (with their variations).
public struct MerchantCatalogue: Sendable {
    public let platform: SourcePlatform
    public let currency: String
    public let regions: [Region]
    /// One JSON document per source product, in the platform's own field names.
    public let products: [JSONValue]
    /// Units per day each SKU sells through the merchant's other channels.
    public let salesVelocity: [String: Double]

    public init(platform: SourcePlatform, currency: String, regions: [Region], products: [JSONValue], salesVelocity: [String: Double]) {
        self.platform = platform
        self.currency = currency
        self.regions = regions
        self.products = products
        self.salesVelocity = salesVelocity
    }
}
