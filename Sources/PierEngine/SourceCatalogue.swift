import PierCore

/// A catalogue ready to sync: normalised SKUs grouped as their source documents (a product
/// and its variants), from a generated archetype or an imported file.
public struct SourceCatalogue: Sendable {
    public let platform: SourcePlatform
    public let documents: [[CatalogItem]]
    /// Units per day each SKU sells through the merchant's other channels (1 when unknown).
    public let salesVelocity: [String: Double]

    public init(platform: SourcePlatform, documents: [[CatalogItem]], salesVelocity: [String: Double] = [:]) {
        self.platform = platform
        self.documents = documents
        self.salesVelocity = salesVelocity
    }

    /// Normalises a merchant's platform-shaped catalogue.
    public init(_ merchant: MerchantCatalogue) {
        self.init(platform: merchant.platform, documents: SourceNormalizer.itemsPerDocument(merchant), salesVelocity: merchant.salesVelocity)
    }
}
