import Foundation
import GRDB
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

@Suite("Copying a store between SQLite and PostgreSQL")
struct StoreCopyTests {
    static func onboarded() throws -> (TestStore, PierEngine) {
        let t = try #require(try TestStore.make(.sqlite))
        let engine = PierEngine(db: t.store, resources: Fixture.resources, operator: .pinned("tester"))
        try engine.seedSellersIfNeeded()
        _ = try engine.onboard(seller: "prairie", tier: .lite, apps: ["klaviyo"], seed: 9)
        _ = try engine.trade(seller: "prairie", days: 1)
        try engine.grant("alice", role: .ops)
        return (t, engine)
    }

    @Test func aCopyThereAndBackIsTheSameStore() throws {
        let (source, _) = try Self.onboarded()
        defer { source.remove() }
        guard let middle = try TestStore.make(.postgres) else { return }
        defer { middle.remove() }
        let back = try #require(try TestStore.make(.sqlite))
        defer { back.remove() }
        let there = try StoreCopy.copy(from: source.store, to: middle.store)
        let again = try StoreCopy.copy(from: middle.store, to: back.store)
        #expect(there == again)
        #expect(there.sellers.map(\.id) == ["lumina", "pixelgrid", "prairie"] && there.operators == 1)
        let prairie = try #require(there.sellers.last)
        let sourceHead = try source.store.verifyLedger(seller: "prairie").head
        #expect(prairie.events > 1_000 && prairie.head == sourceHead)
        for store in [middle.store, back.store] {
            #expect(try store.sellers() == source.store.sellers())
            #expect(try store.listings(seller: "prairie") == source.store.listings(seller: "prairie"))
            #expect(try store.flags(seller: "prairie") == source.store.flags(seller: "prairie"))
            #expect(try store.orders(seller: "prairie") == source.store.orders(seller: "prairie"))
            #expect(try store.roster() == source.store.roster())
        }
        let engine = PierEngine(db: middle.store, resources: Fixture.resources, operator: .pinned("tester"))
        #expect(try engine.replay(seller: "prairie").differences.isEmpty, "the copy's derived tables are what its ledger derives")
    }

    @Test func aCopyIntoAStoreWithSellersIsRefusedAndWritesNothing() throws {
        let (source, _) = try Self.onboarded()
        defer { source.remove() }
        for kind in StoreKind.allCases {
            guard let target = try TestStore.make(kind) else { continue }
            defer { target.remove() }
            _ = try target.store.appendLedger(seller: "other", drafts: [LedgerDraft(at: 1, type: .sellerRegistered, actor: "pier:test", data: [:])])
            #expect(throws: StoreCopy.Refusal.self) { try StoreCopy.copy(from: source.store, to: target.store) }
            #expect(try target.store.ledgerSellers() == ["other"])
            #expect(try target.store.sellers().isEmpty)
        }
    }

    @Test func aTamperedSourceIsNotCopied() throws {
        let (source, _) = try Self.onboarded()
        defer { source.remove() }
        let db = try #require(source.store as? PierDatabase)
        try db.writeDB { db in
            try db.execute(sql: "DROP TRIGGER ledger_no_update")
            try db.execute(sql: "UPDATE ledger SET at = at + 1 WHERE seller_id = 'prairie' AND seq = 3")
        }
        let target = try #require(try TestStore.make(.sqlite))
        defer { target.remove() }
        let error = #expect(throws: StoreCopy.Refusal.self) { try StoreCopy.copy(from: source.store, to: target.store) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("prairie"))
        #expect(try target.store.sellers().isEmpty)
    }

    /// An imported seller worked in the catalogue workbench: rules, a SKU fix and an undo.
    static func fixed(on kind: StoreKind) throws -> (head: String, listings: [ListingRecord], fixes: [CatalogueFix], worklist: CatalogueWorklist)? {
        guard let t = try TestStore.make(kind) else { return nil }
        defer { t.remove() }
        let engine = PierEngine(db: t.store, resources: Fixture.resources, operator: .pinned("tester"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("acme.csv").path
        try CatalogueFixTests.export.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try engine.importCatalogue(platform: .shopify, file: path, seller: "Acme Shop", region: .uk, currency: "GBP")
        _ = try engine.onboard(seller: "acme-shop", tier: .standard, apps: [], seed: 7)
        _ = try engine.applyFix(seller: "acme-shop", target: .vendor("Acme"), change: .category(CatalogueFixTests.boardGames))
        _ = try engine.applyFix(seller: "acme-shop", target: .skus(["EH-1"]), change: .eligibility(false), reason: "a service")
        _ = try engine.revertFix(seller: "acme-shop", fix: 2)
        _ = try engine.applyFix(seller: "acme-shop", target: .sourceCategory("Apparel & Accessories > Jewelry > Rings"), change: .category(600341))
        _ = try engine.applyFix(seller: "acme-shop", target: .vendor("Luna"), change: .attribute(name: "brand", value: "Glock Handgun"))
        #expect(try engine.replay(seller: "acme-shop").differences.isEmpty, "\(kind)")
        let listings = try t.store.listings(seller: "acme-shop")
        let counted = CatalogueWorklist(
            waiting: try t.store.waitingListings(seller: "acme-shop"), counts: try t.store.listingCounts(seller: "acme-shop"))
        #expect(counted == CatalogueWorklist(listings), "\(kind): the store's counts and waiting rows give the worklist the listings give")
        return (try t.store.verifyLedger(seller: "acme-shop").head, listings, try engine.fixes(seller: "acme-shop"), counted)
    }

    @Test func workbenchFixesGiveTheSameLedgerOnBothStores() throws {
        let sqlite = try #require(try Self.fixed(on: .sqlite))
        guard let postgres = try Self.fixed(on: .postgres) else { return }
        #expect(postgres.head == sqlite.head)
        #expect(postgres.listings == sqlite.listings)
        #expect(postgres.fixes == sqlite.fixes && sqlite.fixes.count == 4)
        #expect(postgres.worklist == sqlite.worklist)
        #expect(sqlite.worklist.total == 7, "\(sqlite.worklist.total) \(sqlite.worklist.notEligible) \(sqlite.worklist.live)")
    }
}
