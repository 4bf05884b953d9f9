import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("A store's shelves of services")
struct ServiceShelfTests {
    static let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)

    @Test func aShelfMostlyOfTreatmentsSpeaksForItsUnnamedOnes() {
        let store =
            ProhibitedGoodsTests.shelf(
                ["Signature Facial 60 min", "Hydrafacial Platinum", "Acne Facial 45 min", "Back Facial", "Glow Boost", "Aftercare Balm 30ml"],
                on: "Facials")
            + ProhibitedGoodsTests.shelf(["Lash Lift", "Brow Tint"], on: "Brows")
            + ProhibitedGoodsTests.shelf(["Microneedling Course of 3", "Vitamin C Serum", "Retinol Night Cream", "SPF 50 Fluid"], on: "Skincare")
            + ProhibitedGoodsTests.shelf(["Gift Voucher £50", "Gift Voucher £100", "Festive Wrap"], on: "Uncategorized")
        let shelves = Self.mapper.serviceShelves(store)
        #expect(
            shelves == ["Facials": -12],
            "four of six facials say so: two thirds; two brows are too few; one of four skincare products is not most; a generic shelf never counts")
        let reading = Self.mapper.readingShelves(shelves)
        func result(_ title: String, _ shelf: String, mapper: TaxonomyMapper) -> MappingResult {
            mapper.classify(CategoryClassifier.Input(title: title), source: .freeText(shelf), attributes: ["brand": "Clinic"]).result
        }
        let glow = result("Glow Boost", "Facials", mapper: reading)
        #expect(glow.kind == .notEligible, "\(glow)")
        #expect(glow.reason?.contains("most of the merchant's \"Facials\" are") == true, "\(String(describing: glow.reason))")
        #expect(result("Glow Boost", "Facials", mapper: Self.mapper).kind != .notEligible, "a mapper reads a store's shelves only when given them")
        #expect(result("Aftercare Balm 30ml", "Facials", mapper: reading).kind != .notEligible, "a product its title names is a product")
        #expect(result("Vitamin C Serum", "Skincare", mapper: reading).kind != .notEligible, "another shelf is its own")
        let fixed = reading.classify(
            CategoryClassifier.Input(title: "Glow Boost"), source: .freeText("Facials"), attributes: ["brand": "Clinic"], checkEligibility: false)
        #expect(fixed.result.kind != .notEligible, "a person's word that it is eligible stands over the shelf")
    }

    /// A clinic's "Treatments": the treatment its title does not name is not eligible at
    /// onboarding, the ledger says which shelf was read, and the merchant's next one follows.
    @Test func aClinicsTreatmentShelfHoldsThroughSyncsAndReplays() throws {
        let rows = [
            "a,Signature Facial 60 min,<p>Cleanse.</p>,Clinic,,Treatments,,TRUE,Title,Default Title,T-1,0,10,80.00,FALSE,active",
            "b,Laser Hair Removal Full Legs,<p>Six visits.</p>,Clinic,,Treatments,,TRUE,Title,Default Title,T-2,0,10,300.00,FALSE,active",
            "c,Lip Blush,<p>Semi-permanent.</p>,Clinic,,Treatments,,TRUE,Title,Default Title,T-3,0,10,250.00,FALSE,active",
            "d,Skin Reset,<p>Our favourite.</p>,Clinic,,Treatments,,TRUE,Title,Default Title,T-4,0,10,90.00,FALSE,active",
            "e,Hyaluronic Serum 30ml,<p>Daily serum.</p>,Clinic,,Skincare,,TRUE,Title,Default Title,S-1,100,10,35.00,FALSE,active",
        ]
        let next = "f,Winter Glow,<p>Seasonal.</p>,Clinic,,Treatments,,TRUE,Title,Default Title,T-5,0,10,95.00,FALSE,active"
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let engine = try MerchantSyncTests.onboarded(rows, seller: "Clinic", in: tmp)
        #expect(try engine.db.listing(seller: "clinic", sku: "T-4")?.eligibility == .notEligible)
        #expect(try engine.db.listing(seller: "clinic", sku: "S-1")?.status == .live, "the clinic's serum is on another shelf")
        let started = try #require(try engine.db.events(seller: "clinic").first { $0.kind == .onboardingStarted })
        #expect(OnboardingStarted(data: started.data)?.serviceShelves == ["Treatments": -12], "the ledger says which shelves were read as services")

        try MerchantSyncTests.importRows(rows + [next], "v2.csv", seller: "Clinic", into: engine, in: tmp)
        #expect(try engine.db.listing(seller: "clinic", sku: "T-5")?.eligibility == .notEligible, "the merchant's new treatment is read as its shelf's")
        #expect(try engine.replay(seller: "clinic").differences.isEmpty)
    }
}
