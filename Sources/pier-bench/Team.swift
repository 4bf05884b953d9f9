import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// `pier-bench team --db STORE`: a partner-ops team under load. N reviewer processes claim,
/// decide and appeal flags of one seller on one store for S seconds; then the ledger is checked:
/// every acknowledged action is in it once (none lost, none doubled), every chain verifies,
/// the derived tables equal a full replay. Prints decision latency p50 and p99.
struct Team: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team", abstract: "Concurrent reviewer processes on one store (SQLite file or postgres:// URL): lost, doubled, latency.")

    @Option(help: "The store: a SQLite file or a postgres:// URL (a seller is onboarded into it when missing).") var db: String
    @Option(help: "Reviewer processes.") var reviewers = 8
    @Option(help: "Seconds each reviewer works.") var seconds = 60.0
    @Option(help: "SKUs of the synthetic seller onboarded when the store has none.") var skus = 50_000
    @Option(help: "Seed of the synthetic seller and of the reviewers' choices.") var seed: UInt64 = 1
    @Option(help: "Working folder for the CSV.") var work = NSTemporaryDirectory() + "pier-bench"

    static let sellerName = "Team Bench"

    func validate() throws {
        guard (1...64).contains(reviewers) else { throw ValidationError("--reviewers must be 1…64") }
        guard seconds > 0, seconds <= 3_600 else { throw ValidationError("--seconds must be 0…3600") }
    }

    func run() throws {
        let seller = PierEngine.sellerID(Self.sellerName)
        let engine = PierEngine(db: try StoreLocation.open(db), resources: try EngineResources.bundled(), operator: .pinned("bench"))
        if try engine.db.seller(seller)?.status != .onboarded {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let csv = "\(work)/team-\(skus)-seed\(seed).csv"
            _ = try SyntheticSeller(skus: skus, seed: seed).writeShopifyCSV(to: csv)
            let start = Date()
            _ = try engine.importCatalogue(platform: .shopify, file: csv, seller: Self.sellerName, region: .us, currency: "USD")
            _ = try engine.onboard(seller: seller, tier: .premium, apps: ["shipstation", "yotpo"], seed: seed)
            print("onboarded \(seller): \(skus) SKUs in \(Bench.f(Date().timeIntervalSince(start), 1)) s")
        }
        let open = try engine.db.flags(seller: seller, state: .open).count
        let before = try Self.counts(engine.db, seller: seller)
        print("team: \(reviewers) reviewer processes × \(Bench.f(seconds, 0)) s on \(engine.db.location) (\(seller): \(open) open flags)")

        let me = CommandLine.arguments[0]
        let workers = (0..<reviewers).map { n in
            Worker(name: "reviewer-\(n)") { () -> Result<Spawn.Outcome, Spawn.Failure> in
                do throws(Spawn.Failure) {
                    return .success(
                        try Spawn.run([
                            me, "reviewer", "--db", db, "--seller", seller, "--name", "reviewer\(n + 1)", "--seconds", String(seconds),
                            "--seed", String(seed &+ UInt64(n)),
                        ]))
                } catch {
                    return .failure(error)
                }
            }
        }
        var acknowledged = [String: Int]()
        var micros = [Double]()
        var refused = 0
        var locked = 0
        var failures = [String]()
        print(Bench.row(["reviewer", "decisions", "appeals", "appeal decisions", "refused", "errors"]))
        for (n, worker) in workers.enumerated() {
            let outcome = try worker.join().get()
            let line = outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let parsed: JSONValue? = try? JSONParser.parse(line)
            guard outcome.status == 0, let j = parsed else {
                throw Spawn.Failure(description: "reviewer \(n + 1) exited \(outcome.status): \(outcome.stdout.prefix(300))")
            }
            let ack = j["acknowledged"]?.objectValue?.mapValues { Int($0.intValue ?? 0) } ?? [:]
            for (k, v) in ack { acknowledged[k, default: 0] += v }
            micros += (j["micros"]?.arrayValue ?? []).compactMap { $0.intValue.map { Double($0) / 1_000 } }
            refused += Int(j["refused"]?.intValue ?? 0)
            locked += Int(j["locked"]?.intValue ?? 0)
            let errors = (j["errors"]?.arrayValue ?? []).compactMap(\.stringValue)
            failures += errors
            let decisions = ack["clear", default: 0] + ack["uphold", default: 0] + ack["request_edit", default: 0]
            print(
                Bench.row([
                    "reviewer\(n + 1)", String(decisions), String(ack["appeal", default: 0]),
                    String(ack["appeal_grant", default: 0] + ack["appeal_deny", default: 0]), String(Int(j["refused"]?.intValue ?? 0)),
                    String(errors.count),
                ]))
        }

        let after = try Self.counts(engine.db, seller: seller)
        let want = [
            LedgerEventType.flagDecided: acknowledged["clear", default: 0] + acknowledged["uphold", default: 0] + acknowledged["request_edit", default: 0],
            .appealFiled: acknowledged["appeal", default: 0],
            .appealDecided: acknowledged["appeal_grant", default: 0] + acknowledged["appeal_deny", default: 0],
        ]
        var lost = 0
        var extra = 0
        for (type, n) in want {
            let gained = (after[type] ?? 0) - (before[type] ?? 0)
            lost += max(0, n - gained)
            extra += max(0, gained - n)
        }
        let doubled = try Self.invalidTransitions(engine.db, seller: seller)
        let report = try engine.db.verifyLedger(seller: seller)
        let differences = try engine.replay(seller: seller).differences
        let s = Stats(micros)
        let total = want.values.reduce(0, +)
        print(
            "acknowledged \(total) actions (\(want[.flagDecided] ?? 0) decisions, \(want[.appealFiled] ?? 0) appeals, "
                + "\(want[.appealDecided] ?? 0) appeal decisions), \(refused) refused as already taken")
        print("lost \(lost) · doubled \(doubled + extra) · \"database is locked\" surfaced \(locked) · other errors \(failures.count - locked)")
        for f in Set(failures).sorted().prefix(5) { print("  error: \(f.prefix(200))") }
        print("decision latency: p50 \(Bench.f(s.median, 2)) ms · p99 \(Bench.f(s.percentile(99), 2)) ms · max \(Bench.f(s.max, 2)) ms over \(s.values.count)")
        print("throughput: \(Bench.rate(total, seconds)) actions/s")
        print(
            "chain: \(report.events) events, \(report.problem.map { "BROKEN: \($0)" } ?? "verifies"); replay: \(differences.isEmpty ? "derived state equals a full replay" : "\(differences.count) differences")"
        )
        if lost + doubled + extra > 0 || report.problem != nil || !differences.isEmpty || locked > 0 {
            throw ExitCode(1)
        }
    }

    /// A seller's decision and appeal events, by type.
    static func counts(_ db: any Store, seller: String) throws -> [LedgerEventType: Int] {
        var out = [LedgerEventType: Int]()
        for type in [LedgerEventType.flagDecided, .appealFiled, .appealDecided] {
            out[type] = try db.ledgerCount(seller: seller, filter: LedgerFilter(typePrefix: type.rawValue))
        }
        return out
    }

    /// Decisions the ledger holds that their flag's state at the time did not allow: a flag
    /// decided twice from open, an appeal filed twice, an appeal decided twice.
    static func invalidTransitions(_ db: any Store, seller: String) throws -> Int {
        try db.read { s in
            var state = [Int64: FlagState]()
            var invalid = 0
            let types: [LedgerEventType] = [.flagRaised, .flagDecided, .flagWithdrawn, .appealFiled, .appealDecided]
            try s.forEachEvent(seller: seller, types: types.map(\.rawValue)) { e in
                guard let id = e.data["flag"]?.intValue else { return }
                switch LedgerEventType(rawValue: e.type) {
                case .flagRaised?: state[id] = e.data["severity"]?.stringValue == "warn" ? .noted : .open
                case .flagDecided?:
                    if state[id] != .open && state[id] != .editRequested { invalid += 1 }
                    switch e.data["decision"]?.stringValue {
                    case FlagDecision.clear.rawValue: state[id] = .cleared
                    case FlagDecision.uphold.rawValue: state[id] = .upheld
                    default: state[id] = .editRequested
                    }
                case .flagWithdrawn?: state[id] = .withdrawn
                case .appealFiled?:
                    if state[id] != .upheld { invalid += 1 }
                    state[id] = .appealed
                case .appealDecided?:
                    if state[id] != .appealed { invalid += 1 }
                    state[id] = .upheld
                default: break
                }
            }
            return invalid
        }
    }
}
