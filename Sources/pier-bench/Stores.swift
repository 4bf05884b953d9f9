import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// `pier-bench stores --postgres URL`: many sellers onboarded into each store, side by side:
/// a fresh SQLite file and a fresh database on the PostgreSQL server the URL names.
struct Stores: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stores", abstract: "Onboard many sellers into SQLite and into PostgreSQL: throughput and verify time side by side.")

    @Option(help: "A PostgreSQL server's URL (a database is created on it for the run, and dropped after).") var postgres: String
    @Option(help: "Sellers onboarded into each store.") var sellers = 1_000
    @Option(help: "SKUs of each seller.") var skus = 1_000
    @Option(help: "Working folder for the CSV and the SQLite file.") var work = NSTemporaryDirectory() + "pier-bench"

    func validate() throws {
        guard (1...100_000).contains(sellers), (10...1_000_000).contains(skus) else { throw ValidationError("--sellers 1…100000, --skus 10…1000000") }
    }

    struct Measure {
        var onboard = 0.0
        var verify = 0.0
        var events: Int64 = 0
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let csv = "\(work)/stores-\(skus).csv"
        _ = try SyntheticSeller(skus: skus, seed: 1).writeShopifyCSV(to: csv)
        let sqlitePath = "\(work)/stores.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) }
        let server = try PostgresAddress(url: postgres)
        let name = "pier_bench_stores_\(getpid())"
        try PostgresStore.createDatabase(name, server: server)
        defer { try? PostgresStore.dropDatabase(name, server: server) }
        var results = [(String, Measure)]()
        for (label, store) in [("SQLite", try PierDatabase(path: sqlitePath) as any Store), ("PostgreSQL", try PostgresStore(address: server.database(name)))] {
            let engine = PierEngine(db: store, resources: try EngineResources.bundled(), operator: .pinned("bench"))
            var m = Measure()
            let start = Date()
            for i in 1...sellers {
                let seller = String(format: "Stores Bench %05d", i)
                _ = try engine.importCatalogue(platform: .shopify, file: csv, seller: seller, region: .us, currency: "USD")
                let report = try engine.onboard(seller: PierEngine.sellerID(seller), tier: .standard, apps: ["yotpo"], seed: UInt64(i))
                m.events += report.ledgerEvents
                if i % max(1, sellers / 10) == 0 {
                    print("  \(label): \(i) sellers in \(Bench.f(Date().timeIntervalSince(start), 1)) s")
                }
            }
            m.onboard = Date().timeIntervalSince(start)
            let verifyStart = Date()
            for id in try store.ledgerSellers() {
                let report = try store.verifyLedger(seller: id)
                if let problem = report.problem { throw ValidationError("\(label): \(id) does not verify: \(problem)") }
            }
            m.verify = Date().timeIntervalSince(verifyStart)
            results.append((label, m))
        }
        print("\(sellers) sellers × \(skus) SKUs into each store (import + onboard each, one after the other)")
        print(Bench.row(["store", "onboard s", "SKUs/s", "sellers/s", "events", "verify s", "events/s verified"]))
        for (label, m) in results {
            print(
                Bench.row([
                    label, Bench.f(m.onboard, 1), Bench.rate(sellers * skus, m.onboard), Bench.f(Double(sellers) / m.onboard, 2), String(m.events),
                    Bench.f(m.verify, 2), Bench.rate(Int(m.events), m.verify),
                ]))
        }
    }
}
