import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// One measured run in a process of its own (so its peak memory is its own): the end-to-end
/// onboarding of a CSV, or the streamed import alone. Prints one JSON line for the parent.
struct Child: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "child", abstract: "One measured run (used by pier-bench itself).",
        shouldDisplay: false)

    @Argument(help: "e2e or import") var mode: String
    @Option var csv: String
    @Option var db: String
    @Option var seed: UInt64 = 1

    static let seller = "Bench Seller"

    func run() throws {
        let resources = try EngineResources.bundled()
        let engine = PierEngine(db: try PierDatabase(path: db), resources: resources, operator: .pinned("bench"))
        let start = StageClock.now()
        var clock = StageClock()
        let report = try clock.time("import") {
            try engine.importCatalogue(platform: .shopify, file: csv, seller: Self.seller, region: .us, currency: "USD")
        }
        var fields: [String: JSONValue] = ["products": .number(report.products), "skus": .number(report.skus)]
        if mode == "e2e" {
            let (onboarded, stages) = try engine.onboardTimed(
                seller: PierEngine.sellerID(Self.seller), tier: .premium,
                apps: ["shipstation", "yotpo"], seed: seed)
            clock.merge(stages)
            fields["events"] = .int(onboarded.ledgerEvents)
            fields["flagged_bp"] = .int(onboarded.metrics.flaggedBP)
            fields["coverage_bp"] = .int(onboarded.metrics.coverageBP)
            fields["head"] = .string(onboarded.ledgerHead)
        }
        fields["wall_ns"] = .int(Int64(StageClock.now() - start))
        fields["peak_rss_kb"] = .int(Self.peakRSSKB())
        fields["stages"] = .object(Dictionary(uniqueKeysWithValues: clock.order.map { ($0, JSONValue.int(Int64(clock.nanos[$0] ?? 0))) }))
        print(JSONValue.object(fields).canonical)
    }

    /// This process's own peak resident set (VmHWM). `wait4`'s figure is not used: a child
    /// started by posix_spawn shares the parent's pages until it execs, so it can report the
    /// parent's size.
    static func peakRSSKB() -> Int64 {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int64(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "") ?? 0
    }
}
