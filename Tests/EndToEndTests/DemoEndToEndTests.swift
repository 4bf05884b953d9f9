import Foundation
import PierEngine
import PierTestSupport
import Testing

/// The presenter scripts in Demo/ double as end-to-end tests: each plays to its end in a real
/// terminal and the seed's figures are on screen.
@Suite("Demo scripts end to end (tmux)", .serialized)
struct DemoEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Plays a script and returns the sellers table row for its seller.
    static func play(_ script: String, seller: String) throws -> String? {
        let t = try TmuxSession(
            width: 132, height: 40, arguments: ["--auto", "--fast", "--step-delay", "0.2"],
            subcommand: ["demo", root.appendingPathComponent("Demo/\(script)").path])
        defer { t.close() }
        guard t.wait(for: "(end of demo)", timeout: 90) != nil else {
            Issue.record("\(script) did not reach its end: \(t.screen)")
            return nil
        }
        let exported = t.wait(for: "wrote \(Exporter.files.count) files")
        #expect(exported != nil, "the export step wrote the artifacts")
        t.keys("1")
        let table = t.wait(for: "onboarded")
        return table?.split(separator: "\n").first { $0.hasPrefix(seller + " ") }.map(String.init)
    }

    static func percents(_ row: String) -> [Double] {
        row.split(separator: " ").compactMap { $0.hasSuffix("%") ? Double($0.dropLast()) : nil }
    }

    @Test func luminaDemo() throws {
        let row = try #require(try Self.play("lumina.demo", seller: "lumina"))
        let p = Self.percents(row)
        #expect(p.count == 4, "coverage, flagged, conflicts and fulfilment in \(row)")
        #expect(SeedBands.band("lumina", .coverage).contains(p[0]), "coverage in \(row)")
        #expect(SeedBands.band("lumina", .flagged).contains(p[1]), "flagged in \(row)")
        #expect(p.count == 4 && p[3] > 97, "fulfilment success after a week with ShipStation in \(row)")
        #expect(row.contains("Standard"))
    }

    @Test func pixelgridDemo() throws {
        let row = try #require(try Self.play("pixelgrid.demo", seller: "pixelgrid"))
        let p = Self.percents(row)
        #expect(p.count == 3, "\(row)")
        #expect(SeedBands.band("pixelgrid", .inventoryConflicts).contains(p[2]), "inventory conflicts in \(row)")
        #expect(row.contains("Premium"))
    }

    @Test func prairieDemo() throws {
        let row = try #require(try Self.play("prairie.demo", seller: "prairie"))
        let p = Self.percents(row)
        #expect(p.count == 3, "\(row)")
        #expect(SeedBands.band("prairie", .flagged).contains(p[1]), "flagged in \(row)")
        #expect(row.contains("Lite"))
    }

    /// Presenter mode on a real export: import it, onboard it, raise its coverage with two
    /// workbench rules, export the artifacts with the rules in them.
    @Test func aRealExportFinishedWithWorkbenchRules() throws {
        let t = try TmuxSession(
            width: 132, height: 40, arguments: ["--auto", "--fast", "--step-delay", "0.2"],
            subcommand: ["demo", Self.root.appendingPathComponent("Demo/csdesign-workbench.demo").path])
        defer { t.close() }
        #expect(t.wait(for: "(end of demo)", timeout: 120) != nil, "the demo reaches its end: \(t.screen)")
        #expect(t.wait(for: "fixes.json") != nil, "the export wrote the rules")
        t.keys("9")
        let pane = t.wait(for: "of eligible")
        let line = pane?.split(separator: "\n").first { $0.contains("of eligible") }.map(String.init) ?? ""
        let percents = line.split(separator: "(").compactMap { $0.split(separator: "%").first.flatMap { Double($0) } }
        #expect(percents.count == 2 && percents[1] >= 98, "at least 98% of eligible SKUs live after the rules: \(line)")
        t.keys("v")
        #expect(t.wait { $0.contains("presenter") && $0.contains("woocommerce:杯墊") } != nil, "the fixes view names the presenter's rules: \(t.screen)")
    }
}
