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
    @Option(help: "SKUs onboarded when the store has none, shared among the sellers.") var skus = 50_000
    @Option(help: "Sellers the SKUs are shared among: 1 puts every reviewer on one seller's lock; more spread the queue.") var sellers = 1
    @Option(help: "Seed of the synthetic seller and of the reviewers' choices.") var seed: UInt64 = 1
    @Option(help: "Working folder for the CSV.") var work = NSTemporaryDirectory() + "pier-bench"

    static let sellerName = "Team Bench"

    /// The i-th seller's name (the first is `Team Bench`, as with one seller).
    static func name(_ i: Int) -> String { i == 0 ? sellerName : "\(sellerName) \(i + 1)" }

    func validate() throws {
        guard (1...64).contains(reviewers) else { throw ValidationError("--reviewers must be 1…64") }
        guard seconds > 0, seconds <= 3_600 else { throw ValidationError("--seconds must be 0…3600") }
        guard (1...1_000).contains(sellers), skus / sellers >= 100 else { throw ValidationError("--sellers 1…1000, with at least 100 SKUs each") }
    }

    func run() throws {
        let ids = (0..<sellers).map { PierEngine.sellerID(Self.name($0)) }
        let seller = sellers == 1 ? ids[0] : "*"
        let engine = PierEngine(db: try StoreLocation.open(db), resources: try EngineResources.bundled(), operator: .pinned("bench"))
        let each = skus / sellers
        for (i, id) in ids.enumerated() where try engine.db.seller(id)?.status != .onboarded {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let csv = "\(work)/team-\(each)-seed\(seed &+ UInt64(i)).csv"
            _ = try SyntheticSeller(skus: each, seed: seed &+ UInt64(i)).writeShopifyCSV(to: csv)
            let start = Date()
            _ = try engine.importCatalogue(platform: .shopify, file: csv, seller: Self.name(i), region: .us, currency: "USD")
            _ = try engine.onboard(seller: id, tier: .premium, apps: ["shipstation", "yotpo"], seed: seed)
            print("onboarded \(id): \(each) SKUs in \(Bench.f(Date().timeIntervalSince(start), 1)) s")
        }
        var open = 0
        for id in ids { open += try engine.db.flags(seller: id, state: .open).count }
        let before = try Self.counts(engine.db, sellers: ids)
        print(
            "team: \(reviewers) reviewer processes × \(Bench.f(seconds, 0)) s on \(engine.db.location) "
                + "(\(sellers == 1 ? ids[0] : "\(sellers) sellers"): \(open) open flags)")

        let me = CommandLine.arguments[0]
        let started = Date()
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

        let elapsed = Date().timeIntervalSince(started)
        let after = try Self.counts(engine.db, sellers: ids)
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
        var doubled = 0
        var events: Int64 = 0
        var broken = [String]()
        var differences = [String]()
        for id in ids {
            doubled += try Self.invalidTransitions(engine.db, seller: id)
            let report = try engine.db.verifyLedger(seller: id)
            events += report.events
            if let problem = report.problem { broken.append("\(id): \(problem)") }
            differences += try engine.replay(seller: id).differences.map { "\(id): \($0)" }
        }
        let s = Stats(micros)
        let total = want.values.reduce(0, +)
        print(
            "acknowledged \(total) actions (\(want[.flagDecided] ?? 0) decisions, \(want[.appealFiled] ?? 0) appeals, "
                + "\(want[.appealDecided] ?? 0) appeal decisions), \(refused) refused as already taken")
        print("lost \(lost) · doubled \(doubled + extra) · \"database is locked\" surfaced \(locked) · other errors \(failures.count - locked)")
        for f in Set(failures).sorted().prefix(5) { print("  error: \(f.prefix(200))") }
        print("decision latency: p50 \(Bench.f(s.median, 2)) ms · p99 \(Bench.f(s.percentile(99), 2)) ms · max \(Bench.f(s.max, 2)) ms over \(s.values.count)")
        print(
            "throughput: \(Bench.rate(total, elapsed)) actions/s over \(Bench.f(elapsed, 1)) s"
                + (elapsed < seconds - 1 ? " (the queue was empty before the time was up)" : ""))
        print(
            "chains: \(events) events, \(broken.isEmpty ? "every one verifies" : "BROKEN: \(broken.joined(separator: "; "))"); replay: "
                + (differences.isEmpty ? "derived state equals a full replay" : "\(differences.count) differences"))
        if lost + doubled + extra > 0 || !broken.isEmpty || !differences.isEmpty || locked > 0 {
            throw ExitCode(1)
        }
    }

    /// The sellers' decision and appeal events, by type.
    static func counts(_ db: any Store, sellers: [String]) throws -> [LedgerEventType: Int] {
        var out = [LedgerEventType: Int]()
        for seller in sellers {
            for type in [LedgerEventType.flagDecided, .appealFiled, .appealDecided] {
                out[type, default: 0] += try db.ledgerCount(seller: seller, filter: LedgerFilter(typePrefix: type.rawValue))
            }
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
                case .flagRaised?: state[id] = e.payload(FlagRaised.self)?.state ?? .open
                case .flagDecided?:
                    if state[id] != .open && state[id] != .editRequested { invalid += 1 }
                    state[id] = e.payload(FlagDecided.self)?.decision.state ?? .editRequested
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
