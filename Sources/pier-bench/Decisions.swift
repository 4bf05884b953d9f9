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
    }
}
