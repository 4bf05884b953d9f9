import PierCore
import PierEngine
import PierStore

/// The Catalogue pane's keys: the worklist of SKUs not live: fixes by SKU, marks or rules over a group.
extension CataloguePane: PaneComponent {
    /// The Catalogue pane's bindings.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let onGroup: Bool = if case .group? = m.workbench.currentRow { true } else { false }
        let decide = m.role.decisionBlock
        return [
            Binding(
                .catalogueOpen, .enter, "Open", help: "Open or close the group: its SKUs one by one",
                disabled: onGroup ? nil : "on a SKU: move to its group to close it"),
            Binding(
                .catalogueCategory, .char("c"), "Category",
                help: "Set the TikTok category: of the SKU, the marked SKUs, or as a rule over the group's merchant category (picker, confirms)",
                disabled: fixBlock(m)),
            Binding(
                .catalogueAttribute, .char("a"), "Attribute", help: "Fill a property TikTok asks for (brand, size, material, colour, net_content)",
                disabled: fixBlock(m)),
            Binding(
                .catalogueNotEligible, .char("x"), "Not eligible", help: "Call the SKUs not eligible for TikTok Shop, with a reason (ops only)",
                disabled: decide ?? fixBlock(m)),
            Binding(
                .catalogueEligible, .char("E"), "Eligible", help: "Call the SKUs eligible against the engine's call, with a reason (ops only)",
                disabled: decide ?? fixBlock(m), footer: false),
            Binding(
                .catalogueUndo, .char("z"), "Undo fix",
                help: "Revert the fix under the cursor (fixes view) or the latest standing fix of the SKU (a compensating event)",
                disabled: m.role.changeBlock
                    ?? (undoable(m) == nil ? (m.workbench.showFixes ? "this fix is already reverted" : "no standing fix on this SKU") : nil)),
            Binding(
                .catalogueView, .char("v"), m.workbench.showFixes ? "Waiting" : "Fixes",
                help: "Show the seller's fixes and rules (who, when, how many SKUs; z undoes one) or what waits"),
            Binding(
                .catalogueMark, .char(" "), "Mark", help: "Mark or unmark the SKU for one fix together",
                disabled: m.workbench.currentSKU == nil ? "open a group (Enter) and mark its SKUs" : nil),
            Binding(.catalogueFilter, .char("/"), "Filter", help: "Keep SKUs whose SKU, title or merchant category contains the words"),
            Binding(
                .catalogueGroup, .char("g"), "Group by",
                help: "Group within a reason by merchant category, vendor or product type (a fix on a group is a rule over it)",
                footer: false),
            Binding(.catalogueDetailDown, .char("]"), "Detail ↓", help: "Scroll the detail down (candidates, fixes, description)", footer: false),
            Binding(.catalogueDetailUp, .char("["), "Detail ↑", help: "Scroll the detail up", footer: false),
        ]
    }

    /// Runs a Catalogue pane action.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .catalogueOpen:
            m.workbench.toggleOpen()
            m.loadWorkbenchDetail()
        case .catalogueMark:
            guard let l = m.workbench.currentSKU else { return }
            if m.workbench.marked.contains(l.sku) { m.workbench.marked.remove(l.sku) } else { m.workbench.marked.insert(l.sku) }
            move(1, m)
        case .catalogueFilter: m.input = TextInput(purpose: .catalogueFilter, prompt: "Filter waiting SKUs: ", text: m.workbench.filter)
        case .catalogueDetailDown: m.workbench.detailScroll += 3
        case .catalogueDetailUp: m.workbench.detailScroll = max(0, m.workbench.detailScroll - 3)
        case .catalogueCategory:
            guard let t = m.workbench.fixTarget else { return }
            let detail = m.workbench.detail.flatMap { $0.sku == m.workbenchDetailSKU ? $0 : nil }
            let candidates = (detail?.candidates ?? []).map { c in
                CategoryPicker.Choice(id: c.id, path: c.path, note: "\(c.score)\(c.words.isEmpty ? "" : " · " + c.words.joined(separator: ", "))")
            }
            m.categoryPicker = CategoryPicker(targetText: t.text, candidates: candidates)
        case .catalogueAttribute:
            m.input = TextInput(purpose: .fixAttributeName, prompt: "Property (\(AttributeExtractor.fillable.joined(separator: ", "))): ", text: "")
        case .catalogueNotEligible, .catalogueEligible:
            let eligible = action == .catalogueEligible
            m.input = TextInput(
                purpose: .fixEligibilityReason(eligible: eligible), prompt: "Why \(eligible ? "eligible" : "not eligible") (for the ledger): ", text: "")
        case .catalogueGroup:
            let all = CatalogueWorklist.Grouping.allCases
            m.workbench.grouping = all[((all.firstIndex(of: m.workbench.grouping) ?? 0) + 1) % all.count]
            m.workbench.cursor = 0
            m.workbench.open = []
            m.reloadWorkbench()
            m.say("grouped by \(m.workbench.grouping.rawValue) within each reason")
        case .catalogueView:
            m.workbench.showFixes.toggle()
            m.say(m.workbench.showFixes ? "\(m.workbench.fixes.count) fix(es), newest first" : "")
        case .catalogueUndo:
            guard let fix = undoable(m) else { return }
            m.dialog = Dialog(
                title: "Undo fix #\(fix.id)",
                lines: [
                    fix.summary, "Its SKUs are mapped again with the fixes that still stand; what is live and should not be is taken off TikTok Shop.",
                    "A compensating fix.reverted event is recorded as \(m.reviewer)'s action.",
                ], action: .undoFix(fix.id))
        default: break
        }
    }

    /// Why a fix cannot be chosen now, or nil.
    private static func fixBlock(_ m: ConsoleModel) -> String? {
        if let block = m.notOnboarded { return block }
        if let block = m.role.changeBlock { return block }
        if m.workbench.showFixes { return "the fixes view lists fixes: v shows what waits" }
        guard let g = m.workbench.currentGroup else { return "nothing waits" }
        if m.workbench.marked.isEmpty && !g.reason.fixable { return "\(g.reason.text): decided in the Review pane, not by a fix" }
        return nil
    }

    /// The fix `z` would undo: the one under the cursor in the fixes view, else the SKU's latest standing one.
    private static func undoable(_ m: ConsoleModel) -> CatalogueFix? {
        if m.workbench.showFixes { return m.workbench.currentFix.flatMap { $0.isActive ? $0 : nil } }
        return m.workbench.detail?.history.last(where: \.isActive)
    }

    /// Moves the workbench cursor and reads the new row's detail.
    static func move(_ delta: Int, _ m: ConsoleModel) {
        if m.workbench.showFixes {
            m.workbench.fixCursor = clamp(m.workbench.fixCursor &+ delta, count: m.workbench.fixes.count)
            return
        }
        m.workbench.cursor = clamp(m.workbench.cursor &+ delta, count: m.workbench.rows.count)
        m.loadWorkbenchDetail()
    }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        let count = m.workbench.rows.count
        let rows = listRows(width: m.width, height: m.height)
        m.workbench.cursor = clicked(row - 1, cursor: m.workbench.cursor, rows: rows, count: count)
        m.loadWorkbenchDetail()
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? {
        m.workbench.currentSKU.map { ("SKU", $0.sku) } ?? m.workbench.currentGroup.map { ("group", $0.shared) }
    }

    static func shown(_ m: ConsoleModel) { m.reloadWorkbench() }
}
