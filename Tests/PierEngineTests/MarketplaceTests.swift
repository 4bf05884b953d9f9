import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Partner App Marketplace: consent and revocation")
struct MarketplaceTests {
    @Test func installConsentsToExactlyTheDeclaredScopesAndUninstallRevokes() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 6)
        defer { run.tmp.remove() }
        #expect(throws: OnboardingError.self, "Lite allows one app") { try run.engine.install(seller: "prairie", app: "judgeme") }

        try run.engine.uninstall(seller: "prairie", app: "klaviyo")
        let revoked = try #require(try run.engine.db.installs(seller: "prairie").first { $0.appID == "klaviyo" })
        #expect(revoked.revokedAt != nil)

        try run.engine.install(seller: "prairie", app: "judgeme")
        let installed = try #require(try run.engine.db.installs(seller: "prairie").first { $0.appID == "judgeme" })
        #expect(installed.scopes == Fixture.resources.app("judgeme")?.scopes.map(\.rawValue))
        #expect(installed.revokedAt == nil)

        let events = try run.engine.db.events(seller: "prairie").suffix(2)
        #expect(events.map(\.type) == ["app.uninstalled", "app.installed"])
        #expect(events.last?.data["consented"]?.boolValue == true)
        #expect(try run.engine.replay(seller: "prairie").differences.isEmpty)
        #expect(try run.engine.db.verifyLedger(seller: "prairie").problem == nil)
    }

    @Test func refusedInstallsWriteNothing() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 6)
        defer { run.tmp.remove() }
        let before = try DeterminismTests.snapshot(run.engine.sqlite)
        #expect(throws: OnboardingError.self) { try run.engine.install(seller: "prairie", app: "zendesk") }
        #expect(throws: OnboardingError.self) { try run.engine.install(seller: "prairie", app: "klaviyo") }
        #expect(throws: OnboardingError.self) { try run.engine.install(seller: "lumina", app: "klaviyo") }
        #expect(throws: OnboardingError.self) { try run.engine.uninstall(seller: "prairie", app: "yotpo") }
        #expect(try DeterminismTests.snapshot(run.engine.sqlite) == before)
    }
}
