import Foundation
import Testing

/// Partner-ops in the Catalogue pane of the real binary, on a real merchant's export: group
/// rules take the seller from its first-pass coverage to at least 98% of eligible SKUs live, the
/// ledger names every fix with its operator and wall clock, and a replay rebuilds the same state.
@Suite("Catalogue workbench end to end (tmux)", .serialized)
struct CatalogueEndToEndTests {
    static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
            "shared/data/catalogs/dev/woocommerce/csdesign-phone-cases/wc-product-export-1-2-2021-1612170067228.csv"
        ).path

    static let pinned = ["--operator", "rosa", "--wall-clock", "2026-12-04T10:00:00Z"]

    static func cli(_ args: [String], db: String) throws -> Spawn.Output {
        guard let pier = TmuxSession.pier else { throw CocoaError(.fileNoSuchFile) }
        return Spawn.run([pier] + args + ["--db", db], environment: ProcessInfo.processInfo.environment)
    }

    /// "of eligible 182 of 188 (96.8%)" on the coverage line, as basis points.
    static func eligibleCoverage(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("coverage") && $0.contains("of eligible") }),
            let r = line.range(of: #"of eligible ([\d,]+) of ([\d,]+)"#, options: .regularExpression)
        else { return nil }
        let numbers = line[r].split(separator: " ").compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
        guard numbers.count == 2, numbers[1] > 0 else { return nil }
        return numbers[0] * 10_000 / numbers[1]
    }

    @Test func groupRulesTakeARealExportToNinetyEightPercentOfEligible() throws {
        let t = try TmuxSession(arguments: ["--role", "ops"] + Self.pinned) { db in
            let imported = try Self.cli(["import", "woocommerce", Self.export, "--seller", "csdesign"] + Self.pinned, db: db)
            let onboarded = try Self.cli(["onboard", "csdesign", "--tier", "premium"] + Self.pinned, db: db)
            #expect(imported.status == 0 && onboarded.status == 0)
        }
        defer { t.close() }
        var keystrokes = 0
        func keys(_ k: String...) {
            for key in k { t.keys(key) }
            keystrokes += k.count
        }
        func type(_ text: String) {
            t.type(text)
            keystrokes += text.count
        }
        #expect(t.wait(for: "csdesign") != nil)
        keys(":")
        type("csdesign")
        keys("Enter", "9")
        let first = try #require(t.wait(for: "of eligible"), "the Catalogue pane opens: \(t.screen)")
        let before = try #require(Self.eligibleCoverage(first))
        #expect(before < 9_800, "the first pass leaves work for the workbench: \(first)")

        // Each pass: the first group that waits for a category gets a leaf found by its words,
        // as a rule over the merchant category the group shares.
        var fixes = 0
        for words in ["photo frame", "coaster"] {
            keys("Home", "c")
            #expect(t.wait(for: "TikTok Shop category") != nil)
            type(words)
            keys("Enter")
            #expect(t.wait(for: "Set TikTok category") != nil, "the pick is confirmed first: \(t.screen)")
            keys("y")
            fixes += 1
            #expect(t.wait(for: "fix #\(fixes):") != nil, "the fix lands: \(t.screen)")
        }
        let last = try #require(t.waitSettled(for: "of eligible"))
        let after = try #require(Self.eligibleCoverage(last))
        print(
            "catalogue workbench on csdesign-phone-cases: eligible coverage \(Double(before) / 100)% → \(Double(after) / 100)% in \(keystrokes) keystrokes, \(fixes) group rules"
        )
        #expect(after >= 9_800, "at least 98% of eligible SKUs live: \(last)")
        keys("v")
        #expect(
            t.wait { $0.contains("rosa") && $0.contains("2026-12-04T10:00:00Z") && $0.contains("standing") } != nil,
            "the fixes view names who and when: \(t.screen)")
        keys("q")
        #expect(t.wait(for: "[pier exited 0]", timeout: 10) != nil)

        let listed = try Self.cli(["fixes", "csdesign", "--json"], db: t.dbPath)
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("\"operator\":\"rosa\"") && $0.contains("\"wall_clock\":\"2026-12-04T10:00:00Z\"") })
        let ledger = try Self.cli(["ledger", "show", "csdesign", "--type", "fix.applied"], db: t.dbPath)
        #expect(ledger.stdout.contains("ops:rosa"), "\(ledger.stdout)")
        let replay = try Self.cli(["ledger", "replay", "csdesign"], db: t.dbPath)
        #expect(replay.status == 0 && replay.stdout.contains("stored state matches the ledger"), "\(replay.stdout)")
    }
}
