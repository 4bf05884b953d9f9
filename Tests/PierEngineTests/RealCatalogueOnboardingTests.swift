import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// A real merchant's catalogue through the whole onboarding: every SKU moderated, mapped or not;
/// the not eligible kept off and counted apart; decisions that cannot put an uncategorised SKU
/// live; and the evaluation's figures coming from the model.
@Suite("Real catalogues onboard")
struct RealCatalogueOnboardingTests {
    static let csv = """
        Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Gift Card,Status
        glock-mag,Glock 19 Magazine 15rd,<p>OEM magazine.</p>,Tactical Co,,Magazines,,TRUE,Title,Default Title,GM-15,100,5,29.00,FALSE,active
        ear-hoops,Sterling Silver Hoop Earrings,<p>Made of 925 silver.</p>,Luna,,,,TRUE,Title,Default Title,EH-1,5,10,19.00,FALSE,active
        voucher,Spa Gift Voucher,<p>Treat someone.</p>,Luna,,,,TRUE,Title,Default Title,GV-1,0,100,50.00,FALSE,active
        tea,Organic Green Tea 50 bags,<p>Loose leaf.</p>,Luna,,,,TRUE,Title,Default Title,TEA-1,100,10,6.00,FALSE,active
        miracle,Miracle Growth Serum,<p>Cures hair loss in 7 days.</p>,Luna,Uncategorized,,,TRUE,Title,Default Title,MS-1,50,10,25.00,FALSE,active
        claim-tea,Detox Tea that cures everything,<p>It cures all.</p>,Luna,,,,TRUE,Title,Default Title,DT-1,50,10,9.00,FALSE,active

        """

