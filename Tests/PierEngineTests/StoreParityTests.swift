import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The engine on SQLite and on PostgreSQL: the same seller, tier, apps, seed and actions give
/// the same ledger, byte for byte, and the same derived state.
@Suite("Store parity: one engine, two stores, one ledger")
struct StoreParityTests {
    /// Everything a seller's state is made of, as either store returns it.
    struct State: Equatable {
        let head: String
        let events: Int64
        let sellers: [SellerRecord]
        let listings: [ListingRecord]
        let flags: [FlagRecord]
        let conflicts: [ConflictRecord]
        let installs: [InstallRecord]
        let orders: [OrderRecord]
    }

    static func run(on kind: StoreKind, seller: String) throws -> State? {
        guard let t = try TestStore.make(kind) else { return nil }
        defer { t.remove() }
        let engine = PierEngine(db: t.store, resources: Fixture.resources, operator: .pinned("tester"))
        try engine.seedSellersIfNeeded()
        _ = try engine.onboard(seller: seller, tier: .standard, apps: ["yotpo"], seed: 2)
        _ = try engine.trade(seller: seller, days: 2)
        var rng = SeededRandom(seed: 5, stream: "store-parity")
        for _ in 1...40 { try IncrementalCommitTests.act(engine, seller: seller, rng: &rng) }
        let replay = try engine.replay(seller: seller)
        #expect(replay.differences.isEmpty, "\(kind): incremental state differs from a full replay: \(replay.differences.prefix(3))")
        let report = try t.store.verifyLedger(seller: seller)
        #expect(report.problem == nil, "\(kind): \(String(describing: report.problem))")
        let db = t.store
        return State(
            head: report.head, events: report.events, sellers: try db.sellers(), listings: try db.listings(seller: seller),
            flags: try db.flags(seller: seller), conflicts: try db.conflicts(seller: seller), installs: try db.installs(seller: seller),
            orders: try db.orders(seller: seller))
    }

    @Test func lumina_decisionsAndTradingGiveTheSameLedgerOnBothStores() throws {
        let sqlite = try #require(try Self.run(on: .sqlite, seller: "lumina"))
        guard let postgres = try Self.run(on: .postgres, seller: "lumina") else { return }
        #expect(sqlite.events > 1_000 && !sqlite.flags.isEmpty && !sqlite.orders.isEmpty)
        #expect(postgres.head == sqlite.head)
        #expect(postgres.events == sqlite.events)
        #expect(postgres.sellers == sqlite.sellers)
        #expect(postgres.listings == sqlite.listings)
        #expect(postgres.flags == sqlite.flags)
        #expect(postgres.conflicts == sqlite.conflicts)
        #expect(postgres.installs == sqlite.installs)
        #expect(postgres.orders == sqlite.orders)
    }
}
