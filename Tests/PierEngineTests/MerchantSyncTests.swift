import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// Re-importing an onboarded seller's changed export is a sync from the merchant's side: only
/// the delta moves, through mapping, moderation and the resolver, on the ledger.
@Suite("Merchant-side sync: a changed export for an onboarded seller")
struct MerchantSyncTests {
    static let header =
        "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Gift Card,Status"

    static let before = """
        \(header)
        hoops,Sterling Silver Hoop Earrings,<p>Made of 925 silver.</p>,Luna,,,,TRUE,Title,Default Title,EH-1,5,10,19.00,FALSE,active
        ring,Sterling Silver Ring,<p>A plain band.</p>,Luna,,,,TRUE,Title,Default Title,RG-1,5,10,25.00,FALSE,active
        serum,Miracle Growth Serum,<p>Cures hair loss in 7 days.</p>,Luna,,Serum,,TRUE,Title,Default Title,MS-1,50,10,25.00,FALSE,active
        chain,Silver Chain Necklace,<p>Curb chain.</p>,Luna,,,,TRUE,Title,Default Title,CN-1,5,10,30.00,FALSE,active
        anklet,Silver Anklet,<p>Fine chain.</p>,Luna,,,,TRUE,Title,Default Title,AK-1,5,10,15.00,FALSE,active

        """

    /// The ring is gone, the hoops cost more and have more stock, the serum's claim is rewritten,
    /// the chain's title now names a handgun holster, and a bracelet is new.
    static let after = """
        \(header)
        hoops,Sterling Silver Hoop Earrings,<p>Made of 925 silver.</p>,Luna,,,,TRUE,Title,Default Title,EH-1,5,25,21.50,FALSE,active
        serum,Nourishing Hair Serum,<p>Argan oil for shine.</p>,Luna,,Serum,,TRUE,Title,Default Title,MS-1,50,10,25.00,FALSE,active
        chain,Silver Chain Necklace with Handgun Holster,<p>Curb chain.</p>,Luna,,,,TRUE,Title,Default Title,CN-1,5,10,30.00,FALSE,active
        anklet,Silver Anklet,<p>Fine chain with a heart charm.</p>,Luna,,,,TRUE,Title,Default Title,AK-1,5,10,15.00,FALSE,active
        bangle,Sterling Silver Bangle Bracelet,<p>Hammered silver.</p>,Luna,,,,TRUE,Title,Default Title,BB-1,5,10,35.00,FALSE,active

        """

