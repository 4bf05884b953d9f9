import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The panes as components: each binds only its own actions, the model routes an action to the
/// pane that owns it and nowhere else, and the cursor, click and copy of the pane on screen are
/// that pane's.
@Suite("Pane components")
struct PaneComponentTests {
    @Test func eachPaneBindsExactlyTheActionsItOwns() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        for p in PaneID.allCases {
            let own = Set(p.component.bindings(m).map(\.action))
            #expect(own.allSatisfy { $0.pane == p }, "\(p.title) binds another pane's action: \(own.filter { $0.pane != p })")
            let owned = Set(ConsoleAction.allCases.filter { $0.pane == p })
            #expect(owned == own, "\(p.title): actions it owns but does not bind: \(owned.subtracting(own))")
        }
        let shared = ConsoleAction.allCases.filter { $0.pane == nil }.map(\.rawValue)
        #expect(shared.allSatisfy { ["app.", "list.", "pane.", "demo."].contains(where: $0.hasPrefix) }, "\(shared)")
    }

    @Test func anActionReachesOnlyThePaneThatOwnsIt() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .ledger)
        let newestFirst = m.ledger.newestFirst
        let ordersView = m.ordersList.view
        m.perform(.reviewState)
        #expect(m.ledger.newestFirst == newestFirst && m.ordersList.view == ordersView, "the Review pane's action changed another pane")
        #expect(m.review.state != .open, "the Review pane's state filter moved on from open")
        m.perform(.ledgerOrder)
        #expect(m.ledger.newestFirst != newestFirst)
        #expect(m.pane == .ledger, "performing an action does not change the pane on screen")
    }

    @Test func theCursorClickAndCopyAreThePaneOnScreens() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        try #require(m.review.visible.count > 3, "prairie has flags to move through")
        ConsoleFixture.press(m, .down, .down)
        #expect(m.review.cursor == 2)
        #expect(m.ledger.cursor == 0 && m.ordersList.cursor == 0, "only the Review list moved")
        ConsoleFixture.press(m, .end)
        #expect(m.review.cursor == m.review.visible.count - 1, "End clamps to the last flag")
        ConsoleFixture.press(m, .down)
        #expect(m.review.cursor == m.review.visible.count - 1, "moving past the end stays on it")
        m.handle(.mouse(x: 5, y: Screen.listTop + 1, button: .click))
        #expect(m.review.cursor == 1, "a click puts the cursor on the row clicked")
        #expect(m.copyTarget?.what == "SKU" && m.copyTarget?.text == m.review.current?.sku)
        m.show(.configure)
        #expect(m.copyTarget?.what == "seller id" && m.copyTarget?.text == "prairie", "a pane without rows copies the seller's id")
        m.show(.export)
        #expect(!m.paneBindings().contains { $0.action.movesInList }, "Export has no list to move through")
        #expect(m.paneBindings(.review).contains { $0.action == .listDown })
    }
}
