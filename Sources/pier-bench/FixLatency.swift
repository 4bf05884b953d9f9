import PierCore
import PierEngine
import PierStore

/// Times catalogue workbench fixes on an onboarded seller, each its own transaction as the
/// console applies them: a property filled on one live SKU (mapped again and edited on TikTok
/// Shop), and a category rule over the merchant category nearest `ruleSKUs` SKUs, moved to
/// another leaf so every SKU it touches is mapped again and published.
struct FixLatency {
    let engine: PierEngine
    let seller: String

    struct Result {
        /// The engine's first fix, which builds the category map and the moderator once.
        let first: Double
        /// Every fix after it.
        let oneSKU: Stats
        let ruleMillis: Double
        let ruleSKUs: Int
        let rulePublished: Int
        let category: String
    }

    func measure(count: Int, ruleSKUs: Int) throws -> Result {
        let listings = try engine.db.listings(seller: seller)
        let live = listings.filter { $0.status == .live }
        var one = [Double]()
        // Values no earlier run on this store set, so every fix changes something.
        let round = try engine.fixes(seller: seller).count
        for (i, l) in live.prefix(count).enumerated() {
            let t = StageClock.now()
            _ = try engine.applyFix(seller: seller, target: .skus([l.sku]), change: .attribute(name: "colour", value: "Bench \(round)-\(i)"))
            one.append(Double(StageClock.now() - t) / 1e6)
        }
        var bySource = [String: (count: Int, leaves: [Int64: Int])]()
        for l in listings where l.status == .live {
            bySource[l.sourceCategory, default: (0, [:])].count += 1
            if let c = l.tiktokCategoryID { bySource[l.sourceCategory, default: (0, [:])].leaves[c, default: 0] += 1 }
        }
        guard let (source, info) = bySource.min(by: { abs($0.value.count - ruleSKUs) < abs($1.value.count - ruleSKUs) }) else {
            return Result(first: one.first ?? 0, oneSKU: Stats(Array(one.dropFirst())), ruleMillis: 0, ruleSKUs: 0, rulePublished: 0, category: "")
        }
        let used = Set(info.leaves.keys)
        let leaf = engine.resources.mapping.categories.first { !used.contains($0.id) && $0.requiredAttributes.allSatisfy { $0 == "brand" } }
        guard let leaf else {
            return Result(first: one.first ?? 0, oneSKU: Stats(Array(one.dropFirst())), ruleMillis: 0, ruleSKUs: 0, rulePublished: 0, category: source)
        }
        let t = StageClock.now()
        let outcome = try engine.applyFix(seller: seller, target: .sourceCategory(source), change: .category(leaf.id))
        let ms = Double(StageClock.now() - t) / 1e6
        return Result(
            first: one.first ?? 0, oneSKU: Stats(Array(one.dropFirst())), ruleMillis: ms, ruleSKUs: outcome.matched, rulePublished: outcome.published,
            category: source)
    }
}
