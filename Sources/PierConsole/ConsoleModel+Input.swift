import Foundation
import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// Rows a list gets in the current layout (for paging and windowed fetches).
    public var listRows: Int { max(1, height - 5) }

    /// Handles one event; returns true when the screen should be redrawn.
    @discardableResult
    public func handle(_ event: ConsoleEvent) -> Bool {
        switch event {
        case .resize(let w, let h):
            width = w
            height = h
            return true
        case .tick:
            return tick()
        case .mouse(let x, let y, let button):
            return tooSmall ? false : mouse(x: x, y: y, button: button)
        case .key(let key):
            if tooSmall { return tooSmallKey(key) }
            if dialog != nil { return dialogKey(key) }
            if input != nil { return inputKey(key) }
            if helpOpen { return helpKey(key) }
            if typePicker != nil { return typePickerKey(key) }
            if categoryPicker != nil { return categoryPickerKey(key) }
            if key == .ctrl("c") { quitRequested = true; return true }
            guard let b = bindings.first(where: { $0.key == key }) else {
                if key == .escape { say(""); return true }
                return false
            }
            if let why = b.disabledReason {
                say("\(b.label): \(why)", error: true)
                return true
            }
            say("")
            perform(b.action)
            return true
        }
    }

    /// Whether the screen only says it is too small: nothing behind it may act.
    public var tooSmall: Bool { width < Screen.minWidth || height < Screen.minHeight }

    /// Behind the "terminal too small" screen only quit and help act (help shows once the
    /// terminal is large enough again).
    private func tooSmallKey(_ key: Key) -> Bool {
        if key == .ctrl("c") { quitRequested = true; return true }
        if helpOpen { return helpKey(key) }
        guard let b = bindings.first(where: { $0.key == key }), b.action == .appQuit || b.action == .appHelp else { return false }
        perform(b.action)
        return true
    }

    private func dialogKey(_ key: Key) -> Bool {
        guard let d = dialog else { return false }
        switch key {
        case .enter where d.action == .dismiss:
            dialog = nil
        case .char("y"), .char("Y"):
            dialog = nil
            confirm(d.action)
        case .char("n") where d.action.takesNote, .char("N") where d.action.takesNote:
            dialog = nil
            input = TextInput(purpose: .decisionNote(d), prompt: "Note for the ledger: ", text: d.action.note ?? "")
        case .char("n"), .char("N"), .escape:
            dialog = nil
            if d.action != .dismiss { say("cancelled") }
        default: return false
        }
        return true
    }

    private var maxHelpScroll: Int { max(0, HelpOverlay.lines(self, width: width - 8).count - HelpOverlay.visibleRows(self)) }

    private func typePickerKey(_ key: Key) -> Bool {
        guard var p = typePicker else { return false }
        switch key {
        case .escape: typePicker = nil; return true
        case .up: p.cursor = max(0, p.cursor - 1)
        case .down: p.cursor = min(max(0, p.rows.count - 1), p.cursor + 1)
        case .backspace: if !p.query.isEmpty { p.query.removeLast() }; p.cursor = 0
        case .char(let c): p.query.append(c); p.cursor = 0
        case .enter:
            guard let choice = p.choice else { return true }
            typePicker = nil
            ledger.typePrefix = choice
            ledger.cursor = 0
            ledger.invalidate()
            say(choice.map { "only \($0) events" } ?? "every type")
            return true
        default: return false
        }
        typePicker = p
        return true
    }

    private func helpKey(_ key: Key) -> Bool {
        switch key {
        case .escape, .char("?"): helpOpen = false; helpQuery = ""; helpScroll = 0
        case .backspace: if !helpQuery.isEmpty { helpQuery.removeLast() }; helpScroll = 0
        case .up: helpScroll = max(0, helpScroll - 1)
        case .down: helpScroll = min(helpScroll + 1, maxHelpScroll)
        case .pageUp: helpScroll = max(0, helpScroll - HelpOverlay.visibleRows(self))
        case .pageDown: helpScroll = min(helpScroll + HelpOverlay.visibleRows(self), maxHelpScroll)
        case .home: helpScroll = 0
        case .end: helpScroll = maxHelpScroll
        case .char(let c): helpQuery.append(c); helpScroll = 0
        default: break
        }
        return true
    }

    private func inputKey(_ key: Key) -> Bool {
        guard var field = input else { return false }
        switch key {
        case .escape:
            input = nil
            if case .decisionNote(let d) = field.purpose { dialog = d }
            if field.purpose == .sellerFilter { sellerTable.filter = "" }
            if field.purpose == .flagSearch { _ = overview.begin(search: "") }
            if field.purpose == .flagFilter { review.filter = "" }
            if field.purpose == .catalogueFilter, !workbench.filter.isEmpty { workbench.filter = ""; reloadWorkbench() }
            return true
        case .backspace, .delete:
            if !field.text.isEmpty { field.text.removeLast() }
        case .char(let c):
            if field.text.count < 500 { field.text.append(c) }
        case .enter:
            input = nil
            commit(field)
            return true
        default:
            return false
        }
        input = field
        liveFilter(field)
        return true
    }

    private func liveFilter(_ field: TextInput) {
        switch field.purpose {
        case .sellerFilter: sellerTable.filter = field.text; sellerTable.cursor = 0
        case .flagFilter: review.filter = field.text; review.cursor = 0; loadFlagDetail()
        case .orderFilter: ordersList.filter = field.text; ordersList.cursor = 0
        default: break
        }
    }

    private func commit(_ field: TextInput) {
        switch field.purpose {
        case .sellerFilter, .flagFilter, .orderFilter: liveFilter(field)
        case .ledgerSearch:
            ledger.search = field.text
            ledger.cursor = 0
            ledger.invalidate()
        case .exportFolder:
            // "~/x" as the shell would read it, not a folder named "~".
            exportFolder = HomeFolder.expanding(field.text)
        case .importFile:
            importCatalogue(field.text)
        case .jump:
            jump(field.text)
        case .conflictReason(let c, let choice):
            let reason = field.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { say("a conflict decision needs a reason", error: true); return }
            let r = c.resolution
            let value = choice.value(of: r)
            dialog = Dialog(
                title: "Decide conflict",
                lines: [
                    "\(r.sku) \(r.field): merchant \(r.merchantValue) · TikTok \(r.tiktokValue) · resolved \(r.resolvedValue) (\(r.policy))",
                    choice == .accept ? "Accept \(value) as resolved?" : "Take \(choice == .merchant ? "the merchant's" : "TikTok's") value, \(value)?",
                    "Reason: \(reason)", "Recorded in the ledger as ops:\(reviewer).",
                ], action: .conflict(c, choice, reason: reason))
        case .flagSearch:
            guard let query = overview.begin(search: field.text) else { break }
            say("searching every seller's flags for “\(TerminalText.sanitize(query))”…")
            worker.submit { engine in
                do throws(StoreError) { return .flagHits(query: query, .success(try engine.db.searchFlags(query))) } catch {
                    return .flagHits(query: query, .failure(error))
                }
            }
        case .appealStatement(let flag):
            input = TextInput(purpose: .appealEvidence(flag: flag, statement: field.text), prompt: "Evidence (file names, links): ", text: "")
        case .decisionNote(var d):
            let note = field.text.trimmingCharacters(in: .whitespaces)
            d.action = d.action.with(note: note.isEmpty ? nil : note)
            d.lines = d.lines.filter { !$0.hasPrefix("Note: ") } + (note.isEmpty ? [] : ["Note: \(note)"])
            dialog = d
        case .catalogueFilter, .fixAttributeName, .fixAttributeValue, .fixEligibilityReason:
            commitCatalogue(field)
        case .appealEvidence(let flag, let statement):
            dialog = Dialog(
                title: "File appeal", lines: ["Appeal flag #\(flag) for \(selectedSeller ?? "")?", "Statement: \(statement)", "Evidence: \(field.text)"],
                action: .fileAppeal(flag, statement: statement, evidence: field.text))
        }
    }

    // MARK: Actions

    /// Runs an action by id (a key, a mouse click, or a demo script).
    public func perform(_ action: ConsoleAction) {
        switch action {
        case .appQuit: quitRequested = true
        case .demoNext: demoNext()
        case .appHelp: helpOpen = true; helpQuery = ""; helpScroll = 0
        case .appCopy:
            guard let (what, text) = copyTarget else { return }
            clipboard = text
            say("copied \(what) \(TerminalText.sanitize(text)) (OSC 52: the terminal must allow clipboard writes)")
        case .appJump: input = TextInput(purpose: .jump, prompt: "Jump to (seller, pane, #seq, SKU): ", text: "")
        case .appNext: show(PaneID(rawValue: pane.rawValue % PaneID.allCases.count + 1) ?? .sellers)
        case .appPrev: show(PaneID(rawValue: (pane.rawValue + PaneID.allCases.count - 2) % PaneID.allCases.count + 1) ?? .sellers)
        case .listUp: move(-1)
        case .listDown: move(1)
        case .listPageup: move(-listRows)
        case .listPagedown: move(listRows)
        case .listTop: move(-Int.max / 2)
        case .listBottom: move(Int.max / 2)
        case .paneOverview, .paneSellers, .paneConfigure, .paneSync, .paneReview, .paneLedger, .paneExport, .paneOrders, .paneConflicts,
            .paneCatalogue:
            if let p = PaneID.allCases.first(where: { ConsoleAction.show($0) == action }) { show(p) }
        default:
            if let p = action.pane { p.component.perform(action, self) }
        }
    }

    /// What `y` copies here: the current row's id, by pane.
    var copyTarget: (what: String, text: String)? { pane.component.copyTarget(self) }

    /// `:`: a pane (by number or name), a seller (by id or name), a ledger seq (`#N`) of the
    /// selected seller, or one of its SKUs (its events in the ledger), in that order.
    func jump(_ text: String) {
        let q = text.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return }
        let lower = q.lowercased()
        if let p = PaneID.allCases.first(where: { String($0.rawValue) == q || $0.title.lowercased() == lower }) {
            show(p)
            return
        }
        if let s = sellerTable.sellers.first(where: { $0.id == lower })
            ?? sellerTable.sellers.first(where: { $0.name.lowercased().hasPrefix(lower) || $0.id.hasPrefix(lower) })
        {
            select(s.id)
            show(s.status == .onboarded ? .review : .configure)
            say("\(s.name)")
            return
        }
        guard selectedSeller != nil else {
            say("nothing called “\(TerminalText.sanitize(q))”: no pane or seller by that name (pick a seller to jump to its events)", error: true)
            return
        }
        if let seq = Int64(q.hasPrefix("#") ? String(q.dropFirst()) : q) {
            let filtered = !ledger.filter.isEmpty
            ledger.search = ""
            ledger.typePrefix = nil
            if filtered { ledger.invalidate() }
            ledger.jumpTo = seq
            ledger.showDetail = true
            show(.ledger)
            return
        }
        ledger.search = "sku:\(q)"
        ledger.typePrefix = nil
        ledger.cursor = 0
        ledger.invalidate()
        skuJump = q
        show(.ledger)
    }

    public func show(_ p: PaneID) {
        pane = p
        p.component.shown(self)
    }

    func move(_ delta: Int) { pane.component.move(delta, self) }

    func projectedLine(_ tier: Tier) -> String {
        switch plan.reservations[tier] {
        case .success(let r)?: "Projected catalogue sync \(Format.duration(r.projectedSyncMillis)) (virtual) on \(tier.title)."
        case .failure(let e)?: e.description
        case nil: "Projection not ready yet."
        }
    }

    private func confirm(_ action: PendingAction) {
        switch action {
        case .dismiss: break
        case .conflict(let c, let choice, let reason): decideConflict(c, choice, reason: reason)
        case .installNow(let id): changeApp(id, install: true)
        case .uninstall(let id): changeApp(id, install: false)
        case .install(let id):
            plan.add(app: id)
            requestReservations()
            say("\(engine.resources.app(id)?.name ?? id) will be installed with its scopes when the sync starts")
        case .onboard(let tier, let apps): startOnboarding(tier: tier, apps: apps)
        case .decide(let ids, let decision, let note): decide(ids, decision, note: note)
        case .appealDecision(let id, let decision, let note): decideAppeal(id, decision, note: note)
        case .fileAppeal(let id, let statement, let evidence): fileAppeal(id, statement: statement, evidence: evidence)
        case .trade(let days): trade(days: days)
        case .fix(let target, let change, let reason, let expecting): applyFix(target, change, reason: reason, expecting: expecting)
        case .undoFix(let id): undoFix(id)
        }
    }

    private func mouse(x: Int, y: Int, button: MouseButton) -> Bool {
        switch button {
        case .wheelUp: move(-3)
        case .wheelDown: move(3)
        case .click:
            if y == 0 {
                if let p = Screen.tab(atColumn: x, in: self) { show(p) }
                return true
            }
            let row = y - Screen.listTop
            guard row >= 0 else { return false }
            return pane.component.click(row: row, self)
        }
        return true
    }
}
