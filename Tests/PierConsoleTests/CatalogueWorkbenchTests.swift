import Foundation
import PierTestSupport
import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The Catalogue pane driven by keys as an operator would: every fix kind goes through the
/// picker or prompt, a confirmation and the engine worker, lands in the ledger, and the pane
/// (drawn whole at 80×24, 120×40 and 60×16) shows the moved coverage.
@Suite("Catalogue workbench in the console", .serialized)
struct CatalogueWorkbenchTests {
    static func model(role: ConsoleRole = .ops) throws -> (ConsoleModel, TempDatabase) {
        let (m, tmp) = try ConsoleFixture.model(role: role, onboardPrairie: false)
        let path = tmp.folder.appendingPathComponent("acme.csv").path
        try SampleExports.acme.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try m.engine.importCatalogue(platform: .shopify, file: path, seller: "Acme Shop", region: .uk, currency: "GBP")
        _ = try m.engine.onboard(seller: "acme-shop", tier: .standard, apps: [], seed: 7)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        ConsoleFixture.open(m, "acme-shop", .catalogue)
        return (m, tmp)
    }

    static func type(_ m: ConsoleModel, _ text: String) { for c in text { ConsoleFixture.press(m, .char(c)) } }

    /// Draws the pane at the three sizes: never a crash, and `expect` holds of each buffer.
    static func drawn(_ m: ConsoleModel, _ expect: (String) -> Bool, _ what: String) {
        let size = (m.width, m.height)
        for (w, h) in [(80, 24), (120, 40), (60, 16)] {
            m.width = w
            m.height = h
            let text = ConsoleFixture.frame(m).text
            #expect(expect(text), "\(w)×\(h): \(what)\n\(text)")
        }
        (m.width, m.height) = size
    }

    static func row(_ m: ConsoleModel, sku: String) -> Int? {
        m.workbench.rows.firstIndex { row in
            if case .sku(let g, let n) = row { return m.workbench.worklist.groups[g].skus[n].sku == sku }
            return false
        }
    }

    /// Puts the cursor on a SKU, opening its group first.
    static func cursor(_ m: ConsoleModel, onSKU sku: String) throws {
        let g = try #require(m.workbench.worklist.groups.firstIndex { $0.skus.contains { $0.sku == sku } })
        m.workbench.cursor = try #require(m.workbench.rows.firstIndex { $0 == .group(g) })
        if row(m, sku: sku) == nil { ConsoleFixture.press(m, .enter) }
        m.workbench.cursor = try #require(row(m, sku: sku))
        m.loadWorkbenchDetail()
        _ = ConsoleFixture.frame(m)
    }

