import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierStore

/// What every store promises the engine, held against SQLite and PostgreSQL alike: each test
/// runs once per store, each run on a fresh database.
@Suite("Store contract: SQLite and PostgreSQL alike")
struct StoreContractTests {
    static func drafts(_ n: Int, from: Int = 0, actor: String = "pier:test") -> [LedgerDraft] {
        (from..<(from + n)).map { i -> LedgerDraft in
            let type: LedgerEventType = i % 3 == 0 ? .flagRaised : .skuImported
            let note = i % 5 == 0 ? "Retinol 50% off" : "plain"
            let data: JSONValue = ["i": .int(Int64(i)), "note": .string(note)]
            return LedgerDraft(at: Int64(i * 1000), type: type, actor: actor, sku: "SKU-\(i % 7)", data: data)
        }
    }

    static func seller(_ id: String = "s") -> SellerRecord {
        SellerRecord(
            id: id, name: "Seller \(id)", platform: .shopify, vertical: "beauty", regions: [.uk, .us], currency: "GBP", skuCount: 3,
            origin: "import", status: .onboarded, tier: .standard, apps: ["klaviyo", "yotpo"], seed: UInt64.max - 7,
            metrics: ["coverage": .int(9_650)])
    }

    static func listing(_ sku: String, title: String = "Rose Face Cream 50ml", seller: String = "s") -> ListingRecord {
        ListingRecord(
            sellerID: seller, sku: sku, productID: "P-\(sku)", title: title, description: "A cream.", tags: ["face", "rose"],
            sourceCategory: "Health & Beauty > Skin Care", tiktokCategoryID: 601_450, tiktokCategoryPath: "Beauty > Skincare",
            coverageReason: nil, moderation: .pass, status: .live, priceMinor: 1_299, currency: "GBP", campaignPriceMinor: nil,
            inventory: [.uk: 3, .us: 12], moderationTags: [], liveAt: 60_000)
    }

    /// Runs `body` on a fresh store of `kind` (nothing, when PostgreSQL is skipped on purpose).
    static func with(_ kind: StoreKind, _ body: (TestStore) throws -> Void) throws {
        guard let t = try TestStore.make(kind) else { return }
        defer { t.remove() }
        try body(t)
    }

