import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The Overview, Orders, Sellers and Conflicts panes' components on their own, without a console or a
/// store: the visible list each view, filter and order choose, and the cursor across a re-read.
@Suite("Overview, orders, sellers and conflicts components")
struct PaneListTests {
    static func order(_ id: String, sku: String, amount: Int64, status: String, placed: Int64, returned: String = "") -> OrderRecord {
        OrderRecord(
            sellerID: "s", orderID: id, sku: sku, region: "US", quantity: 1, amountMinor: amount, status: status, returnState: returned,
            placedAt: placed, updatedAt: placed)
    }

    static func seller(_ id: String, skus: Int, status: SellerStatus = .new, coverageBP: Int64? = nil) -> SellerRecord {
        SellerRecord(
            id: id, name: id.capitalized, platform: .shopify, vertical: "beauty", regions: [.us], currency: "USD", skuCount: skus,
            origin: "test", status: status, metrics: coverageBP.map { .object(["coverage_bp": .int($0)]) })
    }

    static func conflict(_ sku: String, state: ConflictState) -> ConflictRecord {
        ConflictRecord(
            sellerID: "s",
            resolution: Resolution(
                eventID: "e-\(sku)", sku: sku, field: "price", merchantValue: "10", tiktokValue: "12", resolvedValue: "10",
                policy: "merchant wins price", winner: "merchant", needsHuman: true, at: 0),
            state: state)
    }

    @Test func ordersFollowTheirViewFilterAndOrder() {
        var l = OrdersList()
        l.take([
            Self.order("O3", sku: "B", amount: 500, status: "DELIVERED", placed: 3),
            Self.order("O2", sku: "A", amount: 900, status: "CANCELLED", placed: 2),
            Self.order("O1", sku: "C", amount: 100, status: "AWAITING_SHIPMENT", placed: 1, returned: "requested"),
        ])
        #expect(l.visible.map(\.orderID) == ["O3", "O2", "O1"], "newest first, as stored")
        l.nextSort()
        #expect(OrdersList.sorts[l.sort].name == "amount" && l.visible.map(\.orderID) == ["O2", "O3", "O1"])
        l.nextView()
        #expect(l.viewName == "open" && l.visible.map(\.orderID) == ["O1"])
        l.view = 4
        #expect(l.viewName == "returns" && l.visible.map(\.orderID) == ["O1"])
        l.view = 0
        l.filter = "cancel"
        #expect(l.visible.map(\.orderID) == ["O2"], "the filter reads the status")
        l.filter = ""
        l.cursor = 2
        l.take([Self.order("O9", sku: "Z", amount: 1, status: "DELIVERED", placed: 9)])
        #expect(l.cursor == 0 && l.current?.orderID == "O9", "a shorter re-read keeps the cursor within the list")
    }

    @Test func sellersFollowTheirFilterAndOrderAndAnImportedOneGetsTheCursor() {
        var t = SellerTable()
        let read = [
            Self.seller("lumina", skus: 1_200, status: .onboarded, coverageBP: 9_520),
            Self.seller("pixelgrid", skus: 5_500),
            Self.seller("prairie", skus: 380, status: .onboarded, coverageBP: 8_000),
        ]
        t.take(read)
        #expect(t.visible.map(\.id) == ["lumina", "pixelgrid", "prairie"], "by id")
        t.nextSort()
        #expect(t.visible.map(\.id) == ["prairie", "lumina", "pixelgrid"], "lowest coverage first; not onboarded last")
        t.filter = "PIXEL"
        #expect(t.visible.map(\.id) == ["pixelgrid"] && t.cursor == 0)
        t.filter = ""
        t.sort = 0
        t.focus = "prairie"
        t.take(read + [Self.seller("zeta", skus: 3)])
        #expect(t.current?.id == "prairie" && t.focus == nil, "the seller just imported gets the cursor once")
    }

