import PierCore

/// What a seller's standing fixes say of one SKU: the later fix wins where two set the same thing.
struct FixEffect: Sendable, Equatable {
    /// The TikTok leaf a person chose, and the fix that chose it.
    var category: (id: Int64, fix: Int64)?
    /// Attribute values people filled in.
    var attributes: [String: String] = [:]
    /// An eligibility call against the engine's, with its reason and fix.
    var eligibility: (eligible: Bool, reason: String, fix: Int64)?
    /// Every fix that touched the SKU, in order.
    var fixes: [Int64] = []

    var isEmpty: Bool { fixes.isEmpty }

    /// The effect of `fixes` (active ones, in id order) on `item`.
    init(_ fixes: [CatalogueFix], on item: CatalogItem) {
        for fix in fixes where fix.isActive && fix.target.matches(item) {
            self.fixes.append(fix.id)
            switch fix.change {
            case .category(let id): category = (id, fix.id)
            case .attribute(let name, let value): attributes[name] = value
            case .eligibility(let eligible): eligibility = (eligible, fix.reason ?? "", fix.id)
            }
        }
    }

    /// Whether two effects set the same things, whichever fixes set them.
    func setsTheSame(as other: FixEffect) -> Bool {
        category?.id == other.category?.id && attributes == other.attributes && eligibility?.eligible == other.eligibility?.eligible
    }

    static func == (a: FixEffect, b: FixEffect) -> Bool {
        a.category?.id == b.category?.id && a.category?.fix == b.category?.fix && a.attributes == b.attributes
            && a.eligibility?.eligible == b.eligibility?.eligible && a.eligibility?.fix == b.eligibility?.fix && a.fixes == b.fixes
    }
}
