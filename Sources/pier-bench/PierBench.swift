import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// `pier-bench`: a synthetic seller of N SKUs onboarded end to end, measured beside SQLite's
/// own `.import` of the same rows and `sha256sum` over the same ledger bytes.
@main
struct PierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pier-bench",
        abstract: "Measure Pier end to end on a synthetic seller, beside sqlite3 .import and sha256sum.",
        discussion: """
            Run it from a release build: swift run -c release pier-bench [--skus N] [--runs K]. \
            Each measured run is a process of its own (its peak memory is its own). The last lines \
            are for scripts: floor, ratio end-to-end/sqlite3-import, ratio ledger-verify/sha256sum, frame p99 ms, \
            decision p99 ms, peak rss MB.
            """,
        subcommands: [Run.self, Child.self, Decisions.self, Team.self, Reviewer.self, Stores.self],
        defaultSubcommand: Run.self
    )
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark (the default).")

    @Option(help: "SKUs of the synthetic seller.") var skus = 100_000
    @Option(help: "Measured runs per measurement (after one warm-up).") var runs = 3
    @Option(help: "Seed of the synthetic seller and the onboarding.") var seed: UInt64 = 1
    @Option(help: "Working folder for the CSVs and databases.") var work = NSTemporaryDirectory() + "pier-bench"
    @Option(help: "SKU counts for the scaling runs (comma-separated; empty to skip).") var scaling = "10000,100000,1000000"
    @Option(help: "Row counts for the streamed-import memory runs (comma-separated; empty to skip).") var stream = "10000,100000,1000000"
    @Option(help: "Frames per console measurement.") var frames = 500

    mutating func validate() throws {
        guard skus >= 100 else { throw ValidationError("--skus must be at least 100") }
        guard (1...50).contains(runs) else { throw ValidationError("--runs must be 1…50") }
        for (name, list) in [("--scaling", scaling), ("--stream", stream)] where !list.isEmpty && Self.sizes(list) == nil {
            throw ValidationError("\(name) takes comma-separated counts of at least 100, e.g. 10000,100000")
        }
    }

    static func sizes(_ list: String) -> [Int]? {
        guard !list.isEmpty else { return [] }
        let parts = list.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.allSatisfy({ ($0 ?? 0) >= 100 }) else { return nil }
        return parts.compactMap { $0 }
    }

    func run() throws {
        var bench = Bench(
            skus: skus, runs: runs, seed: seed, work: work, frames: frames,
            scaling: Self.sizes(scaling) ?? [], stream: Self.sizes(stream) ?? [])
        try bench.run()
    }
}