    @Test func aConflictReadForTheOtherViewIsDropped() {
        var q = ConflictQueue()
        q.take([Self.conflict("A", state: .open), Self.conflict("B", state: .open)], queueOnly: true)
        q.cursor = 1
        q.toggleView()
        #expect(!q.queueOnly && q.cursor == 0)
        q.take([Self.conflict("A", state: .open)], queueOnly: true)
        #expect(q.conflicts.count == 2, "the queue's read arrived after the switch to every resolution: dropped")
        q.take([Self.conflict("A", state: .open), Self.conflict("B", state: .open), Self.conflict("C", state: .accepted)], queueOnly: false)
        #expect(q.conflicts.map(\.resolution.sku) == ["A", "B", "C"])
        q.cursor = 2
        q.take([Self.conflict("A", state: .accepted)], queueOnly: false)
        #expect(q.current?.resolution.sku == "A", "the cursor stays within a shorter list")
    }

    static func health(_ id: String) -> SellerHealth {
        SellerHealth(seller: seller(id, skus: 1), metrics: nil, trading: nil, openFlags: 0, oldestOpenFlagAge: nil, conflictQueue: 0)
    }

    static func flag(_ id: Int64, seller: String) -> FlagRecord {
        FlagRecord(
            id: id, sellerID: seller, sku: "SKU\(id)", ruleID: "HC-001", ruleCategory: "health-claim", severity: .hold, field: "description",
            matched: "cures", spanStart: 0, spanEnd: 5, state: .open, appeals: 0, raisedAt: 0, decidedBy: nil, decidedAt: nil)
    }

    @Test func theOverviewKeepsItsSellerAndDropsHitsOfAnOldSearch() {
        var o = OverviewBoard()
        o.take(health: ["a", "b", "c"].map(Self.health))
        o.cursor = 1
        o.take(health: ["c", "b", "a"].map(Self.health))
        #expect(o.currentSeller?.seller.id == "b" && o.cursor == 1, "a re-read keeps the cursor on its seller")
        o.take(health: ["c", "b", "a"].map(Self.health).reversed())
        #expect(o.currentSeller?.seller.id == "b")
        let first = o.begin(search: "  cures ")
        #expect(first == "cures" && o.searching && o.searchPending == "cures" && o.cursor == 0 && o.rowCount == 0)
        #expect(o.currentSeller == nil, "while searching the cursor is on the hits")
        let second = o.begin(search: "dupe")
        #expect(second == "dupe")
        let stale = o.take(hits: [Self.flag(1, seller: "a")], for: "cures")
        #expect(!stale, "hits of a search no longer typed are dropped")
        #expect(o.hits.isEmpty && o.searchPending == "dupe")
        let taken = o.take(hits: [Self.flag(2, seller: "a"), Self.flag(3, seller: "c")], for: "dupe")
        #expect(taken)
        o.cursor = 1
        #expect(o.currentHit?.id == 3 && o.rowCount == 2 && o.searchPending == nil)
        let cleared = o.begin(search: "")
        #expect(cleared == nil && !o.searching && o.hits.isEmpty && o.rowCount == 3)
    }

    @Test func thePlanKeepsItsTierWithinTheTiersAndDropsReservationsForAnotherAppSet() {
        var plan = OnboardingPlan()
        plan.choose(.lite)
        plan.stepTier(-1)
        #expect(plan.selectedTier == .lite, "no tier below the first")
        for _ in 0..<10 { plan.stepTier(1) }
        #expect(plan.selectedTier == Tier.allCases.last)
        plan.add(app: "klaviyo")
        plan.add(app: "yotpo")
        plan.add(app: "klaviyo")
        #expect(plan.chosenApps == ["klaviyo", "yotpo"], "in the order chosen, once each")
        plan.drop(app: "klaviyo")
        #expect(plan.chosenApps == ["yotpo"], "a chosen app is dropped")
        let map: [Tier: Result<RateReservation, OnboardingError>] = [.lite: .failure(.unknownSeller("x", known: []))]
        let stale = plan.take(map, seller: "lumina", apps: ["klaviyo", "yotpo"])
        #expect(!stale && plan.reservations.isEmpty && plan.reservationsFor == nil, "worked out for apps no longer chosen")
        let fresh = plan.take(map, seller: "lumina", apps: ["yotpo"])
        #expect(fresh && plan.reservations[.lite] != nil && plan.reservationsFor == "lumina")
        plan.forgetReservations()
        #expect(plan.reservations.isEmpty && plan.reservationsFor == "lumina", "the seller is remembered while they are worked out again")
    }
}