    static func onboard() throws -> (TempDatabase, PierEngine, OnboardingReport) {
        let tmp = TempDatabase()
        let path = tmp.folder.appendingPathComponent("store.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        _ = try engine.importCatalogue(platform: .shopify, file: path, seller: "Mixed Store", region: .uk, currency: "GBP")
        let report = try engine.onboard(seller: "mixed-store", tier: .premium, apps: [], seed: 1)
        return (tmp, engine, report)
    }

    @Test func everySKUHasItsOutcome() throws {
        let (tmp, engine, report) = try Self.onboard()
        defer { tmp.remove() }
        let listings = Dictionary(uniqueKeysWithValues: try engine.db.listings(seller: "mixed-store").map { ($0.sku, $0) })
        #expect(listings["GM-15"]?.status == .rejected, "a prohibited good is rejected with its rule even without a category")
        #expect(try engine.db.flags(seller: "mixed-store").contains { $0.sku == "GM-15" && $0.ruleID == "PG-003" })
        #expect(listings["EH-1"]?.status == .live)
        #expect(listings["EH-1"]?.tiktokCategoryPath == "Fashion Accessories>Costume Jewellery & Accessories>Earrings")
        #expect(listings["GV-1"]?.status == .unmapped)
        #expect(listings["GV-1"]?.coverageReason?.contains("not eligible") == true)
        #expect(listings["TEA-1"]?.coverageReason?.contains("no TikTok Shop category") == true)
        #expect(listings["MS-1"]?.status == .held, "a claim is held for review")
        let m = report.metrics
        #expect(m.notEligible == 1 && m.noCategory >= 1)
        #expect(m.eligibleCoverageBP > m.coverageBP, "coverage of eligible SKUs leaves the voucher out")
        #expect(try engine.replay(seller: "mixed-store").differences.isEmpty)
    }

    @Test func clearingAClaimOnAnUncategorisedSKUNeverPutsItLive() throws {
        let (tmp, engine, _) = try Self.onboard()
        defer { tmp.remove() }
        let flags = try engine.db.flags(seller: "mixed-store").filter { $0.sku == "DT-1" && $0.severity != .warn }
        #expect(!flags.isEmpty)
        let reject = flags.contains { $0.severity == .reject }
        if !reject {
            try engine.decide(seller: "mixed-store", flags: flags.map(\.id), decision: .clear)
            let listing = try #require(try engine.db.listing(seller: "mixed-store", sku: "DT-1"))
            #expect(listing.status == .unmapped, "no category: back to waiting, not live")
            #expect(listing.coverageReason?.contains("no TikTok Shop category") == true)
        }
        #expect(try engine.db.listing(seller: "mixed-store", sku: "DT-1")?.status != .live)
        #expect(try engine.replay(seller: "mixed-store").differences.isEmpty)
    }

    @Test func aBadLabelRowIsNamedWithItsLine() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let path = tmp.folder.appendingPathComponent("labels.csv").path
        try "store,product_key,class,category_ids,note\ns,k,LIST,601925,ok\ns,k2,MAYBE,,x\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try CatalogueEvaluation.labels(at: path, knownCategories: [601925])
        } throws: { "\($0)".contains("line 3") && "\($0)".contains("MAYBE") }
        try "store,product_key,class,category_ids,note\ns,k,LIST,999,ok\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try CatalogueEvaluation.labels(at: path, knownCategories: [601925])
        } throws: { "\($0)".contains("line 2") && "\($0)".contains("999") }
    }

    @Test func theDevSetScoresComeFromTheModel() throws {
        let dev = SharedData.url("catalogs/dev").path
        let labels = try CatalogueEvaluation.labels(at: dev + "/labels.csv", knownCategories: Set(Fixture.resources.mapping.categories.map(\.id)))
        let evaluation = CatalogueEvaluation(resources: Fixture.resources)
        let tmp = TempDatabase()
        defer { tmp.remove() }
        var outcomes = [CatalogueEvaluation.Outcome]()
        for store in ["vietjewelers-silver", "hello-healthy-supplements", "cases-store-phone-cases"] {
            let export = try #require(CatalogueEvaluation.export(store: store, in: dev))
            let r = try evaluation.evaluate(
                store: store, platform: export.platform, path: export.path,
                labels: labels.filter { $0.store == store }, scratch: tmp.folder.path)
            outcomes += r.outcomes
        }
        func share(_ c: CatalogueEvaluation.LabelClass) -> Double {
            let of = outcomes.filter { $0.label.label == c }
            return Double(of.filter(\.good).count) / Double(max(of.count, 1))
        }
        #expect(share(.prohibited) == 1.0, "every prohibited good rejected")
        #expect(share(.noCategory) >= 0.9)
        #expect(share(.list) >= 0.85, "silver jewellery, phone cases and the store's soaps go live in the right branch")
    }

    @Test func aVariantsColourDoesNotDecideWhatTheProductIs() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let path = tmp.folder.appendingPathComponent("skins.csv").path
        try """
        Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Gift Card,Status
        skin,Full Body Sticker Wrap Skin for Samsung S9,<p>Fitted case.</p>,Dca,,samsung,samsung,TRUE,Color,rose red,SK-ROSE,20,5,4.00,FALSE,active
        skin,,,,,,,,,black,SK-BLACK,20,5,4.00,,

        """.write(toFile: path, atomically: true, encoding: .utf8)
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        _ = try engine.importCatalogue(platform: .shopify, file: path, seller: "Skins", region: .uk, currency: "GBP")
        _ = try engine.onboard(seller: "skins", tier: .premium, apps: [], seed: 1)
        let listings = try engine.db.listings(seller: "skins")
        #expect(listings.map(\.title).contains { $0.hasSuffix(" - rose red") }, "the SKU keeps its variant's name")
        for l in listings {
            #expect(
                l.tiktokCategoryPath == "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers",
                "\(l.sku): a rose red skin is not a flower")
        }
        let item = CatalogItem(
            sku: "T", productID: "t", title: "Anti-Slip Mat - Extra Large", descriptionHTML: "", tags: [], category: .none,
            attributes: ["size": "Large"], price: Money(minorUnits: 100, currency: "GBP"), inventory: [:], imageCount: 0)
        #expect(item.productTitle == item.title, "a title's own dash is kept when what follows is not the SKU's option")
    }
}