    static func write(_ text: String, _ name: String, in tmp: TempDatabase) throws -> String {
        let path = tmp.folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `rows` (Shopify product rows under `header`) as the export `name` of `seller`, imported.
    @discardableResult
    static func importRows(_ rows: [String], _ name: String, seller: String, into engine: PierEngine, in tmp: TempDatabase) throws -> ImportReport {
        let csv = ([header] + rows).joined(separator: "\n") + "\n"
        return try engine.importCatalogue(platform: .shopify, file: try write(csv, name, in: tmp), seller: seller, region: .uk, currency: "GBP")
    }

    /// An engine over `tmp` with `rows` imported for `seller` and onboarded (Premium, seed 7).
    static func onboarded(_ rows: [String], seller: String, in tmp: TempDatabase) throws -> PierEngine {
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        try importRows(rows, "v1.csv", seller: seller, into: engine, in: tmp)
        _ = try engine.onboard(seller: seller.lowercased(), tier: .premium, apps: [], seed: 7)
        return engine
    }

    static func onboarded() throws -> (TempDatabase, PierEngine) {
        let tmp = TempDatabase()
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        _ = try engine.importCatalogue(platform: .shopify, file: try write(before, "v1.csv", in: tmp), seller: "Luna", region: .uk, currency: "GBP")
        _ = try engine.onboard(seller: "luna", tier: .premium, apps: [], seed: 7)
        return (tmp, engine)
    }

    @Test func theDeltaFlowsThroughMappingModerationAndTheResolver() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let before = Dictionary(uniqueKeysWithValues: try engine.db.listings(seller: "luna").map { ($0.sku, $0) })
        #expect(before["MS-1"]?.status == .held)
        #expect(before["RG-1"]?.status == .live)
        let events = try engine.db.verifyLedger(seller: "luna").events

        let report = try engine.importCatalogue(
            platform: .shopify, file: try Self.write(Self.after, "v2.csv", in: tmp), seller: "Luna",
            region: .uk, currency: "GBP")
        let sync = try #require(report.sync, "an onboarded seller's re-import is a sync, not a refusal")
        #expect(sync.added == 1 && sync.changed == 4 && sync.removed == 1)
        #expect(sync.rejected == 1 && sync.withdrawnFlags >= 1)

        let after = Dictionary(uniqueKeysWithValues: try engine.db.listings(seller: "luna").map { ($0.sku, $0) })
        #expect(after["RG-1"]?.status == .removed)
        #expect(after["EH-1"]?.status == .live)
        #expect(after["EH-1"]?.priceMinor == 2150, "the merchant's new price, through the resolver")
        #expect(after["EH-1"]?.inventory[.uk] == 25)
        #expect(after["MS-1"]?.status == .live, "the rewritten text passes; the old claim's flag is withdrawn")
        #expect(after["CN-1"]?.status == .rejected)
        #expect(after["BB-1"]?.status == .live)
        #expect(after["AK-1"]?.status == .live, "a live product whose text changed is edited on TikTok Shop and reviewed again")
        let flags = try engine.db.flags(seller: "luna")
        #expect(flags.filter { $0.sku == "MS-1" }.allSatisfy { $0.state == .withdrawn || $0.severity == .warn })
        #expect(flags.contains { $0.sku == "CN-1" && $0.ruleID == "PG-003" && $0.state == .open })

        let written = Array(try engine.db.events(seller: "luna").dropFirst(Int(events)))
        let types = Set(written.map(\.type))
        #expect(
            types.isSuperset(of: [
                "catalog.imported", "listing.removed", "listing.changed", "flag.withdrawn", "sku.imported", "product.created",
                "product.updated", "listing.live", "catalog.synced",
            ]))
        #expect(!written.contains { $0.sku == "EH-1" && $0.type == "sku.imported" }, "a price and stock change is not a re-import of the product")
        #expect(written.allSatisfy { $0.at > before.values.compactMap(\.liveAt).max() ?? 0 }, "the sync continues the virtual clock")
        #expect(try engine.replay(seller: "luna").differences.isEmpty)
        let seller = try #require(try engine.db.seller("luna"))
        #expect(OnboardingMetrics(json: seller.metrics ?? .null).skus == 5, "coverage counts the SKUs the store has now")

