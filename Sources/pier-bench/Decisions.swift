import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// `pier-bench decisions --db PATH`: decision latency alone, on a store already onboarded (a
/// 1M-SKU seller takes minutes to build; its decisions take milliseconds).
struct Decisions: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decisions", abstract: "Time clear, uphold, appeal and grant on an onboarded store.")

    @Option(help: "The store (a SQLite file from a run's work folder, or a postgres:// URL).") var db: String
    @Option(help: "The seller.") var seller = PierEngine.sellerID(Child.seller)
    @Option(help: "Flags per decision kind.") var count = 100
    @Flag(help: "Also time catalogue workbench fixes (one SKU, and a category rule over --rule-skus SKUs).") var fixes = false
    @Option(help: "The size of the merchant category the timed rule covers (the nearest one).") var ruleSkus = 10_000

    func run() throws {
        let engine = PierEngine(db: try StoreLocation.open(db), resources: try EngineResources.bundled(), operator: .pinned("bench"))
        let events = try engine.db.ledgerCount(seller: seller, filter: LedgerFilter())
        let skus = try engine.db.seller(seller)?.skuCount ?? 0
        let times = try DecisionLatency(engine: engine, seller: seller).measure(count: count)
        print("\(skus) SKUs, \(events) events: one flag per transaction")
        print(Bench.row(["decision", "n", "median ms", "p99 ms", "max ms"]))
        for kind in DecisionLatency.kinds {
            let s = times[kind] ?? Stats([])
            print(Bench.row([kind, String(s.values.count), Bench.f(s.median, 2), Bench.f(s.percentile(99), 2), Bench.f(s.max, 2)]))
        }
        guard fixes else { return }
        let f = try FixLatency(engine: engine, seller: seller).measure(count: 50, ruleSKUs: ruleSkus)
        print("catalogue fixes: each its own transaction with its incremental publish")
        print(Bench.row(["fix", "SKUs", "median ms", "p99 ms", "max ms"]))
        print(Bench.row(["first fix", "1", Bench.f(f.first, 2), "", ""]))
        print(Bench.row(["one SKU", "1", Bench.f(f.oneSKU.median, 2), Bench.f(f.oneSKU.percentile(99), 2), Bench.f(f.oneSKU.max, 2)]))
        print(Bench.row(["rule", String(f.ruleSKUs), Bench.f(f.ruleMillis, 1), "", ""]))
        print("rule over \(f.category): \(f.rulePublished) published")
    }
}
