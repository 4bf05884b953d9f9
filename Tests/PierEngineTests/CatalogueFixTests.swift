import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The catalogue workbench's fixes through the engine: each is a ledgered event naming the
/// operator and the wall clock, maps its SKUs again, publishes what became publishable as an
/// incremental sync, and leaves the derived tables equal to a full replay.
@Suite("Catalogue workbench: fixes through the engine")
struct CatalogueFixTests {
    static let export = SampleExports.acme

    static func onboarded(_ text: String = export) throws -> (TempDatabase, PierEngine) {
        let tmp = TempDatabase()
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("bob"))
        let path = tmp.folder.appendingPathComponent("v1.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try engine.importCatalogue(platform: .shopify, file: path, seller: "Acme Shop", region: .uk, currency: "GBP")
        _ = try engine.onboard(seller: "acme-shop", tier: .standard, apps: [], seed: 7)
        return (tmp, engine)
    }

    static func listing(_ engine: PierEngine, _ sku: String) throws -> ListingRecord? {
        try engine.db.listing(seller: "acme-shop", sku: sku)
    }

    static let boardGames: Int64 = 868616

    @Test func theFixtureStartsWhereTheWorkbenchIsNeeded() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        #expect(try Self.listing(engine, "ZG-1")?.coverageReason?.hasPrefix("needs a category") == true)
        #expect(try Self.listing(engine, "RG-1")?.status == .live)
        #expect(try Self.listing(engine, "EH-1")?.status == .live)
        #expect(try Self.listing(engine, "GC-1")?.eligibility == .notEligible)
        #expect(try Self.listing(engine, "AM-1")?.eligibility == .prohibited)
    }

    @Test func aCategoryForOneSKUPublishesItAndIsOnTheLedger() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let before = try engine.db.verifyLedger(seller: "acme-shop").events
        let was = OnboardingMetrics(json: try #require(try engine.db.seller("acme-shop")?.metrics))
        let outcome = try engine.applyFix(seller: "acme-shop", target: .skus(["ZG-1"]), change: .category(Self.boardGames), reason: "a board game")
        #expect(outcome.matched == 1 && outcome.changed == 1 && outcome.published == 1)
        let l = try #require(try Self.listing(engine, "ZG-1"))
        #expect(l.status == .live && l.tiktokCategoryID == Self.boardGames)
        #expect(try Self.listing(engine, "ZG-2")?.status == .unmapped, "a SKU fix touches only its SKUs")
        let written = Array(try engine.db.events(seller: "acme-shop").dropFirst(Int(before)))
        #expect(written.map(\.type) == ["fix.applied", "sku.mapped", "product.created", "listing.live", "catalog.synced"])
        let fix = try #require(written.first)
        #expect(fix.actor == "ops:bob" && fix.data["operator"]?.stringValue == "bob" && fix.data["wall_clock"]?.stringValue != nil)
        #expect(fix.data["reason"]?.stringValue == "a board game")
        #expect(written[1].data["fix"]?.intValue == 1, "the SKU's event names the fix, for its history")
        #expect(written.dropFirst().allSatisfy { $0.at >= fix.at }, "the fix continues the virtual clock")
        #expect(try engine.fixHistory(seller: "acme-shop", sku: "ZG-1").map(\.id) == [1])
        let metrics = OnboardingMetrics(json: try #require(try engine.db.seller("acme-shop")?.metrics))
        #expect(
            metrics.live == was.live + 1 && metrics.unmapped == was.unmapped - 1 && was.unmapped == 4,
            "the seller's coverage moves with the fix (three gizmos and the rejected ammunition need a category)")
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    @Test func aVendorRuleServesEverySKUAndHoldsAtTheNextReimport() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let outcome = try engine.applyFix(seller: "acme-shop", target: .vendor("acme"), change: .category(Self.boardGames))
        #expect(outcome.matched == 3 && outcome.published == 3)
        do {
            _ = try engine.applyFix(seller: "acme-shop", target: .vendor("acme"), change: .category(Self.boardGames))
            Issue.record("the same rule twice must be refused")
        } catch {
            #expect(error.description.contains("already stands as #1, by bob"), "\(error)")
        }
        for sku in ["ZG-1", "ZG-2", "ZG-3"] { #expect(try Self.listing(engine, sku)?.status == .live) }

        let added = Self.export + "gizmo-d,Zorblax Gizmo Delta,<p>The fourth.</p>,Acme,,,,TRUE,Title,Default Title,ZG-4,100,10,25.00,FALSE,active\n"
        let path = tmp.folder.appendingPathComponent("v2.csv").path
        try added.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try engine.importCatalogue(platform: .shopify, file: path, seller: "Acme Shop", region: .uk, currency: "GBP")
        #expect(report.sync?.added == 1)
        let new = try #require(try Self.listing(engine, "ZG-4"))
        #expect(new.status == .live && new.tiktokCategoryID == Self.boardGames, "the rule governs what a re-import brings")
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    @Test func aRuleThatMatchesNothingAndABadCategoryWriteNothing() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let head = try engine.db.verifyLedger(seller: "acme-shop").head
        #expect(throws: OnboardingError.refused(tier: "fix", seller: "acme-shop", reasons: ["the rule matches no SKU of acme-shop: no vendor Nobody"])) {
            _ = try engine.applyFix(seller: "acme-shop", target: .vendor("Nobody"), change: .category(Self.boardGames))
        }
        #expect(throws: OnboardingError.self, "1 is not a leaf of the tree") {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["ZG-1"]), change: .category(1))
        }
        #expect(throws: OnboardingError.notFound("acme-shop has no SKU NOPE")) {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["NOPE"]), change: .category(Self.boardGames))
        }
        #expect(throws: OnboardingError.self, "polystyrene foam is not a material TikTok accepts") {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["RG-1"]), change: .attribute(name: "material", value: "polystyrene foam"))
        }
        #expect(throws: OnboardingError.self, "an eligibility call needs a reason") {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["GC-1"]), change: .eligibility(true))
        }
        #expect(throws: OnboardingError.self, "an unknown seller") {
            _ = try engine.applyFix(seller: "ghost", target: .skus(["ZG-1"]), change: .category(Self.boardGames))
        }
        #expect(try engine.db.verifyLedger(seller: "acme-shop").head == head, "nothing written")
    }

    @Test func anAttributeFillsWhatTheExportLackedAndEditsTheLiveListing() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let before = try engine.db.verifyLedger(seller: "acme-shop").events
        let outcome = try engine.applyFix(seller: "acme-shop", target: .skus(["RG-1"]), change: .attribute(name: "Brand", value: "Luna"))
        #expect(outcome.published == 1)
        #expect(try Self.listing(engine, "RG-1")?.status == .live)
        let written = Array(try engine.db.events(seller: "acme-shop").dropFirst(Int(before))).map(\.type)
        #expect(written.contains("product.updated"), "the live product is edited on TikTok Shop, not created again: \(written)")
        #expect(throws: OnboardingError.self, "the same value again changes nothing") {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["RG-1"]), change: .attribute(name: "brand", value: "Luna"))
        }
        #expect(try engine.fixes(seller: "acme-shop").first?.change == .attribute(name: "brand", value: "Luna"))
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    @Test func notEligibleTakesALiveSKUDownAndUndoPutsItBack() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let down = try engine.applyFix(
            seller: "acme-shop", target: .skus(["EH-1"]), change: .eligibility(false), reason: "a made-to-order service")
        #expect(down.deactivated == 1)
        let l = try #require(try Self.listing(engine, "EH-1"))
        #expect(l.eligibility == .notEligible && l.liveAt == nil)
        let undone = try engine.revertFix(seller: "acme-shop", fix: 1, reason: "wrong SKU")
        #expect(undone.published == 1)
        #expect(try Self.listing(engine, "EH-1")?.status == .live)
        let fixes = try engine.fixes(seller: "acme-shop")
        #expect(fixes.count == 1 && fixes[0].reverted?.by == "bob", "the ledger keeps the fix and its undo")
        #expect(throws: OnboardingError.self, "a fix is undone once") { _ = try engine.revertFix(seller: "acme-shop", fix: 1) }
        #expect(try engine.db.events(seller: "acme-shop").contains { $0.type == "fix.reverted" })
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    @Test func anEligibilityCallLetsAGiftCardBeMappedWhenAPersonSaysSo() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let categoryOnly = try engine.applyFix(seller: "acme-shop", target: .skus(["GC-1"]), change: .category(Self.boardGames))
        let card = try Self.listing(engine, "GC-1")
        #expect(categoryOnly.published == 0 && card?.eligibility == .notEligible, "a category alone does not make a gift card eligible")
        _ = try engine.applyFix(seller: "acme-shop", target: .skus(["GC-1"]), change: .eligibility(true), reason: "a printed card sold as a gift")
        let l = try #require(try Self.listing(engine, "GC-1"))
        #expect(l.eligibility != .notEligible, "the eligibility phrases no longer decide it")
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    @Test func noFixMakesAProhibitedGoodLive() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let head = try engine.db.verifyLedger(seller: "acme-shop").head
        do {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["AM-1"]), change: .category(Self.boardGames))
            Issue.record("a fix on a prohibited SKU must be refused")
        } catch {
            #expect(error.description.contains("prohibited") && error.description.contains("PG-"), "the refusal names the rule: \(error)")
        }
        #expect(try engine.db.verifyLedger(seller: "acme-shop").head == head)
        let rule = try engine.applyFix(seller: "acme-shop", target: .vendor("Luna"), change: .category(Self.boardGames))
        #expect(rule.prohibited.map(\.sku) == ["AM-1"])
        #expect(try Self.listing(engine, "AM-1")?.eligibility == .prohibited)
    }

    @Test func aSKUThatChangedSinceTheOperatorLookedIsRefused() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let seen = try #require(try Self.listing(engine, "ZG-2")).fixToken
        _ = try engine.applyFix(seller: "acme-shop", target: .skus(["ZG-2"]), change: .category(Self.boardGames), expecting: ["ZG-2": seen])
        do {
            _ = try engine.applyFix(
                seller: "acme-shop", target: .skus(["ZG-2"]), change: .attribute(name: "size", value: "XL"), expecting: ["ZG-2": seen])
            Issue.record("the second console's fix must be refused")
        } catch {
            #expect(error.description.contains("changed since you looked"))
        }
        #expect(try engine.fixes(seller: "acme-shop").count == 1, "nothing applied twice")
    }

    @Test func theSameFixesGiveTheSameLedger() throws {
        var heads = [String]()
        for _ in 0..<2 {
            let (tmp, engine) = try Self.onboarded()
            defer { tmp.remove() }
            _ = try engine.applyFix(seller: "acme-shop", target: .vendor("Acme"), change: .category(Self.boardGames))
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["RG-1"]), change: .attribute(name: "brand", value: "Luna"))
            _ = try engine.revertFix(seller: "acme-shop", fix: 1)
            heads.append(try engine.db.verifyLedger(seller: "acme-shop").head)
        }
        #expect(heads[0] == heads[1])
    }

    @Test func rulesTravelInTheOnboardingArtifacts() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        _ = try engine.applyFix(seller: "acme-shop", target: .vendor("Acme"), change: .category(Self.boardGames), reason: "Acme makes board games")
        _ = try engine.applyFix(seller: "acme-shop", target: .skus(["RG-1"]), change: .attribute(name: "brand", value: "Luna"))
        let out = tmp.folder.appendingPathComponent("export").path
        _ = try Exporter(engine: engine).export(seller: "acme-shop", to: out)
        let json = try JSONParser.parse(String(contentsOfFile: out + "/fixes.json", encoding: .utf8))
        #expect(json["format"]?.stringValue == "pier.catalogue-fixes/1" && json["rules"]?.intValue == 1)
        let fixes = json["fixes"]?.arrayValue ?? []
        #expect(fixes.count == 2 && fixes[0]["value"]?.stringValue == "Acme" && fixes[0]["operator"]?.stringValue == "bob")
    }

    @Test func aValueModerationStopsIsRefusedForASKUAndTakesARulesSKUsDown() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let head = try engine.db.verifyLedger(seller: "acme-shop").head
        do {
            _ = try engine.applyFix(seller: "acme-shop", target: .skus(["EH-1"]), change: .attribute(name: "brand", value: "Glock Handgun"))
            Issue.record("a brand naming a firearm must not reach a live listing")
        } catch {
            #expect(error.description.contains("would stop EH-1 in moderation") && error.description.contains("PG-"), "\(error)")
        }
        #expect(try engine.db.verifyLedger(seller: "acme-shop").head == head, "nothing written")
        let rule = try engine.applyFix(
            seller: "acme-shop", target: .sourceCategory("Apparel & Accessories > Jewelry > Earrings"),
            change: .attribute(name: "brand", value: "Glock Handgun"))
        #expect(rule.stopped.map(\.sku) == ["EH-1"] && rule.deactivated == 1)
        let l = try #require(try Self.listing(engine, "EH-1"))
        #expect(l.status == .rejected && l.liveAt == nil, "the live listing came down: \(l.status)")
        #expect(try engine.db.flags(seller: "acme-shop").contains { $0.sku == "EH-1" && $0.ruleID.hasPrefix("PG-") })
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    @Test func aFixCanBeUndoneAfterTheMerchantRemovedItsSKU() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        _ = try engine.applyFix(seller: "acme-shop", target: .skus(["ZG-1"]), change: .category(Self.boardGames))
        let without = Self.export.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("gizmo-a,") }.joined(separator: "\n")
        let path = tmp.folder.appendingPathComponent("v2.csv").path
        try without.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try engine.importCatalogue(platform: .shopify, file: path, seller: "Acme Shop", region: .uk, currency: "GBP").sync?.removed == 1)
        let undone = try engine.revertFix(seller: "acme-shop", fix: 1)
        #expect(undone.matched == 0, "nothing left to map again")
        #expect(try engine.fixes(seller: "acme-shop").first?.isActive == false)
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty)
    }

    /// (A rule reads the rows whose text can hold its value: the broken row still names Acme.)
    @Test func aStoredItemThatCannotBeReadBackStopsTheFixNotTheSKU() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        try engine.sqlite.writeDB { db in try db.execute(sql: #"UPDATE catalog_items SET item = '{"brand": "Acme" broken' WHERE sku = 'ZG-2'"#) }
        let head = try engine.db.verifyLedger(seller: "acme-shop").head
        for target in [CatalogueFix.Target.skus(["ZG-2"]), .vendor("Acme")] {
            #expect {
                _ = try engine.applyFix(seller: "acme-shop", target: target, change: .category(Self.boardGames))
            } throws: { "\($0)".contains("the stored catalogue item of acme-shop SKU ZG-2 cannot be read back") }
        }
        #expect(try engine.db.verifyLedger(seller: "acme-shop").head == head, "nothing written")
    }
}
