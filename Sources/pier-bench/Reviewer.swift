import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// One reviewer of `pier-bench team`, in a process of its own: claims open flags and decides
/// them, files and decides appeals, until the time is up or nothing is left to do. Prints one
/// JSON line: what was acknowledged (committed), refused, and failed, and each decision's time.
struct Reviewer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewer", abstract: "One reviewer process (used by pier-bench team).", shouldDisplay: false)

    @Option var db: String
    /// One seller's id, or `*` for the queue of every seller.
    @Option var seller: String
    @Option var name: String
    @Option var seconds: Double
    @Option var seed: UInt64

    func run() throws {
        let engine = PierEngine(db: try StoreLocation.open(db), resources: try EngineResources.bundled(), operator: try Operator(name: name))
        var rng = SeededRandom(seed: seed, stream: name)
        var acknowledged = [String: Int]()
        var refused = 0
        var locked = 0
        var errors = [String]()
        var micros = [Int64]()
        let deadline = Date().addingTimeInterval(seconds)
        func timed(_ kind: String, _ body: () throws -> Void) {
            let start = StageClock.now()
            do {
                try body()
                micros.append(Int64((StageClock.now() - start) / 1_000))
                acknowledged[kind, default: 0] += 1
            } catch let e as OnboardingError {
                if case .refused = e { refused += 1 } else { note(e.description) }
            } catch {
                note("\(error)")
            }
        }
        func note(_ message: String) {
            if message.contains("locked") { locked += 1 }
            if errors.count < 20 { errors.append(message) }
        }
        let only: String? = seller == "*" ? nil : seller
        var idle = 0
        var round = 0
        while Date() < deadline, idle < 3 {
            round += 1
            var batch = [FlagRecord]()
            do { batch = try engine.claimFlags(seller: only, count: 5) } catch { note(error.description) }
            for flag in batch where Date() < deadline {
                let decision: FlagDecision = rng.chance(0.45) ? .clear : (rng.chance(0.85) ? .uphold : .requestEdit)
                timed(decision.rawValue) { try engine.decide(seller: flag.sellerID, flags: [flag.id], decision: decision) }
            }
            var appealWork = false
            if batch.isEmpty || round % 3 == 0 {
                let flags = (try? engine.db.flags(seller: only)) ?? []
                if let upheld = flags.filter({ $0.state == .upheld && $0.appeals < PierEngine.maxAppeals }).randomElement(using: &rng) {
                    appealWork = true
                    timed("appeal") {
                        try engine.fileAppeal(seller: upheld.sellerID, flag: upheld.id, statement: "lab report attached", evidence: "r.pdf")
                    }
                }
                if let appealed = flags.filter({ $0.state == .appealed }).randomElement(using: &rng) {
                    appealWork = true
                    let d: AppealDecision = rng.chance(0.5) ? .grant : .deny
                    timed("appeal_\(d.rawValue)") { try engine.decideAppeal(seller: appealed.sellerID, flag: appealed.id, decision: d) }
                }
            }
            idle = batch.isEmpty && !appealWork ? idle + 1 : 0
        }
        _ = try? engine.releaseClaims(seller: only)
        let fields: [String: JSONValue] = [
            "acknowledged": .object(acknowledged.mapValues { .number($0) }), "refused": .number(refused), "locked": .number(locked),
            "errors": .array(errors.map(JSONValue.string)), "micros": .array(micros.map(JSONValue.int)),
        ]
        print(JSONValue.object(fields).canonical)
    }
}
