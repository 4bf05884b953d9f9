import PierCore

/// The ledger payloads of a SKU's way through the catalogue pipeline, written the same by the
/// onboarding sync and by a merchant-side re-import, so a replay reads them one way.
enum SKUEvents {
    /// `sku.imported`: the merchant's product as Pier read it.
    static func imported(_ item: CatalogItem, plain: String) -> SKUImported {
        SKUImported(
            product: item.productID, title: item.title, description: plain, tags: item.tags, category: item.category.label,
            attributes: item.attributes, priceMinor: item.price.minorUnits, currency: item.price.currency, inventory: item.inventory,
            images: item.imageCount, productType: item.productType)
    }

    /// `sku.unmapped`: why the SKU has no TikTok category, who decided, and the best candidates;
    /// the fix that caused it and the live listing it took down, if any.
    static func unmapped(_ work: SKUAssessment, takenDown: String? = nil, fix: Int64? = nil) -> SKUUnmapped {
        let mapping = work.mapping
        return SKUUnmapped(
            reason: mapping.reason ?? "unmapped", categoryID: mapping.category?.id, kind: mapping.kind,
            decidedBy: work.classification.source.rawValue,
            candidates: work.classification.candidates.filter { $0.id > 0 }.map {
                SKUUnmapped.Candidate(id: $0.id, score: String($0.score), words: $0.words)
            }, takenDown: takenDown, fix: fix)
    }

    /// `sku.mapped`: the TikTok leaf, and the package the create request carries (weight in
    /// grams, dimensions in centimetres, and whether they are the export's or the default parcel's).
    static func mapped(_ category: TikTokCategory, parcel: Parcel, fix: Int64? = nil) -> SKUMapped {
        SKUMapped(category, parcel: parcel, fix: fix)
    }

    /// `flag.raised`: one rule's match, with the pack it came from.
    static func flag(_ id: Int64, _ f: ModerationFlag, rules: RulePack) -> FlagRaised {
        FlagRaised(
            flag: id, rule: f.ruleID, ruleCategory: rules.rule(f.ruleID)?.category ?? "", severity: f.severity, field: f.field,
            matched: f.matched, start: f.start, end: f.end, rulePack: rules.version)
    }
}
