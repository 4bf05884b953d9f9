import PierCore
import PierEngine
import PierStore

/// Times reviewer decisions one at a time on an onboarded seller, each its own transaction as
/// the console makes them: clear, uphold, file an appeal on the upheld flag, grant it.
struct DecisionLatency {
    let engine: PierEngine
    let seller: String

    static let kinds = ["clear", "uphold", "appeal", "grant"]

    /// Milliseconds per decision, by kind, over `count` flags each (fewer when the seller has
    /// fewer open flags).
    func measure(count: Int) throws -> [String: Stats] {
        let open = try engine.db.flags(seller: seller, state: .open).map(\.id)
        let n = min(count, open.count / 2)
        var times = [String: [Double]]()
        func time(_ kind: String, _ body: () throws -> Void) rethrows {
            let t = StageClock.now()
            try body()
            times[kind, default: []].append(Double(StageClock.now() - t) / 1e6)
        }
        for id in open.prefix(n) {
            try time("clear") { try engine.decide(seller: seller, flags: [id], decision: .clear) }
        }
        for id in open.dropFirst(n).prefix(n) {
            try time("uphold") { try engine.decide(seller: seller, flags: [id], decision: .uphold) }
            try time("appeal") { try engine.fileAppeal(seller: seller, flag: id, statement: "lab report attached", evidence: "report.pdf") }
            try time("grant") { try engine.decideAppeal(seller: seller, flag: id, decision: .grant) }
        }
        return times.mapValues(Stats.init)
    }
}
