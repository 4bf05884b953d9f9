import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierStore

/// The Review pane's component on its own, without a console or a store: the visible list,
/// the cursor across a re-read, the marks, a flag asked for before the list arrived.
@Suite("Review queue component")
struct ReviewQueueTests {
    static func flag(_ id: Int64, sku: String, rule: String = "HC-001", state: FlagState = .open) -> FlagRecord {
        FlagRecord(
            id: id, sellerID: "s", sku: sku, ruleID: rule, ruleCategory: "health-claim", severity: .hold, field: "description",
            matched: "cures", spanStart: 0, spanEnd: 5, state: state, appeals: 0, raisedAt: 0, decidedBy: nil, decidedAt: nil)
    }

    @Test func theVisibleListFollowsStateFilterAndOrder() {
        var q = ReviewQueue()
        q.take([Self.flag(1, sku: "B"), Self.flag(2, sku: "A", rule: "MR-001"), Self.flag(3, sku: "C", state: .cleared)], claims: [])
        #expect(q.visible.map(\.id) == [1, 2], "open flags, as raised")
        q.sort = 1
        #expect(q.visible.map(\.id) == [2, 1], "by SKU")
        q.filter = "mr-"
        #expect(q.visible.map(\.id) == [2])
        q.filter = ""
        q.state = nil
        #expect(q.visible.count == 3)
    }

    @Test func aDecidedFlagLeavesTheCursorOnTheNextOneAndItsMark() {
        var q = ReviewQueue()
        q.take((1...4).map { Self.flag($0, sku: "S\($0)") }, claims: [])
        q.cursor = 1
        q.marked = [2, 3]
        q.detailScroll = 5
        q.take([Self.flag(1, sku: "S1"), Self.flag(2, sku: "S2", state: .cleared), Self.flag(3, sku: "S3"), Self.flag(4, sku: "S4")], claims: [])
        #expect(q.current?.id == 3, "the next flag of the list as it was, not one further down")
        #expect(q.marked == [3], "a decided flag is no longer marked")
        #expect(q.detailScroll == 0 && q.detailAsked == nil, "the detail is read again")
        q.cursor = 2
        q.take([Self.flag(1, sku: "S1"), Self.flag(3, sku: "S3")], claims: [])
        #expect(q.current?.id == 3, "the last flag decided: the one before it")
    }

    @Test func aFlagAskedForBeforeTheListArrivesGetsTheCursor() {
        var q = ReviewQueue()
        q.focus = 7
        q.take((5...9).map { Self.flag($0, sku: "S\($0)") }, claims: [])
        #expect(q.current?.id == 7 && q.focus == nil)
    }
}
