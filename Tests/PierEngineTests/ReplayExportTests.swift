import Foundation
import GRDB
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Replay and exports")
struct ReplayExportTests {
    @Test func replayRebuildsExactlyTheStoredState() throws {
        for result in [Fixture.lumina, Fixture.pixelgrid] {
            let run = try result.get()
            let r = try run.engine.replay(seller: run.report.seller.id)
            #expect(r.compared)
            #expect(r.differences.isEmpty, "\(r.differences.prefix(3))")
            #expect(r.listings == run.metrics.skus)
            #expect(r.listingsByStatus["live"] == run.metrics.live)
        }
    }

    @Test func replayAtAnEarlierEventShowsThatMoment() throws {
        let run = try Fixture.lumina.get()
        let r = try run.engine.replay(seller: "lumina", through: 100)
        #expect(!r.compared && r.throughSeq == 100 && r.events == 100)
        #expect(r.listingsByStatus["live"] == nil, "nothing is live 100 events in")
    }

    @Test func replayNamesATamperedRow() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 5)
        defer { run.tmp.remove() }
        let sku = try #require(try run.engine.db.listings(seller: "prairie").first { $0.status == .live }?.sku)
        try run.engine.sqlite.writeDB { db in
            try db.execute(sql: "UPDATE listings SET price_minor = price_minor + 1 WHERE seller_id = 'prairie' AND sku = ?", arguments: [sku])
        }
        let r = try run.engine.replay(seller: "prairie")
        #expect(r.differences.contains { $0.contains(sku) && $0.contains("price_minor") })
    }

    @Test func flagSpansPointAtTheWords() throws {
        let run = try Fixture.lumina.get()
        let listings = Dictionary(uniqueKeysWithValues: try run.engine.db.listings(seller: "lumina").map { ($0.sku, $0) })
        let flags = try run.engine.db.flags(seller: "lumina")
        #expect(!flags.isEmpty)
        for f in flags {
            let l = try #require(listings[f.sku])
            let text = f.field == "title" ? l.title : f.field == "description" ? l.description : l.tags.joined(separator: ", ")
            let bytes = Array(text.utf8)
            #expect(String(decoding: bytes[f.spanStart..<f.spanEnd], as: UTF8.self) == f.matched)
            #expect(Fixture.resources.rules.rule(f.ruleID) != nil)
        }
    }

    @Test func exportWritesVerifiableArtifacts() throws {
        let run = try Fixture.lumina.get()
        let out = run.tmp.folder.appendingPathComponent("export")
        let paths = try Exporter(engine: run.engine).export(seller: "lumina", to: out.path)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == Exporter.files)

        let manifest = try JSONParser.parse(try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8))
        #expect(manifest["format"]?.stringValue == "pier.onboarding-manifest/1")
        #expect(manifest["metrics"]?["coverage_bp"]?.intValue == run.metrics.coverageBP)
        #expect(manifest["exported_by"]?["operator"]?.stringValue == run.engine.who.name, "the export names who made it")
        #expect(manifest["exported_by"]?["wall_clock"]?.stringValue == run.engine.who.now())

        let lines = try String(contentsOf: out.appendingPathComponent("ledger.jsonl"), encoding: .utf8).split(separator: "\n")
        let events = try lines.map { line -> LedgerEvent in
            let v = try JSONParser.parse(String(line))
            return LedgerEvent(
                seq: v["seq"]?.intValue ?? 0, seller: v["seller"]?.stringValue ?? "", at: v["at"]?.intValue ?? 0,
                type: v["type"]?.stringValue ?? "", actor: v["actor"]?.stringValue ?? "", sku: v["sku"]?.stringValue,
                data: v["data"] ?? .null, prevHash: v["prev_hash"]?.stringValue ?? "", hash: v["hash"]?.stringValue ?? "")
        }
        let verified = LedgerVerifier.verify(events, expectedHead: manifest["ledger"]?["head"]?.stringValue)
        #expect(verified.problem == nil, "the exported ledger verifies on its own against the manifest head")
        #expect(verified.count == run.report.ledgerEvents)

        let diff = try String(contentsOf: out.appendingPathComponent("catalogue-diff.csv"), encoding: .utf8).split(separator: "\n")
        #expect(diff.count == 1 + 1_200)
        #expect(diff.first?.hasPrefix("sku,product_id,title,status,reason") == true)
        let installs = try String(contentsOf: out.appendingPathComponent("installs.csv"), encoding: .utf8).split(separator: "\n")
        #expect(installs.count == 1 + 3)
        #expect(installs.contains { $0.hasPrefix("lumina,yotpo,Yotpo,reviews,catalog.read orders.read reviews.write") })
    }

    @Test func csvFieldsAreQuotedAndDefused() {
        #expect(Exporter.csv("a,b") == "\"a,b\"")
        #expect(Exporter.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Exporter.text("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(Exporter.text("Plain") == "Plain")
    }
}