        let again = try engine.importCatalogue(
            platform: .shopify, file: try Self.write(Self.after, "v3.csv", in: tmp), seller: "Luna",
            region: .uk, currency: "GBP")
        #expect(again.sync == nil && again.added + again.changed + again.removed == 0)
        #expect(try engine.db.verifyLedger(seller: "luna").events == events + Int64(written.count), "the same export again writes nothing")
    }

    /// A menswear shop that writes "Men's" on some titles: its unnamed garments are men's at
    /// onboarding, after a person's fix and when a re-import brings a new one.
    @Test func aMenswearStoresUnnamedGarmentsStayMensThroughFixesAndSyncs() throws {
        let rows = [
            "shirt,Men's Oxford Shirt,<p>Cotton.</p>,Hale,,Shirts,,TRUE,Title,Default Title,OX-1,300,10,45.00,FALSE,active",
            "jacket,Men's Denim Jacket,<p>Rigid denim.</p>,Hale,,Jackets,,TRUE,Title,Default Title,DJ-1,900,10,80.00,FALSE,active",
            "socks,Men's Crew Socks,<p>Cotton.</p>,Hale,,Socks,,TRUE,Title,Default Title,CS-1,100,10,9.00,FALSE,active",
            "chinos,Slim Fit Chino Trousers,<p>Stretch cotton.</p>,Hale,,Trousers,,TRUE,Title,Default Title,CH-1,500,10,55.00,FALSE,active",
            "coat,Wool Overcoat,<p>Wool blend.</p>,Hale,,Coats,,TRUE,Title,Default Title,WO-1,1500,10,190.00,FALSE,active",
        ]
        let cargo = "cargo,Cargo Trousers,<p>Ripstop.</p>,Hale,,Trousers,,TRUE,Title,Default Title,CG-1,500,10,60.00,FALSE,active"
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let engine = try Self.onboarded(rows, seller: "Hale", in: tmp)
        func path(_ sku: String) throws -> String {
            try engine.db.listings(seller: "hale").first { $0.sku == sku }?.tiktokCategoryPath ?? "-"
        }
        #expect(try path("CH-1") == "Menswear & Underwear>Men's Bottoms>Trousers")
        #expect(try path("WO-1").hasPrefix("Menswear & Underwear>Men's Tops"))
        let started = try #require(try engine.db.events(seller: "hale").first { $0.kind == .onboardingStarted })
        #expect(OnboardingStarted(data: started.data)?.buyer == .men, "the ledger says whose the store's garments are")

        _ = try engine.applyFix(seller: "hale", target: .skus(["CH-1"]), change: .attribute(name: "material", value: "cotton"))
        #expect(try path("CH-1") == "Menswear & Underwear>Men's Bottoms>Trousers", "a fix reads the product again as onboarding did")

        try Self.importRows(rows + [cargo], "v2.csv", seller: "Hale", into: engine, in: tmp)
        #expect(try path("CG-1") == "Menswear & Underwear>Men's Bottoms>Trousers", "the merchant's new product too")
        #expect(try engine.replay(seller: "hale").differences.isEmpty)
    }

    /// A gun shop's "Parts" shelf: what most of its products are says what the one whose words
    /// name nothing a rule knows is, at onboarding, after a person's fix and at a re-import.
    @Test func aShelfOfFirearmPartsRejectsItsUnnamedPartThroughFixesAndSyncs() throws {
        let rows = [
            "bcg,Nitride Bolt Carrier Group,<p>Full auto profile.</p>,Arms,,Parts,,TRUE,Title,Default Title,BC-1,300,10,129.00,FALSE,active",
            "hg,M-LOK Handguard 15 inch,<p>Free float.</p>,Arms,,Parts,,TRUE,Title,Default Title,HG-1,400,10,159.00,FALSE,active",
            "lower,Stripped Lower Receiver,<p>Forged 7075.</p>,Arms,,Parts,,TRUE,Title,Default Title,LR-1,300,10,99.00,FALSE,active",
            "stock,Bravo Stock,<p>Black.</p>,Arms,,Parts,,TRUE,Title,Default Title,BS-1,300,10,79.00,FALSE,active",
            "cap,Logo Snapback Cap,<p>Embroidered.</p>,Arms,,Apparel,,TRUE,Title,Default Title,SC-1,100,10,25.00,FALSE,active",
        ]
        let grip = "grip,Bravo Grip Mod 3,<p>Black.</p>,Arms,,Parts,,TRUE,Title,Default Title,BG-1,100,10,29.00,FALSE,active"
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let engine = try Self.onboarded(rows, seller: "Arms", in: tmp)
        func shelfFlag(_ sku: String) throws -> FlagRecord? {
            try engine.db.flags(seller: "arms").first { $0.sku == sku && $0.ruleID == "PG-003" && $0.field == "category" }
        }
        #expect(try engine.db.listing(seller: "arms", sku: "BS-1")?.eligibility == .prohibited)
        #expect(try shelfFlag("BS-1")?.matched == "Parts", "the flag names the shelf")
        #expect(try engine.db.listing(seller: "arms", sku: "SC-1")?.status == .live, "the shop's cap is on another shelf")
        let started = try #require(try engine.db.events(seller: "arms").first { $0.kind == .onboardingStarted })
        #expect(OnboardingStarted(data: started.data)?.shelves == ["Parts": "PG-003"], "the ledger says which shelves were read as prohibited")

        _ = try engine.applyFix(seller: "arms", target: .skus(["SC-1"]), change: .attribute(name: "material", value: "cotton"))
        #expect(try engine.db.listing(seller: "arms", sku: "BS-1")?.eligibility == .prohibited, "a fix elsewhere changes nothing")

        try Self.importRows(rows + [grip], "v2.csv", seller: "Arms", into: engine, in: tmp)
        #expect(try engine.db.listing(seller: "arms", sku: "BG-1")?.eligibility == .prohibited, "the merchant's new part is read as its shelf's")
        #expect(try shelfFlag("BG-1") != nil)
        #expect(try engine.replay(seller: "arms").differences.isEmpty)
    }

    @Test func theSameSyncGivesTheSameLedger() throws {
        var heads = [String]()
        for _ in 0..<2 {
            let (tmp, engine) = try Self.onboarded()
            defer { tmp.remove() }
            _ = try engine.importCatalogue(
                platform: .shopify, file: try Self.write(Self.after, "v2.csv", in: tmp), seller: "Luna", region: .uk,
                currency: "GBP")
            heads.append(try engine.db.verifyLedger(seller: "luna").head)
        }
        #expect(heads[0] == heads[1])
    }

    @Test func aRemovedProductsFlagsAreWithdrawnAndADecisionCannotPutItBack() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let open = try engine.db.flags(seller: "luna").filter { $0.sku == "MS-1" && $0.state == .open }
        #expect(!open.isEmpty, "the serum's claim is held for review")
        let withoutSerum = Self.before.split(separator: "\n").filter { !$0.hasPrefix("serum,") }.joined(separator: "\n") + "\n"
        let report = try engine.importCatalogue(
            platform: .shopify, file: try Self.write(withoutSerum, "v2.csv", in: tmp), seller: "Luna",
            region: .uk, currency: "GBP")
        #expect(report.sync?.removed == 1 && report.sync?.withdrawnFlags == open.count)
        #expect(try engine.db.flags(seller: "luna").filter { $0.sku == "MS-1" }.allSatisfy { $0.state != .open })
        #expect(throws: OnboardingError.self, "a withdrawn flag cannot be decided") {
            try engine.decide(seller: "luna", flags: open.map(\.id), decision: .clear)
        }
        #expect(try engine.db.listing(seller: "luna", sku: "MS-1")?.status == .removed)
        #expect(try engine.replay(seller: "luna").differences.isEmpty)
    }

    @Test func anExportReadInAnotherCurrencyOrRegionIsRefused() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let head = try engine.db.verifyLedger(seller: "luna").head
        let file = try Self.write(Self.after, "v2.csv", in: tmp)
        #expect(throws: OnboardingError.badInput("luna sells in GBP; this export was read as USD: import it with currency GBP")) {
            _ = try engine.importCatalogue(platform: .shopify, file: file, seller: "Luna", region: .uk, currency: "USD")
        }
        #expect(throws: OnboardingError.self) {
            _ = try engine.importCatalogue(platform: .shopify, file: file, seller: "Luna", region: .us, currency: "GBP")
        }
        #expect(try engine.db.verifyLedger(seller: "luna").head == head, "nothing written")
    }

    @Test func aSyncThatFailsLeavesTheSellerAsItWas() throws {
        let (tmp, engine) = try Self.onboarded()
        defer { tmp.remove() }
        let head = try engine.db.verifyLedger(seller: "luna").head
        let listings = try engine.db.listings(seller: "luna")
        #expect(throws: OnboardingError.self, "every TikTok call fails: the sync gives up") {
            _ = try engine.importCatalogue(
                platform: .shopify, file: try Self.write(Self.after, "v2.csv", in: tmp), seller: "Luna", region: .uk,
                currency: "GBP", tiktokFailureRate: 1)
        }
        #expect(try engine.db.verifyLedger(seller: "luna").head == head)
        #expect(try engine.db.listings(seller: "luna") == listings)
    }
}
