import GRDB
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Determinism, idempotence and bad input")
struct DeterminismTests {
    @Test func sameSeedSameLedgerByteForByte() throws {
        let a = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 7)
        let b = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 7)
        defer { a.tmp.remove(); b.tmp.remove() }
        #expect(a.report.ledgerHead == b.report.ledgerHead)
        #expect(try a.engine.db.events(seller: "prairie").map(\.jsonLine) == b.engine.db.events(seller: "prairie").map(\.jsonLine))
        let c = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 8)
        defer { c.tmp.remove() }
        #expect(c.report.ledgerHead != a.report.ledgerHead)
    }

    @Test func rerunWithTheSameSettingsWritesNothing() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 3)
        defer { run.tmp.remove() }
        let again = try run.engine.onboard(seller: "prairie", tier: .lite, apps: ["klaviyo"], seed: 3)
        #expect(again.alreadyOnboarded)
        #expect(again.ledgerHead == run.report.ledgerHead)
        #expect(again.ledgerEvents == run.report.ledgerEvents)
    }

    static func snapshot(_ db: PierDatabase) throws -> [String] {
        try db.readDB { db in
            var rows = [String]()
            for table in ["sellers", "listings", "flags", "conflicts", "installs", "ledger"] {
                rows.append("\(table):\(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1)")
            }
            rows.append(contentsOf: try String.fetchAll(db, sql: "SELECT hash FROM ledger ORDER BY seller_id, seq"))
            rows.append(contentsOf: try String.fetchAll(db, sql: "SELECT id || status || coalesce(tier,'') || coalesce(apps,'') FROM sellers ORDER BY id"))
            return rows
        }
    }

    @Test func everyBadInputLeavesTheDatabaseUnchanged() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 4)
        defer { run.tmp.remove() }
        let before = try Self.snapshot(run.engine.sqlite)
        let attempts: [(String, () throws -> Void)] = [
            ("unknown seller", { _ = try run.engine.onboard(seller: "acme", tier: .standard, apps: [], seed: 1) }),
            ("unknown app", { _ = try run.engine.onboard(seller: "lumina", tier: .standard, apps: ["mailchimp"], seed: 1) }),
            ("duplicate app", { _ = try run.engine.onboard(seller: "lumina", tier: .standard, apps: ["yotpo", "yotpo"], seed: 1) }),
            ("refused tier", { _ = try run.engine.onboard(seller: "pixelgrid", tier: .standard, apps: [], seed: 1) }),
            ("lite over cap", { _ = try run.engine.onboard(seller: "lumina", tier: .lite, apps: [], seed: 1) }),
            ("other settings", { _ = try run.engine.onboard(seller: "prairie", tier: .standard, apps: ["klaviyo"], seed: 4) }),
        ]
        for (name, attempt) in attempts {
            #expect(throws: OnboardingError.self, "\(name)") { try attempt() }
            #expect(try Self.snapshot(run.engine.sqlite) == before, "\(name) changed the database")
        }
    }
}
