import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// Re-reads the selected seller's listings into the workbench's worklist, and the detail.
    public func reloadWorkbench() {
        guard let id = selectedSeller else { workbench = CatalogueWorkbench(); return }
        let fixes: [CatalogueFix]
        do { fixes = try engine.fixes(seller: id) } catch {
            say("the seller's fixes could not be read: \(error.description)", error: true)
            return
        }
        let waiting: [ListingRecord]
        let counts: ListingCounts
        do {
            waiting = try engine.db.waitingListings(seller: id)
            counts = try engine.db.listingCounts(seller: id)
        } catch {
            say("the catalogue could not be read: \(error.description)", error: true)
            return
        }
        var items = [String: CatalogItem]()
        if workbench.grouping != .category {
            // Vendor and product type are in the merchant's items, not the listings: read the waiting SKUs' only.
            do { items = try engine.catalogueItems(seller: id, skus: waiting.map(\.sku)) } catch {
                say("the waiting SKUs' items could not be read: \(error.description)", error: true)
            }
        }
        workbench.load(waiting: waiting, counts: counts, fixes: fixes, seller: id, items: items)
        loadWorkbenchDetail()
    }

    /// Reads what the detail box shows of the row under the cursor: the classifier's candidates
    /// from the SKU's last mapping event, and the fixes that touched it.
    public func loadWorkbenchDetail() {
        workbench.detailScroll = 0
        guard let id = selectedSeller, let l = workbench.currentSKU ?? workbench.currentGroup?.skus.first else {
            workbench.detail = nil
            return
        }
        do {
            let events = try engine.db.events(seller: id, sku: l.sku)
            let last = events.last { $0.type == LedgerEventType.skuUnmapped.rawValue }
            let candidates = (last?.data["candidates"]?.arrayValue ?? []).compactMap { c -> (id: Int64, path: String, score: String, words: [String])? in
                guard let cid = c["id"]?.intValue, let cat = engine.resources.mapping.categories.first(where: { $0.id == cid }) else { return nil }
                return (cid, cat.path, c["score"]?.stringValue ?? "", (c["words"]?.arrayValue ?? []).compactMap(\.stringValue))
            }
            let history = try engine.fixHistory(seller: id, sku: l.sku, among: workbench.fixes)
            workbench.detail = CatalogueWorkbench.Detail(sku: l.sku, candidates: candidates, history: history)
        } catch {
            workbench.detail = nil
            say("\(l.sku)'s history could not be read: \(String(describing: error))", error: true)
        }
    }

    /// Why a fix cannot be chosen now, or nil.
    var fixBlock: String? {
        if selectedSeller == nil { return "pick a seller first (pane 1, Enter)" }
        if seller?.status != .onboarded { return "the seller has not been onboarded" }
        if let block = role.changeBlock { return block }
        if workbench.showFixes { return "the fixes view lists fixes: v shows what waits" }
        guard let g = workbench.currentGroup else { return "nothing waits" }
        if workbench.marked.isEmpty && !g.reason.fixable { return "\(g.reason.text): decided in the Review pane, not by a fix" }
        return nil
    }

    /// The Catalogue pane's bindings.
    func catalogueBindings() -> [Binding] {
        let onGroup: Bool = if case .group? = workbench.currentRow { true } else { false }
        let decide = role.decisionBlock
        return [
            Binding(
                .catalogueOpen, .enter, "Open", help: "Open or close the group: its SKUs one by one",
                disabled: onGroup ? nil : "on a SKU: move to its group to close it"),
            Binding(
                .catalogueCategory, .char("c"), "Category",
                help: "Set the TikTok category: of the SKU, the marked SKUs, or as a rule over the group's merchant category (picker, confirms)",
                disabled: fixBlock),
            Binding(
                .catalogueAttribute, .char("a"), "Attribute", help: "Fill a property TikTok asks for (brand, size, material, colour, net_content)",
                disabled: fixBlock),
            Binding(
                .catalogueNotEligible, .char("x"), "Not eligible", help: "Call the SKUs not eligible for TikTok Shop, with a reason (ops only)",
                disabled: decide ?? fixBlock),
            Binding(
                .catalogueEligible, .char("E"), "Eligible", help: "Call the SKUs eligible against the engine's call, with a reason (ops only)",
                disabled: decide ?? fixBlock, footer: false),
            Binding(
                .catalogueUndo, .char("z"), "Undo fix",
                help: "Revert the fix under the cursor (fixes view) or the latest standing fix of the SKU (a compensating event)",
                disabled: role.changeBlock ?? (undoable == nil ? (workbench.showFixes ? "this fix is already reverted" : "no standing fix on this SKU") : nil)),
            Binding(
                .catalogueView, .char("v"), workbench.showFixes ? "Waiting" : "Fixes",
                help: "Show the seller's fixes and rules (who, when, how many SKUs; z undoes one) or what waits"),
            Binding(
                .catalogueMark, .char(" "), "Mark", help: "Mark or unmark the SKU for one fix together",
                disabled: workbench.currentSKU == nil ? "open a group (Enter) and mark its SKUs" : nil),
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
    func performCatalogue(_ action: ConsoleAction) {
        switch action {
        case .catalogueOpen:
            workbench.toggleOpen()
            loadWorkbenchDetail()
        case .catalogueMark:
            guard let l = workbench.currentSKU else { return }
            if workbench.marked.contains(l.sku) { workbench.marked.remove(l.sku) } else { workbench.marked.insert(l.sku) }
            moveWorkbench(1)
        case .catalogueFilter: input = TextInput(purpose: .catalogueFilter, prompt: "Filter waiting SKUs: ", text: workbench.filter)
        case .catalogueDetailDown: workbench.detailScroll += 3
        case .catalogueDetailUp: workbench.detailScroll = max(0, workbench.detailScroll - 3)
        case .catalogueCategory:
            guard let t = workbench.fixTarget else { return }
            let candidates = (workbench.detail?.candidates ?? []).map { c in
                CategoryPicker.Choice(id: c.id, path: c.path, note: "\(c.score)\(c.words.isEmpty ? "" : " · " + c.words.joined(separator: ", "))")
            }
            categoryPicker = CategoryPicker(targetText: t.text, candidates: candidates)
        case .catalogueAttribute:
            input = TextInput(purpose: .fixAttributeName, prompt: "Property (\(AttributeExtractor.fillable.joined(separator: ", "))): ", text: "")
        case .catalogueNotEligible, .catalogueEligible:
            let eligible = action == .catalogueEligible
            input = TextInput(
                purpose: .fixEligibilityReason(eligible: eligible), prompt: "Why \(eligible ? "eligible" : "not eligible") (for the ledger): ", text: "")
        case .catalogueGroup:
            let all = CatalogueWorklist.Grouping.allCases
            workbench.grouping = all[((all.firstIndex(of: workbench.grouping) ?? 0) + 1) % all.count]
            workbench.cursor = 0
            workbench.open = []
            reloadWorkbench()
            say("grouped by \(workbench.grouping.rawValue) within each reason")
        case .catalogueView:
            workbench.showFixes.toggle()
            say(workbench.showFixes ? "\(workbench.fixes.count) fix(es), newest first" : "")
        case .catalogueUndo:
            guard let fix = undoable else { return }
            dialog = Dialog(
                title: "Undo fix #\(fix.id)",
                lines: [
                    fix.summary, "Its SKUs are mapped again with the fixes that still stand; what is live and should not be is taken off TikTok Shop.",
                    "A compensating fix.reverted event is recorded as \(reviewer)'s action.",
                ], action: .undoFix(fix.id))
        default: break
        }
    }

    /// The fix `z` would undo: the one under the cursor in the fixes view, else the SKU's latest standing one.
    var undoable: CatalogueFix? {
        if workbench.showFixes { return workbench.currentFix.flatMap { $0.isActive ? $0 : nil } }
        return workbench.detail?.history.last(where: \.isActive)
    }

    /// Moves the workbench cursor and reads the new row's detail.
    func moveWorkbench(_ delta: Int) {
        if workbench.showFixes {
            workbench.fixCursor = max(0, min(workbench.fixes.count - 1, workbench.fixCursor &+ delta))
            return
        }
        let count = workbench.rows.count
        workbench.cursor = max(0, min(count - 1, workbench.cursor &+ delta))
        loadWorkbenchDetail()
    }

    /// Keys while the category picker is open.
    func categoryPickerKey(_ key: Key) -> Bool {
        guard var p = categoryPicker else { return false }
        let search = categorySearch
        switch key {
        case .escape: categoryPicker = nil; return true
        case .up: p.cursor = max(0, p.cursor - 1)
        case .down: p.cursor = min(max(0, p.rows.count - 1), p.cursor + 1)
        case .pageUp: p.cursor = max(0, p.cursor - 10)
        case .pageDown: p.cursor = min(max(0, p.rows.count - 1), p.cursor + 10)
        case .backspace, .delete:
            if !p.query.isEmpty { p.query.removeLast() }
            p.refresh(search)
        case .char(let c):
            if p.query.count < 100 { p.query.append(c) }
            p.refresh(search)
        case .enter:
            let rows = p.rows
            guard rows.indices.contains(p.cursor), let t = workbench.fixTarget else { return true }
            let choice = rows[p.cursor]
            categoryPicker = nil
            dialog = Dialog(
                title: "Set TikTok category",
                lines: [
                    "\(choice.id) \(choice.path)", "for \(t.text)?",
                    "The SKUs are mapped again and what passes moderation is published (incremental sync, rate budget respected).",
                    "Recorded in the ledger as \(reviewer)'s fix.",
                ], action: .fix(t.target, .category(choice.id), reason: nil, expecting: t.expecting))
            return true
        default: return false
        }
        categoryPicker = p
        return true
    }

    /// Text the workbench asked for: the filter, a property and its value, an eligibility reason.
    func commitCatalogue(_ field: TextInput) {
        switch field.purpose {
        case .catalogueFilter:
            workbench.filter = field.text.trimmed()
            workbench.cursor = 0
            reloadWorkbench()
        case .fixAttributeName:
            let name = field.text.trimmed().lowercased()
            guard AttributeExtractor.fillable.contains(name) else {
                say(
                    "'\(field.text)' is not a property TikTok's category rules ask for: one of \(AttributeExtractor.fillable.joined(separator: ", "))",
                    error: true)
                return
            }
            let accepted = AttributeExtractor.acceptedValues(name)
            input = TextInput(
                purpose: .fixAttributeValue(name: name),
                prompt: accepted.isEmpty ? "\(name) value: " : "\(name) (\(accepted.prefix(9).joined(separator: ", "))…): ", text: "")
        case .fixAttributeValue(let name):
            guard let t = workbench.fixTarget else { return }
            switch AttributeExtractor.accept(name: name, value: field.text) {
            case .failure(let why): say(why.message, error: true)
            case .success(let value):
                dialog = Dialog(
                    title: "Fill \(name)", lines: ["\(name) = \(value)", "for \(t.text)?", "Recorded in the ledger as \(reviewer)'s fix."],
                    action: .fix(t.target, .attribute(name: name, value: value), reason: nil, expecting: t.expecting))
            }
        case .fixEligibilityReason(let eligible):
            let reason = field.text.trimmed()
            guard !reason.isEmpty else { say("an eligibility call needs a reason", error: true); return }
            guard let t = workbench.fixTarget else { return }
            dialog = Dialog(
                title: eligible ? "Call eligible" : "Call not eligible",
                lines: [
                    "\(eligible ? "Eligible for TikTok Shop, against the engine's call" : "Not eligible for TikTok Shop"): \(t.text)?",
                    "Reason: \(reason)",
                    eligible ? "The SKUs are classified again without the eligibility phrases." : "Live SKUs among them are taken off TikTok Shop.",
                    "Recorded in the ledger as \(reviewer)'s fix.",
                ], action: .fix(t.target, .eligibility(eligible), reason: reason, expecting: t.expecting))
        default: break
        }
    }

    /// Applies a fix on the engine worker.
    func applyFix(_ target: CatalogueFix.Target, _ change: CatalogueFix.Change, reason: String?, expecting: [String: String]) {
        guard let id = selectedSeller else { return }
        workbench.marked = []
        worker.submit { engine in
            do throws(OnboardingError) {
                let outcome = try engine.applyFix(seller: id, target: target, change: change, reason: reason, expecting: expecting)
                return .changed(seller: id, message: outcome.summary)
            } catch { return .failed(error.description) }
        }
    }

    /// Reverts a fix on the engine worker.
    func undoFix(_ fix: Int64) {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) {
                let outcome = try engine.revertFix(seller: id, fix: fix)
                return .changed(seller: id, message: "undone: " + outcome.summary)
            } catch { return .failed(error.description) }
        }
    }
}
