import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The seed's worked examples, produced by the model (DESIGN.md): each figure is asserted
/// within a band, never typed in.
@Suite("Seed worked examples")
struct SeedExampleTests {
    @Test func luminaOnStandardWithYotpoKlaviyoShipStation() throws {
        let run = try Fixture.lumina.get()
        let m = run.metrics
        #expect(m.skus == 1_200)
        #expect(SeedBands.band("lumina", .coverage).contains(Fixture.percent(m.coverageBP)), "coverage \(m.coverageBP) bp")
        #expect(SeedBands.band("lumina", .flagged).contains(Fixture.percent(m.flaggedBP)), "flagged \(m.flaggedBP) bp")
        #expect(m.healthClaimFlaggedSKUs * 2 > m.flaggedSKUs, "mostly health-claim rules: \(m.healthClaimFlaggedSKUs) of \(m.flaggedSKUs)")
        #expect(SeedBands.band("lumina", .syncMinutes).contains(Fixture.minutes(m.syncMillis)), "sync \(m.syncMillis) ms")
        #expect(SeedBands.band("lumina", .oauthMinutes).contains(Fixture.minutes(m.oauthMillis)), "OAuth \(m.oauthMillis) ms")
        #expect(m.apps == 3)
        #expect(m.requests > m.skus, "every SKU costs signed API calls")
    }

    @Test func pixelGridNeedsPremiumForMultiRegion() throws {
        let r = try PierEngine.reserve(seller: "pixelgrid", tier: .standard, apps: ["rithum", "zendesk"], seed: 1, resources: Fixture.resources)
        #expect(!r.fits)
        #expect(r.refusals.contains { $0.contains("multi-region needs Premium") })
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        #expect(throws: OnboardingError.self) { try engine.onboard(seller: "pixelgrid", tier: .standard, apps: ["rithum"], seed: 1) }
    }

    @Test func pixelGridOnPremiumHasTheHigherInventoryConflictRate() throws {
        let m = try Fixture.pixelgrid.get().metrics
        #expect(m.skus == 5_500)
        #expect(
            SeedBands.band("pixelgrid", .inventoryConflicts).contains(Fixture.percent(m.inventoryConflictBP)), "inventory conflicts \(m.inventoryConflictBP) bp"
        )
        let lumina = try Fixture.lumina.get().metrics
        #expect(m.inventoryConflictBP > 3 * lumina.inventoryConflictBP, "multi-region multichannel conflicts far more than single-region Shopify")
    }

    @Test func prairieOnLiteWithKlaviyo() throws {
        let m = try Fixture.prairie.get().metrics
        #expect(m.skus == 380)
        #expect(SeedBands.band("prairie", .flagged).contains(Fixture.percent(m.flaggedBP)), "flagged \(m.flaggedBP) bp")
        let lumina = try Fixture.lumina.get().metrics
        #expect(m.flaggedBP < lumina.flaggedBP)
        let pixelgrid = try Fixture.pixelgrid.get().metrics
        #expect(m.flaggedBP < pixelgrid.flaggedBP, "the seed's lowest moderation flag rate")
    }

    @Test func liteRefusesOverCapCataloguesAndExtraApps() {
        let refusals = TierPlanner.refusals(
            tier: .lite, sellerName: "Big", regions: [.us], skus: 1_200,
            apps: Fixture.resources.apps.filter { ["klaviyo", "judgeme"].contains($0.id) })
        #expect(refusals.contains { $0.contains("over Lite's trial cap") })
        #expect(refusals.contains { $0.contains("one partner app") })
        let pii = TierPlanner.refusals(tier: .standard, sellerName: "S", regions: [.us], skus: 10, apps: Fixture.resources.apps.filter { $0.id == "zendesk" })
        #expect(pii.contains { $0.contains("customer.pii.read") })
    }

    @Test func projectionIsCloseToTheSimulatedSync() throws {
        for result in [Fixture.lumina, Fixture.prairie] {
            let m = try result.get().metrics
            let ratio = Double(m.syncMillis) / Double(m.projectedSyncMillis)
            #expect((0.7...1.4).contains(ratio), "projected \(m.projectedSyncMillis) vs simulated \(m.syncMillis)")
        }
    }
}