    @Test func theWorklistGroupsWhatWaitsUnderACoverageLine() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        let reasons = m.workbench.worklist.reasonCounts.map(\.reason)
        #expect(reasons.first == .needsCategory && reasons.contains(.notEligible) && reasons.contains(.prohibited))
        Self.drawn(m, { $0.contains("coverage") && $0.contains("needs a category") }, "the coverage line and the first group")
    }

    @Test func aCategoryPickedInThePickerPublishesTheSKU() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        let before = m.workbench.worklist.live
        try Self.cursor(m, onSKU: "ZG-1")
        ConsoleFixture.press(m, .char("c"))
        #expect(m.categoryPicker != nil)
        Self.type(m, "board games")
        Self.drawn(m, { $0.contains("868616") && $0.contains("Board Games") }, "the picker finds the leaf")
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog?.title == "Set TikTok category")
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.status.hasPrefix("fix #1: 1 SKU matched, 1 published"), "\(m.status)")
        #expect(m.workbench.worklist.live == before + 1)
        #expect(Self.row(m, sku: "ZG-1") == nil, "a live SKU leaves the worklist")
        let fix = try #require(try m.engine.db.events(seller: "acme-shop").first { $0.type == "fix.applied" })
        #expect(fix.data["operator"]?.stringValue == "tester" && fix.data["wall_clock"] != nil)
        Self.drawn(m, { $0.contains("coverage \(before + 1) of") }, "the coverage line moved")
    }

    @Test func anAttributeIsAskedNameThenValueWithTikToksValuesOffered() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        try Self.cursor(m, onSKU: "ZG-2")
        ConsoleFixture.press(m, .char("a"))
        Self.type(m, "material")
        ConsoleFixture.press(m, .enter)
        #expect(m.input?.prompt.contains("Sterling silver") == true, "TikTok's accepted values are offered: \(m.input?.prompt ?? "")")
        Self.type(m, "polystyrene foam")
        ConsoleFixture.press(m, .enter)
        #expect(m.statusIsError && m.status.contains("does not accept"), "a value TikTok does not take is refused: \(m.status)")
        ConsoleFixture.press(m, .char("a"))
        Self.type(m, "material")
        ConsoleFixture.press(m, .enter)
        Self.type(m, "wood")
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog?.lines.first == "material = Wood")
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(!m.statusIsError, "\(m.status)")
        #expect(try m.engine.fixes(seller: "acme-shop").first?.change == .attribute(name: "material", value: "Wood"))
        try Self.cursor(m, onSKU: "ZG-2")
        #expect(m.workbench.detail?.history.map(\.id) == [1], "the SKU's detail shows its fix")
        Self.drawn(m, { $0.contains("fix #1") }, "the detail lists the fix")
    }

    @Test func eligibilityCallsAreOpsOnlyAndNeedAReason() throws {
        let (support, stmp) = try Self.model(role: .support)
        defer { stmp.remove() }
        try Self.cursor(support, onSKU: "GC-1")
        ConsoleFixture.press(support, .char("x"))
        #expect(support.statusIsError && support.status.contains("read-only"), "support sees why it cannot: \(support.status)")

        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        try Self.cursor(m, onSKU: "GC-1")
        ConsoleFixture.press(m, .char("E"))
        ConsoleFixture.press(m, .enter)
        #expect(m.statusIsError && m.status.contains("needs a reason"))
        ConsoleFixture.press(m, .char("E"))
        Self.type(m, "a printed card sold as a gift")
        ConsoleFixture.press(m, .enter)
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(!m.statusIsError, "\(m.status)")
        let l = try #require(try m.engine.db.listing(seller: "acme-shop", sku: "GC-1"))
        #expect(l.eligibility != .notEligible)
        #expect(!m.workbench.worklist.reasonCounts.contains { $0.reason == .notEligible }, "the gift card left the not-eligible group")
        Self.drawn(m, { !$0.contains("not eligible 1") }, "the reason counts no longer list it")
    }

    @Test func theWorklistAndTheDetailAreReadOnTheWorker() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        m.show(.sellers)
        m.select("acme-shop")
        m.workbench = CatalogueWorkbench()
        m.show(.catalogue)
        #expect(m.workbench.worklist.groups.isEmpty && m.workbenchPending, "showing the pane reads nothing on the input thread")
        #expect(Screen.render(m).text.contains("Reading acme-shop's catalogue…"))
        ConsoleFixture.settle(m)
        #expect(!m.workbench.worklist.groups.isEmpty && m.workbench.detail == nil, "the detail waits for a frame to ask for it")
        _ = ConsoleFixture.frame(m)
        #expect(m.workbench.detail?.sku == m.workbenchDetailSKU)
        let byCategory = WorkbenchRead.read(seller: "acme-shop", generation: 99, grouping: .category, from: m.engine)
        ConsoleFixture.press(m, .char("g"))
        ConsoleFixture.settle(m)
        let groups = m.workbench.worklist.groups.map(\.shared)
        m.receiveWorkbench(seller: "acme-shop", generation: 99, byCategory)
        #expect(m.workbench.worklist.groups.map(\.shared) == groups, "a worklist read for another grouping is dropped")
    }

    @Test func theFixesViewListsFixesAndUndoesOne() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        _ = try m.engine.applyFix(seller: "acme-shop", target: .vendor("Acme"), change: .category(868616))
        m.reloadWorkbench()
        ConsoleFixture.settle(m)
        let live = m.workbench.worklist.live
        ConsoleFixture.press(m, .char("v"))
        #expect(m.workbench.showFixes && m.workbench.currentFix?.id == 1)
        Self.drawn(m, { $0.contains("vendor Acme") && $0.contains("standing") }, "the fixes view shows the rule")
        ConsoleFixture.press(m, .char("z"))
        #expect(m.dialog?.title == "Undo fix #1")
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.status.hasPrefix("undone:"), "\(m.status)")
        #expect(m.workbench.worklist.live == live - 3, "the rule's SKUs are taken off TikTok Shop again")
        Self.drawn(m, { $0.contains("reverted") }, "the fix shows reverted")
        ConsoleFixture.press(m, .char("z"))
        #expect(m.statusIsError && m.status.contains("already reverted"))
    }

    @Test func aSecondConsoleIsToldTheSKUChanged() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        try Self.cursor(m, onSKU: "ZG-3")
        let target = try #require(m.workbench.fixTarget)
        _ = try m.engine.applyFix(seller: "acme-shop", target: .skus(["ZG-3"]), change: .category(868616))
        m.applyFix(target.target, .category(600341), reason: nil, expecting: target.expecting)
        ConsoleFixture.settle(m)
        #expect(m.statusIsError && m.status.contains("changed since you looked"), "\(m.status)")
        #expect(Self.row(m, sku: "ZG-3") == nil, "the console shows the new state")
        #expect(try m.engine.fixes(seller: "acme-shop").count == 1, "nothing applied twice")
    }

    @Test func groupedByVendorOneRuleServesEveryGizmo() throws {
        let (m, tmp) = try Self.model()
        defer { tmp.remove() }
        #expect(m.workbench.worklist.groups.filter { $0.shared.hasPrefix("product gizmo") }.count == 3, "no merchant category: one group a product")
        ConsoleFixture.press(m, .char("g"))
        ConsoleFixture.settle(m)
        #expect(m.workbench.grouping == .vendor)
        let g = try #require(m.workbench.worklist.groups.first { $0.shared == "vendor Acme" })
        #expect(g.skus.count == 3 && g.target == .vendor("Acme"))
        m.workbench.cursor = try #require(
            m.workbench.rows.firstIndex { $0 == .group(m.workbench.worklist.groups.firstIndex { $0.shared == "vendor Acme" } ?? -1) })
        m.loadWorkbenchDetail()
        Self.drawn(m, { $0.contains("vendor Acme") && $0.contains("by vendor") }, "the vendor group")
        ConsoleFixture.press(m, .char("c"))
        Self.type(m, "868616")
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog?.lines.contains { $0.contains("every SKU of vendor Acme") } == true, "\(m.dialog?.lines ?? [])")
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.status.hasPrefix("fix #1: 3 SKUs matched, 3 published"), "\(m.status)")
        ConsoleFixture.press(m, .char("g"))
        #expect(m.workbench.grouping == .productType)
    }
}
