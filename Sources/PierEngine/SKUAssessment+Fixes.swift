import PierCore

extension SKUAssessment {
    /// This assessment with a person's fixes applied: their attribute values fill or replace the
    /// data's, their category replaces the map's (its required attributes still checked), and an
    /// eligibility call either makes the SKU not eligible or classifies it without the
    /// eligibility phrases. Moderation reads the product again when a person's values changed
    /// its attributes (a brand can name what a rule stops). `buyer` is the store's buyer, as at onboarding.
    func fixed(_ effect: FixEffect, item: CatalogItem, mapper: TaxonomyMapper, moderator: Moderator, buyer: Audience?) -> SKUAssessment {
        guard !effect.isEmpty else { return self }
        var attrs = attributes
        var filled = self.filled
        for (name, value) in effect.attributes {
            attrs[name] = value
            filled[name] = "fix"
        }
        let result: Classification
        if let call = effect.eligibility, !call.eligible {
            result = Classification(
                result: .notEligible(reason: "marked not eligible by a person (fix #\(call.fix)): \(call.reason)"), source: .fix,
                candidates: classification.candidates)
        } else if case .notEligible = classification.result, effect.eligibility == nil {
            // A category does not make a service or a voucher eligible: that is an eligibility call, ops only.
            result = classification
        } else if let chosen = effect.category {
            result = Classification(
                result: mapper.resolveChosen(chosen.id, attributes: attrs), source: .fix, candidates: classification.candidates)
        } else {
            let text = CategoryClassifier.Input(
                title: item.productTitle, productType: item.productType, tags: item.tags, vendor: item.attributes["brand"] ?? "", body: plain)
            result = mapper.classify(text, source: item.category, attributes: attrs, checkEligibility: effect.eligibility == nil, buyer: buyer)
        }
        let moderated =
            effect.attributes.isEmpty
            ? moderation
            : moderator.moderate(
                ModerationInput(
                    title: item.title, description: plain, tags: item.tags, attributes: attrs, category: item.category.text,
                    typed: effect.attributes, listedUnder: result.result.category?.path ?? "",
                    branchRule: mapper.prohibitingRule(item.category)))
        return SKUAssessment(plain: plain, classification: result, moderation: moderated, filled: filled, attributes: attrs)
    }
}
