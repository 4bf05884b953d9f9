import PierCore

/// The ledger payloads of a SKU's way through the catalogue pipeline, written the same by the
/// onboarding sync and by a merchant-side re-import, so a replay reads them one way.
enum SKUEvents {
    /// `sku.imported`: the merchant's product as Pier read it.
    static func imported(_ item: CatalogItem, plain: String) -> JSONValue {
        [
            "product": .string(item.productID), "title": .string(item.title), "description": .string(plain),
            "tags": .array(item.tags.map(JSONValue.string)), "category": .string(item.category.label),
            "attributes": .object(item.attributes.mapValues(JSONValue.string)),
            "price": .int(item.price.minorUnits), "currency": .string(item.price.currency),
            "inventory": .object(Dictionary(uniqueKeysWithValues: item.inventory.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
            "images": .number(item.imageCount),
        ]
    }

    /// `sku.unmapped`: why the SKU has no TikTok category, who decided, and the best candidates.
    static func unmapped(_ work: SKUAssessment) -> JSONValue {
        let mapping = work.mapping
        return [
            "reason": .string(mapping.reason ?? "unmapped"), "category_id": mapping.category.map { .int($0.id) } ?? .null,
            "kind": .string(mapping.kind.rawValue), "decided_by": .string(work.classification.source.rawValue),
            "candidates": .array(
                work.classification.candidates.filter { $0.id > 0 }.map { c in
                    .object(["id": .int(c.id), "score": .string(String(c.score)), "words": .array(c.words.map(JSONValue.string))])
                }),
        ]
    }

    /// `sku.mapped`: the TikTok leaf, and the package the create request carries (weight in
    /// grams, dimensions in centimetres, and whether they are the export's or the default parcel's).
    static func mapped(_ category: TikTokCategory, parcel: Parcel) -> JSONValue {
        [
            "category_id": .int(category.id), "path": .string(category.path),
            "package": [
                "weight_g": .number(parcel.weightGrams), "dimensions_cm": .string(parcel.dimensionsText), "from": .string(parcel.sourceText),
            ],
        ]
    }

    /// `flag.raised`: one rule's match, with the pack it came from.
    static func flag(_ id: Int64, _ f: ModerationFlag, rules: RulePack) -> JSONValue {
        .object(
            FlagRaised(
                flag: id, rule: f.ruleID, ruleCategory: rules.rule(f.ruleID)?.category ?? "", severity: f.severity, field: f.field,
                matched: f.matched, start: f.start, end: f.end, rulePack: rules.version
            ).data)
    }
}
