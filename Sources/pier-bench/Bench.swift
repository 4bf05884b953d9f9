import Foundation
import PierConsole
import PierCore
import PierEngine
import PierStore

/// The benchmark's steps and its report.
struct Bench {
    let skus: Int
    let runs: Int
    let seed: UInt64
    let work: String
    let frames: Int
    let scaling: [Int]
    let stream: [Int]

    /// Flags timed per decision kind on the main seller.
    let decisionCount = 100

    static let stages = ["import", "reserve", "map", "moderate", "publish", "resolve", "persist", "ledger", "verify"]

    struct E2E {
        let wall: Double
        let rssMB: Double
        let stages: [String: Double]
        let events: Int
        let skus: Int
        let products: Int
        let head: String
        let flaggedBP: Int64
    }

    private var csvs: [Int: (path: String, written: SyntheticSeller.Written)] = [:]

    init(skus: Int, runs: Int, seed: UInt64, work: String, frames: Int, scaling: [Int], stream: [Int]) {
        self.skus = skus
        self.runs = runs
        self.seed = seed
        self.work = work
        self.frames = frames
        self.scaling = scaling
        self.stream = stream
    }

    private var me: String { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0] }

    private func say(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    /// The path of database `name` in the work folder, with any earlier file of that name (and its WAL) removed.
    private func freshDB(_ name: String) -> String {
        let path = "\(work)/\(name).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    private mutating func csv(_ n: Int) throws -> (path: String, written: SyntheticSeller.Written) {
        if let c = csvs[n] { return c }
        let path = "\(work)/synthetic-\(n)-seed\(seed).csv"
        let start = StageClock.now()
        let written = try SyntheticSeller(skus: n, seed: seed).writeShopifyCSV(to: path)
        say(
            "  generated \(path): \(written.products) products, \(written.rows) rows, \(Self.mb(written.bytes)) MB in \(Self.f(Double(StageClock.now() - start) / 1e9)) s"
        )
        csvs[n] = (path, written)
        return (path, written)
    }

    private func child(_ mode: String, csv: String, db: String) throws -> (Spawn.Outcome, JSONValue) {
        let o = try Spawn.run([me, "child", mode, "--csv", csv, "--db", db, "--seed", String(seed)])
        guard o.status == 0, let line = o.stdout.split(separator: "\n").last, let json = try? JSONParser.parse(String(line)) else {
            throw Spawn.Failure(description: "child \(mode) run failed (exit \(o.status)): \(o.stdout.suffix(400))")
        }
        return (o, json)
    }

    private func e2e(_ n: Int, csv: String, db: String) throws -> E2E {
        let (_, j) = try child("e2e", csv: csv, db: db)
        var stages = [String: Double]()
        for (k, v) in j["stages"]?.objectValue ?? [:] { stages[k] = Double(v.intValue ?? 0) / 1e9 }
        return E2E(
            wall: Double(j["wall_ns"]?.intValue ?? 0) / 1e9, rssMB: Double(j["peak_rss_kb"]?.intValue ?? 0) / 1024, stages: stages,
            events: Int(j["events"]?.intValue ?? 0), skus: Int(j["skus"]?.intValue ?? 0), products: Int(j["products"]?.intValue ?? 0),
            head: j["head"]?.stringValue ?? "", flaggedBP: j["flagged_bp"]?.intValue ?? 0)
    }

    /// Times the per-SKU decisions over the benchmark catalogue, read once into memory.
    func classification(csv: String) throws -> (skus: Int, seconds: Stats, byText: Int, waiting: Int) {
        let resources = try EngineResources.bundled()
        let context = ImportContext(resources: resources, currency: "USD", region: .us)
        let docs = try ShopifyCSVImporter(context: context).run(path: csv).documents
        var times = [Double]()
        var byText = 0, waiting = 0
        for i in 0...runs {
            byText = 0
            waiting = 0
            let t = StageClock.now()
            for doc in docs {
                for c in context.decisions(doc) {
                    if c.source == .text { byText += 1 }
                    if case .unmapped = c.result { waiting += 1 }
                }
            }
            if i > 0 { times.append(Double(StageClock.now() - t) / 1e9) }
        }
        return (docs.reduce(0) { $0 + $1.count }, Stats(times), byText, waiting)
    }

    mutating func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        say("pier-bench: \(skus) SKUs, \(runs) runs after one warm-up, seed \(seed), work folder \(work)")
        say("machine: \(Self.machine())")

        // 1. End to end.
        say("\n[1] end to end: import → map → moderate → publish → resolve → persist → ledger (virtual clock unthrottled)")
        let main = try csv(skus)
        var e2es = [E2E]()
        for i in 0...runs {
            let r = try e2e(skus, csv: main.path, db: freshDB("e2e"))
            say("  \(i == 0 ? "warm-up" : "run \(i)"): \(Self.f(r.wall)) s, \(r.events) events, peak RSS \(Self.f(r.rssMB, 0)) MB")
            if i > 0 { e2es.append(r) }
        }
        if Set(e2es.map(\.head)).count != 1 { say("  warning: runs ended on different ledger heads") }
        let wall = Stats(e2es.map(\.wall))
        let e2eSKUs = e2es.first?.skus ?? skus
        say(
            "  \(e2eSKUs) SKUs in \(e2es.first?.products ?? 0) products; \(e2es.first?.events ?? 0) ledger events; flagged \(Self.f(Double(e2es.first?.flaggedBP ?? 0) / 100, 1)) %; head \(e2es.first?.head.prefix(16) ?? "")…"
        )
        say(Self.row(["stage", "median s", "min s", "max s", "SKUs/s"]))
        for stage in Self.stages {
            let s = Stats(e2es.map { $0.stages[stage] ?? 0 })
            say(Self.row([stage, Self.f(s.median), Self.f(s.min), Self.f(s.max), Self.rate(e2eSKUs, s.median)]))
        }
        say(Self.row(["total", Self.f(wall.median), Self.f(wall.min), Self.f(wall.max), Self.rate(e2eSKUs, wall.median)]))

        // 1b. The catalogue pipeline's per-SKU decisions alone, on one core: eligibility, the
        // category from the merchant's map or the product's words, attributes from the data.
        say("\n[1b] classification: eligibility + category (map or text) + attributes + moderation for every SKU, one core")
        let classify = try classification(csv: main.path)
        say(
            "  \(classify.skus) SKUs: median \(Self.f(classify.seconds.median)) s (min \(Self.f(classify.seconds.min)), max \(Self.f(classify.seconds.max))), "
                + "\(Self.f(classify.seconds.median * 1e6 / Double(max(classify.skus, 1)), 1)) µs a SKU; \(Self.f(classify.seconds.median / max(wall.median, 1e-9) * 100, 1)) % of the end-to-end median "
                + "(it runs on the second core, ahead of the database thread); decided by text \(classify.byText), needs a category \(classify.waiting)")

        // 2. sqlite3 .import of the same rows.
        say("\n[2] reference: sqlite3 .import of the same CSV (\(main.written.rows) rows) into a table of its columns")
        let script = "\(work)/import.sql"
        try ".mode csv\n.import '\(main.path)' shopify_rows\n".write(toFile: script, atomically: true, encoding: .utf8)
        let sqlite = try timedSQLite(script: script, db: "sqlite3", counting: "shopify_rows")
        say(
            "  \(sqlite.rows) rows imported; \(runs) runs: median \(Self.f(sqlite.seconds.median)) s (min \(Self.f(sqlite.seconds.min)), max \(Self.f(sqlite.seconds.max)))"
        )
        let sqliteMedian = sqlite.seconds.median
        let floor = try ledgerRowsFloor()
        let floorRatio = floor.seconds.median / max(sqliteMedian, 1e-9)
        say("  floor: sqlite3 .import of this run's own \(floor.rows) ledger rows (\(Self.mb(floor.bytes)) MB of CSV) into the ledger's schema and indexes:")
        say(
            "  median \(Self.f(floor.seconds.median)) s (min \(Self.f(floor.seconds.min)), max \(Self.f(floor.seconds.max))) = \(Self.f(floorRatio, 2))× the CSV .import, for storing the ledger alone"
        )

        // 3. Ledger verify against sha256sum over the same bytes.
        say("\n[3] ledger verify beside sha256sum over the same event bytes")
        let engine = PierEngine(db: try PierDatabase(path: "\(work)/e2e.sqlite"), resources: try EngineResources.bundled(), operator: .pinned("bench"))
        let seller = PierEngine.sellerID(Child.seller)
        var verifyTimes = [Double]()
        var events: Int64 = 0
        for i in 0...runs {
            let t = StageClock.now()
            let report = try engine.db.verifyLedger(seller: seller)
            if i > 0 { verifyTimes.append(Double(StageClock.now() - t) / 1e9) }
            guard report.problem == nil else { throw Spawn.Failure(description: "ledger does not verify: \(report.problem?.description ?? "")") }
            events = report.events
        }
        let bytesPath = "\(work)/ledger-bytes.bin"
        let bytes = try engine.db.writeChainedBytes(seller: seller, to: bytesPath)
        var shaTimes = [Double]()
        for i in 0...runs {
            let o = try Spawn.run(["sha256sum", bytesPath])
            if i > 0 { shaTimes.append(o.seconds) }
        }
        let verify = Stats(verifyTimes), sha = Stats(shaTimes)
        say(
            "  \(events) events, \(Self.mb(bytes)) MB hashed: verify median \(Self.f(verify.median)) s (\(Self.rate(Int(events), verify.median)) events/s), sha256sum median \(Self.f(sha.median)) s"
        )

        // 4. Console frames.
        say("\n[4] console frames into the cell buffer at 120×40 (\(frames) frames each)")
        let f = Frames(engine: engine, seller: seller)
        let ledgerFrames = f.ledger(frames: frames)
        let queueFrames = f.moderationQueue(rows: max(100_000, skus), frames: frames)
        for (name, t) in [("ledger pane", ledgerFrames), ("moderation queue", queueFrames)] {
            say(
                "  \(name) over \(t.rows) rows: frame median \(Self.f(t.render.median, 3)) ms, p99 \(Self.f(t.render.percentile(99), 3)) ms; page-down + frame median \(Self.f(t.pageDown.median, 3)) ms, p99 \(Self.f(t.pageDown.percentile(99), 3)) ms"
            )
        }
        let frameP99 = max(
            ledgerFrames.render.percentile(99), queueFrames.render.percentile(99),
            ledgerFrames.pageDown.percentile(99), queueFrames.pageDown.percentile(99))

        // 4b. Decisions.
        say("\n[4b] decision latency on the \(skus)-SKU seller (\(events) events): one flag per transaction, as the console decides")
        let decisions = try DecisionLatency(engine: engine, seller: seller).measure(count: decisionCount)
        say(Self.row(["decision", "n", "median ms", "p99 ms", "max ms"]))
        for kind in DecisionLatency.kinds {
            let s = decisions[kind] ?? Stats([])
            say(Self.row([kind, String(s.values.count), Self.f(s.median, 2), Self.f(s.percentile(99), 2), Self.f(s.max, 2)]))
        }
        let decisionP99 = DecisionLatency.kinds.map { decisions[$0]?.percentile(99) ?? 0 }.max() ?? 0

        // 4c. Catalogue workbench fixes.
        say("\n[4c] catalogue fixes on the \(skus)-SKU seller: each its own transaction with its incremental publish")
        let fixes = try FixLatency(engine: engine, seller: seller).measure(count: 50, ruleSKUs: 10_000)
        say(Self.row(["fix", "SKUs", "median ms", "p99 ms", "max ms"]))
        say(Self.row(["first fix", "1", Self.f(fixes.first, 2), "", ""]))
        say(Self.row(["one SKU", "1", Self.f(fixes.oneSKU.median, 2), Self.f(fixes.oneSKU.percentile(99), 2), Self.f(fixes.oneSKU.max, 2)]))
        say(Self.row(["rule", String(fixes.ruleSKUs), Self.f(fixes.ruleMillis, 1), "", ""]))
        say("  rule over \(fixes.category): \(fixes.rulePublished) published (targets: one SKU < 100 ms, a 10,000-SKU rule < 2,000 ms)")

        // 5. Streamed import memory.
        var streamRows = [(rows: Int, seconds: Double, rss: Double)]()
        if !stream.isEmpty {
            say("\n[5] streamed Shopify CSV import alone: peak RSS by file size")
            for n in stream {
                let c = try csv(n)
                let (_, j) = try child("import", csv: c.path, db: freshDB("import-\(n)"))
                let seconds = Double(j["wall_ns"]?.intValue ?? 0) / 1e9, rss = Double(j["peak_rss_kb"]?.intValue ?? 0) / 1024
                streamRows.append((c.written.rows, seconds, rss))
                say("  \(c.written.rows) rows (\(Self.mb(c.written.bytes)) MB): \(Self.f(seconds)) s, peak RSS \(Self.f(rss, 0)) MB")
                try? FileManager.default.removeItem(atPath: "\(work)/import-\(n).sqlite")
            }
        }

        // 6. Scaling.
        var scale = [(skus: Int, seconds: Double, rss: Double, events: Int)]()
        if !scaling.isEmpty {
            say("\n[6] scaling: end to end by SKU count (one run each; \(skus) is the median above)")
            for n in scaling {
                let scaleDecisions: [String: Stats]
                if n == skus {
                    scaleDecisions = decisions
                    scale.append((n, wall.median, Stats(e2es.map(\.rssMB)).median, e2es.first?.events ?? 0))
                } else {
                    let r = try e2e(n, csv: try csv(n).path, db: freshDB("scale-\(n)"))
                    scale.append((r.skus, r.wall, r.rssMB, r.events))
                    let scaled = PierEngine(db: try PierDatabase(path: "\(work)/scale-\(n).sqlite"), resources: engine.resources, operator: .pinned("bench"))
                    scaleDecisions = try DecisionLatency(engine: scaled, seller: seller).measure(count: decisionCount / 2)
                    try? FileManager.default.removeItem(atPath: "\(work)/scale-\(n).sqlite")
                }
                let last = scale[scale.count - 1]
                say(
                    "  \(last.skus) SKUs: \(Self.f(last.seconds)) s (\(Self.f(last.seconds / Double(max(last.skus, 1)) * 1e6, 1)) µs/SKU), \(last.events) events (\(Self.f(last.seconds / Double(max(last.events, 1)) * 1e6, 1)) µs/event), peak RSS \(Self.f(last.rss, 0)) MB"
                )
                let all = Stats(DecisionLatency.kinds.flatMap { scaleDecisions[$0]?.values ?? [] })
                say("    \(all.values.count) decisions one at a time: median \(Self.f(all.median, 2)) ms, p99 \(Self.f(all.percentile(99), 2)) ms")
            }
        }

        let peak = Stats(e2es.map(\.rssMB)).max
        say("\nfloor ledger-rows-import/sqlite3-import: \(Self.f(floorRatio, 2))")
        say("ratio end-to-end/sqlite3-import: \(Self.f(wall.median / max(sqliteMedian, 1e-9), 2))")
        say("ratio ledger-verify/sha256sum: \(Self.f(verify.median / max(sha.median, 1e-9), 2))")
        say("frame p99 ms: \(Self.f(frameP99, 3))")
        say("decision p99 ms: \(Self.f(decisionP99, 2))")
        say("peak rss MB: \(Self.f(peak, 0))")
    }

    /// What SQLite itself needs to store the end-to-end run's ledger: its rows dumped to CSV
    /// (untimed), then `sqlite3 .import` into a fresh WAL database holding the ledger's own
    /// CREATE TABLE and CREATE INDEX statements, as read from the run's database.
    private func ledgerRowsFloor() throws -> (rows: Int, bytes: Int, seconds: Stats) {
        let source = "\(work)/e2e.sqlite", rowsPath = "\(work)/ledger-rows.csv", dump = "\(work)/ledger-dump.sql"
        try ".mode csv\n.output '\(rowsPath)'\nSELECT * FROM ledger ORDER BY seller_id, seq;\n".write(toFile: dump, atomically: true, encoding: .utf8)
        guard try Spawn.run(["sqlite3", source], stdin: dump).status == 0 else {
            throw Spawn.Failure(description: "sqlite3 could not dump the ledger of \(source)")
        }
        let schema = try Spawn.run([
            "sqlite3", source,
            "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'ledger' AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC",
        ])
        guard schema.status == 0, schema.stdout.contains("CREATE TABLE") else { throw Spawn.Failure(description: "no ledger table in \(source)") }
        let script = "\(work)/ledger-import.sql"
        try "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n\(schema.stdout).mode csv\n.import '\(rowsPath)' ledger\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let timed = try timedSQLite(script: script, db: "ledger-floor", counting: "ledger")
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: rowsPath))?[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: rowsPath)
        _ = freshDB("ledger-floor")
        return (timed.rows, bytes, timed.seconds)
    }

    /// Runs a `sqlite3` script against a fresh database once to warm up and then `runs` times,
    /// and counts the rows it left in `table`.
    private func timedSQLite(script: String, db name: String, counting table: String) throws -> (rows: Int, seconds: Stats) {
        var times = [Double]()
        for i in 0...runs {
            let o = try Spawn.run(["sqlite3", freshDB(name)], stdin: script)
            guard o.status == 0 else { throw Spawn.Failure(description: "sqlite3 \(script) failed (exit \(o.status))") }
            if i > 0 { times.append(o.seconds) }
        }
        let count = try Spawn.run(["sqlite3", "\(work)/\(name).sqlite", "SELECT count(*) FROM \(table)"]).stdout
        return (Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, Stats(times))
    }

    /// A table row: the first cell left-aligned in 10 columns, the rest right-aligned in 10.
    static func row(_ cells: [String]) -> String {
        "  "
            + cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, 10 - c.count))
                return i == 0 ? c + pad : pad + c
            }.joined(separator: " ")
    }

    static func f(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", x) }
    static func mb(_ bytes: Int) -> String { f(Double(bytes) / 1_048_576, 1) }
    static func rate(_ n: Int, _ seconds: Double) -> String { seconds > 0 ? String(Int((Double(n) / seconds).rounded())) : "—" }

    static func machine() -> String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
    }
}
