import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Conflict queue decisions")
struct ConflictDecisionTests {
    @Test func takingASidesValueSetsTheListingAndIsLedgered() throws {
        let run = try Fixture.onboard("lumina", .standard, ["yotpo"], seed: 2)
        defer { run.tmp.remove() }
        let queued = try run.engine.db.conflicts(seller: "lumina", queueOnly: true).filter { $0.state == .open }
        let numeric = queued.filter { $0.resolution.field == "price" || $0.resolution.field.hasPrefix("inventory.") }
        let c = try #require(numeric.first { Int64($0.resolution.merchantValue) != Int64($0.resolution.resolvedValue) } ?? numeric.first).resolution
        #expect(throws: OnboardingError.self, "a reason is needed") {
            try run.engine.decideConflict(seller: "lumina", sku: c.sku, eventID: c.eventID, field: c.field, choice: .merchant, reason: " ")
        }
        try run.engine.decideConflict(seller: "lumina", sku: c.sku, eventID: c.eventID, field: c.field, choice: .merchant, reason: "warehouse count")
        let listing = try #require(try run.engine.db.listing(seller: "lumina", sku: c.sku))
        let merchant = try #require(Int64(c.merchantValue))
        if c.field == "price" {
            #expect(listing.priceMinor == merchant)
        } else {
            let region = try #require(Region(rawValue: String(c.field.dropFirst("inventory.".count))))
            #expect(Int64(listing.inventory[region] ?? -1) == merchant)
        }
        let stored = try run.engine.db.conflicts(seller: "lumina", queueOnly: true)
        #expect(stored.first { $0.resolution.eventID == c.eventID && $0.resolution.field == c.field }?.state == .tookMerchant)
        let event = try #require(try run.engine.db.events(seller: "lumina").last)
        #expect(event.type == "conflict.decided" && event.data["reason"]?.stringValue == "warehouse count" && event.data["operator"]?.stringValue == "tester")
        #expect(throws: OnboardingError.self, "decided once") {
            try run.engine.decideConflict(seller: "lumina", sku: c.sku, eventID: c.eventID, field: c.field, choice: .accept, reason: "again")
        }
        #expect(try run.engine.replay(seller: "lumina").differences.isEmpty, "the tables are what a full replay derives")
    }
}
