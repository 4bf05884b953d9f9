import PierCore

/// What every importer needs: the mapper and moderator the summary reports with, and the
/// currency and region the file's prices and stock are in.
public struct ImportContext: Sendable {
    public let mapper: TaxonomyMapper
    public let moderator: Moderator
    public let currency: String
    public let region: Region

    public init(mapper: TaxonomyMapper, moderator: Moderator, currency: String, region: Region) {
        self.mapper = mapper
        self.moderator = moderator
        self.currency = currency
        self.region = region
    }

    public init(resources: EngineResources, currency: String, region: Region) {
        self.init(mapper: TaxonomyMapper(mapping: resources.mapping), moderator: Moderator(pack: resources.rules), currency: currency, region: region)
    }

    /// Counts a kept SKU in the report: whether its category maps, and what moderation would say.
    func account(_ item: CatalogItem, into report: inout ImportReport) {
        account([item], into: &report)
    }

    /// Each SKU's category decision for one product, exactly as onboarding makes it (eligibility,
    /// attributes from the data, the merchant's map or the product's words, moderation).
    public func decisions(_ doc: [CatalogItem]) -> [Classification] {
        SKUAssessment.assess(doc, mapper: mapper, moderator: moderator).map(\.classification)
    }

    /// Counts a product's kept SKUs for the import's summary: the merchant's map, eligibility and
    /// moderation (a product its own words will place is decided at onboarding).
    func account(_ doc: [CatalogItem], into report: inout ImportReport) {
        for (item, assessed) in zip(doc, SKUAssessment.assess(doc, mapper: mapper, moderator: moderator, readText: false)) {
            count(item, assessed, into: &report)
        }
    }

    private func count(_ item: CatalogItem, _ assessed: SKUAssessment, into report: inout ImportReport) {
        report.skus += 1
        if let reason = assessed.mapping.reason { report.unmap((item.sku, reason)) }
        for f in assessed.moderation.flags where f.severity != .warn { report.flagsByRule[f.ruleID, default: 0] += 1 }
        if assessed.moderation.outcome != .pass { report.flaggedSKUs += 1 }
    }
}

/// SKUs grouped into products (documents) in the order products first appear.
struct ProductGroups {
    private(set) var documents: [[CatalogItem]] = []
    private var index: [String: Int] = [:]

    /// Adds an item to its product; true when the product is new.
    @discardableResult
    mutating func add(_ item: CatalogItem) -> Bool {
        if let i = index[item.productID] {
            documents[i].append(item)
            return false
        }
        index[item.productID] = documents.count
        documents.append([item])
        return true
    }
}
