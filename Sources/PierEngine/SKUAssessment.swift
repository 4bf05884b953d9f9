import PierCore

/// What Pier works out from one SKU alone: its description as plain text, the properties TikTok
/// asks for (filled from the data), its category (from the merchant's category or its own text)
/// and what moderation says of it. The import's summary and the sync both use it.
struct SKUAssessment: Sendable {
    let plain: String
    let classification: Classification
    let moderation: ModerationResult
    /// Properties taken from the data, and where each came from.
    let filled: [String: String]
    let attributes: [String: String]
    /// The package TikTok's create request carries: the export's weight and dimensions, else the default parcel's.
    var parcel: Parcel { Parcel(attributes: attributes) }

    var mapping: MappingResult { classification.result }

    init(plain: String, classification: Classification, moderation: ModerationResult, filled: [String: String], attributes: [String: String]) {
        self.plain = plain
        self.classification = classification
        self.moderation = moderation
        self.filled = filled
        self.attributes = attributes
    }

    init(_ item: CatalogItem, mapper: TaxonomyMapper, moderator: Moderator, buyer: Audience? = nil) {
        self.init(item, mapper: mapper, moderator: moderator, sibling: nil, readText: true, buyer: buyer)
    }

    /// Assesses a product's SKUs: variants that share the first one's description, tags and
    /// category share its plain text, its category decision and what its description said,
    /// so a product's text is read once however many variants it has.
    /// `readText: false` is the import's quick summary: the merchant's map and eligibility only.
    /// `buyer` is the store's buyer, for garments that name none.
    static func assess(
        _ doc: [CatalogItem], mapper: TaxonomyMapper, moderator: Moderator, readText: Bool = true, buyer: Audience? = nil
    ) -> [SKUAssessment] {
        guard let first = doc.first else { return [] }
        let lead = SKUAssessment(first, mapper: mapper, moderator: moderator, sibling: nil, readText: readText, buyer: buyer)
        var out = [lead]
        out.reserveCapacity(doc.count)
        for item in doc.dropFirst() {
            let same =
                item.descriptionHTML == first.descriptionHTML && item.tags == first.tags && item.category == first.category
                && item.productType == first.productType && item.attributes["brand"] == first.attributes["brand"]
            out.append(
                SKUAssessment(item, mapper: mapper, moderator: moderator, sibling: same ? (first, lead) : nil, readText: readText, buyer: buyer))
        }
        return out
    }

    private init(
        _ item: CatalogItem, mapper: TaxonomyMapper, moderator: Moderator, sibling: (item: CatalogItem, assessed: SKUAssessment)?,
        readText: Bool, buyer: Audience?
    ) {
        let vendor = item.attributes["brand"] ?? ""
        if let sibling {
            plain = sibling.assessed.plain
            var (attrs, filled) = AttributeExtractor.fill(item.attributes, title: readText ? item.title : "", body: "", vendor: vendor)
            for (key, source) in sibling.assessed.filled where source != "title" && (attrs[key] ?? "").isEmpty {
                attrs[key] = sibling.assessed.attributes[key]
                filled[key] = source
            }
            (attributes, self.filled) = (attrs, filled)
            classification = sibling.assessed.classification
        } else {
            plain = HTMLText.plain(item.descriptionHTML)
            // The import's quick summary takes nothing from the text: only the brand is required,
            // and sizes, materials and marks change nothing moderation or the map decide.
            (attributes, filled) = AttributeExtractor.fill(
                item.attributes, title: readText ? item.title : "", body: readText ? plain : "",
                vendor: vendor)
            let text = CategoryClassifier.Input(title: item.productTitle, productType: item.productType, tags: item.tags, vendor: vendor, body: plain)
            classification = mapper.classify(text, source: item.category, attributes: attributes, readText: readText, buyer: buyer)
        }
        moderation = moderator.moderate(
            ModerationInput(
                title: item.title, description: plain, tags: item.tags, attributes: attributes,
                category: item.category.text, listedUnder: classification.result.category?.path ?? "",
                branchRule: mapper.prohibitingRule(item.category)))
    }
}