    @Test(arguments: StoreKind.allCases)
    func appendsChainAcrossTransactionsAndVerifies(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let db = t.store
            let head1 = try db.appendLedger(seller: "s", drafts: Self.drafts(3))
            let head2 = try db.appendLedger(seller: "s", drafts: Self.drafts(2, from: 3))
            let report = try db.verifyLedger(seller: "s", expectedHead: head2)
            #expect(report.problem == nil && report.events == 5 && report.head == head2)
            let events = try db.events(seller: "s")
            #expect(events.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(events[3].prevHash == head1)
            #expect(try db.verifyLedger(seller: "s", expectedHead: "beef").problem != nil)
            #expect(try db.ledgerSellers() == ["s"])
        }
    }

    /// The same drafts give the same chain, byte for byte, in either store.
    @Test func bothStoresChainTheSameBytes() throws {
        var heads = [String]()
        var bytes = [Data]()
        for kind in StoreKind.allCases {
            try Self.with(kind) { t in
                heads.append(try t.store.appendLedger(seller: "s", drafts: Self.drafts(40)))
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("pier-chain-\(UUID().uuidString)").path
                defer { try? FileManager.default.removeItem(atPath: file) }
                _ = try t.store.writeChainedBytes(seller: "s", to: file)
                bytes.append(try Data(contentsOf: URL(fileURLWithPath: file)))
            }
        }
        #expect(Set(heads).count == 1)
        #expect(Set(bytes).count == 1 && bytes[0].count > 1_000)
    }

    @Test(arguments: StoreKind.allCases)
    func derivedRecordsComeBackAsWritten(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let db = t.store
            let flag = FlagRecord(
                id: 7, sellerID: "s", sku: "A", ruleID: "HC-001", ruleCategory: "health", severity: .hold, field: "title",
                matched: "cures", spanStart: 3, spanEnd: 8, raisedAt: 5_000)
            let conflict = ConflictRecord(
                sellerID: "s",
                resolution: Resolution(
                    eventID: "e1", sku: "A", field: "price", merchantValue: "12.99", tiktokValue: "11.99", resolvedValue: "12.99",
                    policy: "merchant wins", winner: "merchant", needsHuman: true, at: 9_000), state: .open)
            let install = InstallRecord(sellerID: "s", appID: "yotpo", scopes: ["product.read", "review.write"], installedAt: 1_000)
            let order = OrderRecord(
                sellerID: "s", orderID: "O-1", sku: "A", region: "UK", quantity: 2, amountMinor: 2_598, status: "PAID", placedAt: 70_000, updatedAt: 71_000)
            try db.write { s in
                try s.upsert(Self.seller())
                var saver = try s.listingSaver()
                try saver.save(Self.listing("B"))
                try saver.save(Self.listing("A", title: "first"))
                try saver.save(Self.listing("A"))
                try s.saveFlags([flag])
                try s.saveConflicts([conflict])
                try s.saveInstalls([install])
                try s.saveOrders([order])
            }
            #expect(try db.seller("s") == Self.seller())
            #expect(try db.listings(seller: "s") == [Self.listing("A"), Self.listing("B")])
            #expect(try db.listing(seller: "s", sku: "A") == Self.listing("A"))
            #expect(try db.flags(seller: "s") == [flag])
            #expect(try db.flags(seller: nil, state: .cleared).isEmpty)
            #expect(try db.searchFlags("CURE").map(\.id) == [7])
            #expect(try db.openFlagSummary(seller: "s") == (1, 5_000))
            #expect(try db.conflicts(seller: "s", queueOnly: true) == [conflict])
            #expect(try db.conflictQueueCount(seller: "s") == 1)
            #expect(try db.installs(seller: "s") == [install])
            #expect(try db.orders(seller: "s") == [order])
            try db.write { s in
                try s.setConflictState(seller: "s", sku: "A", eventID: "e1", field: "price", state: .accepted)
                #expect(try s.flagSKUs(seller: "s", ids: [7, 99]) == ["A"])
            }
            #expect(try db.conflictQueueCount(seller: "s") == 0)
            try db.write { s in try s.clearDerived(seller: "s") }
            #expect(try db.listings(seller: "s").isEmpty && db.flags(seller: "s").isEmpty && db.orders(seller: "s").isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aCatalogueKeepsTheFirstItemOfASKUInFileOrder(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let kept = try t.store.write { s in
                try s.upsert(Self.seller())
                let w = try s.catalogueWriter(seller: "s")
                return [
                    try w.insert(sku: "Z", position: 0, document: 0, json: "{\"z\":1}"),
                    try w.insert(sku: "A", position: 1, document: 0, json: "{\"a\":1}"),
                    try w.insert(sku: "Z", position: 2, document: 1, json: "{\"z\":2}"),
                ]
            }
            #expect(kept == [true, true, false])
            let items = try t.store.read { s in
                var out = [String]()
                try s.forEachCatalogueItem(seller: "s") { sku, _, json in out.append(sku + json) }
                return out
            }
            #expect(items == ["Z{\"z\":1}", "A{\"a\":1}"])
            let bySKU = try t.store.read { s in try s.catalogueItems(seller: "s", skus: ["A", "missing", "Z", "A"]) }
            #expect(bySKU == ["A": "{\"a\":1}", "Z": "{\"z\":1}"], "a SKU's item by key; one it lacks is simply absent")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func ledgerPagesAndFiltersAgree(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let db = t.store
            _ = try db.appendLedger(seller: "s", drafts: Self.drafts(30) + Self.drafts(5, from: 30, actor: "ops:alice"))
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter()) == 35)
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter(typePrefix: "flag.")) == 12)
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter(sku: "SKU-3")) == 5)
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter(actorPrefix: "ops:")) == 5)
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter(text: "retinol")) == 7)
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter(text: "50%")) == 7)
            #expect(try db.ledgerCount(seller: "s", filter: LedgerFilter(text: "5_%")) == 0)
            let down = try db.ledgerPage(seller: "s", filter: LedgerFilter(), start: .after(20), descending: true, limit: 4)
            #expect(down.map(\.seq) == [19, 18, 17, 16])
            let up = try db.ledgerPage(seller: "s", filter: LedgerFilter(typePrefix: "flag."), start: .from(10), descending: false, limit: 3)
            #expect(up.map(\.seq) == [10, 13, 16])
            let jump = try db.ledgerPage(seller: "s", filter: LedgerFilter(sku: "SKU-0"), position: 2, descending: false, limit: 2)
            #expect(jump.map(\.seq) == [15, 22])
            #expect(try db.ledgerTypes(seller: "s") == ["flag.raised", "sku.imported"])
            #expect(try db.events(seller: "s", sku: "SKU-6").map(\.seq) == [7, 14, 21, 28, 35])
            #expect(try db.lastEventAt(seller: "s") == 34_000)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRefusedOrFailedTransactionLeavesNothing(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let db = t.store
            let answer = try db.transaction { s in
                try s.upsert(Self.seller())
                try s.appendLedger(seller: "s", drafts: Self.drafts(3))
                return (value: "refused", commit: false)
            }
            #expect(answer == "refused")
            struct Halfway: Error {}
            #expect(throws: (any Error).self) {
                try db.write { s in
                    try s.upsert(Self.seller())
                    var saver = try s.listingSaver()
                    try saver.save(Self.listing("A"))
                    throw Halfway()
                }
            }
            #expect(try db.sellers().isEmpty && db.events(seller: "s").isEmpty && db.listings(seller: "s").isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func rosterChangesAreCheckedInTheirTransaction(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let db = t.store
            let alice = RosterEntry(operatorName: "alice", role: .ops, grantedBy: "alice", grantedAt: "2026-01-05T09:00:00Z")
            let first = try db.grant(alice, allowed: { _ in nil })
            #expect(first == nil)
            let bob = RosterEntry(operatorName: "bob", role: .support, grantedBy: "alice", grantedAt: "2026-01-05T09:01:00Z")
            let second = try db.grant(bob, allowed: { roster in roster.isEmpty ? "no" : nil })
            #expect(second == nil)
            let refused = try db.revoke("alice", allowed: { _ in "the last ops stays" })
            #expect(refused == "the last ops stays")
            #expect(try db.roster() == [alice, bob])
            let revoked = try db.revoke("bob", allowed: { _ in nil })
            #expect(revoked == nil)
            #expect(try db.roster() == [alice])
        }
    }

    /// Two handles (as two processes) appending to one seller at once: one chain, no fork.
    @Test(arguments: StoreKind.allCases)
    func concurrentWritersNeverForkAChain(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let second = try t.reopen()
            let stores: [any Store] = [t.store, second]
            let failures = ThreadFailures()
            let workers = stores.enumerated().map { n, store in
                Worker(name: "writer-\(n)") {
                    for round in 0..<25 {
                        do {
                            _ = try store.write { s in try s.appendLedger(seller: "s", drafts: Self.drafts(4, from: round * 4, actor: "ops:w\(n)")) }
                        } catch {
                            failures.add("\(error)")
                        }
                    }
                }
            }
            for w in workers { w.join() }
            #expect(failures.all.isEmpty)
            let report = try t.store.verifyLedger(seller: "s")
            #expect(report.problem == nil && report.events == 200)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aWatchHearsAnotherHandlesCommit(kind: StoreKind) throws {
        try Self.with(kind) { t in
            let watch = try t.store.changeWatch()
            #expect(!watch.changed())
            _ = try t.reopen().appendLedger(seller: "s", drafts: Self.drafts(1))
            let deadline = Date().addingTimeInterval(10)
            var heard = false
            while !heard, Date() < deadline {
                heard = watch.changed()
                if !heard { usleep(10_000) }
            }
            #expect(heard)
        }
    }
}
