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
            if field.purpose == .sellerFilter { sellerFilter = "" }
            if field.purpose == .flagSearch { flagSearch = ""; flagHits = []; overviewCursor = 0 }
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
        case .sellerFilter: sellerFilter = field.text; sellerCursor = 0
        case .flagFilter: review.filter = field.text; review.cursor = 0; loadFlagDetail()
        case .orderFilter: orderFilter = field.text; orderCursor = 0
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
            flagSearch = field.text.trimmingCharacters(in: .whitespaces)
            overviewCursor = 0
            flagHits = []
            guard !flagSearch.isEmpty else { break }
            let query = flagSearch
            flagSearchPending = query
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
        case .sellersFilter: input = TextInput(purpose: .sellerFilter, prompt: "Filter sellers: ", text: sellerFilter)
        case .sellersImport: input = TextInput(purpose: .importFile, prompt: "Import (shopify|woocommerce|amazon FILE SELLER NAME): ", text: "")
        case .sellersOpen:
            let v = visibleSellers
            guard v.indices.contains(sellerCursor) else { return }
            select(v[sellerCursor].id)
            show(v[sellerCursor].status == .onboarded ? .review : .configure)
        case .conflictsAccept, .conflictsMerchant, .conflictsTiktok:
            guard let c = currentConflict else { return }
            let choice: ConflictChoice = action == .conflictsAccept ? .accept : action == .conflictsMerchant ? .merchant : .tiktok
            input = TextInput(purpose: .conflictReason(c, choice), prompt: "Reason (for the ledger): ", text: "")
        case .conflictsView:
            conflictQueueOnly.toggle()
            conflictCursor = 0
            reloadConflicts()
        case .overviewSearch: input = TextInput(purpose: .flagSearch, prompt: "Search every seller's flags: ", text: flagSearch)
        case .overviewOpen where !flagSearch.isEmpty:
            guard flagHits.indices.contains(overviewCursor) else { return }
            let hit = flagHits[overviewCursor]
            select(hit.sellerID)
            show(.review)
            review.state = nil
            review.filter = hit.sku
            review.focus = hit.id
        case .overviewOpen:
            guard health.indices.contains(overviewCursor) else { return }
            let s = health[overviewCursor].seller
            select(s.id)
            show(s.status == .onboarded ? .review : .configure)
        case .configureTierPrev: tierIndex = max(0, tierIndex - 1)
        case .configureTierNext: tierIndex = min(Tier.allCases.count - 1, tierIndex + 1)
        case .configureToggleApp: toggleApp()
        case .configureStart:
            let apps = chosenApps
            dialog = Dialog(
                title: "Start onboarding",
                lines: [
                    "Onboard \(seller?.name ?? "") on \(selectedTier.title) with \(apps.isEmpty ? "no apps" : apps.joined(separator: ", "))?",
                    projectedLine(selectedTier), "Its ledger is append-only: this cannot be undone.",
                ], action: .onboard(selectedTier, apps))
        case .syncPause: playback?.paused.toggle()
        case .syncStep: playback?.step()
        case .syncFaster: if let p = playback { playback?.speedIndex = min(Playback.speeds.count - 1, p.speedIndex + 1); playback?.paused = false }
        case .syncSlower: if let p = playback { playback?.speedIndex = max(0, p.speedIndex - 1) }
        case .syncReplay: startPlayback()
        case .reviewClear, .reviewUphold, .reviewEdit:
            let decision: FlagDecision = action == .reviewClear ? .clear : action == .reviewUphold ? .uphold : .requestEdit
            let ids = review.marked.isEmpty ? (review.current.map { [$0.id] } ?? []) : review.marked.sorted()
            let verb = decision == .clear ? "Clear" : decision == .uphold ? "Uphold" : "Request an edit for"
            dialog = Dialog(
                title: "Confirm decision",
                lines: [
                    "\(verb) \(ids.count == 1 ? "flag #\(ids[0])" : "\(ids.count) marked flags")?",
                    decision == .clear
                        ? "The listing goes live on TikTok Shop."
                        : decision == .uphold ? "The listing stays off TikTok Shop; the seller may appeal." : "The seller is asked to edit the listing.",
                    "Recorded in the ledger as ops:\(reviewer).",
                ], action: .decide(ids, decision, note: nil))
        case .reviewMark:
            if let f = review.current { if review.marked.contains(f.id) { review.marked.remove(f.id) } else { review.marked.insert(f.id) } }
            move(1)
        case .reviewAppeal:
            if let f = review.current { input = TextInput(purpose: .appealStatement(flag: f.id), prompt: "Seller's statement: ", text: "") }
        case .reviewGrant, .reviewDeny:
            guard let f = review.current else { return }
            let grant = action == .reviewGrant
            dialog = Dialog(
                title: grant ? "Grant appeal" : "Deny appeal",
                lines: [
                    "\(grant ? "Grant" : "Deny") appeal \(f.appeals) on flag #\(f.id) (\(f.ruleID), \(f.sku))?",
                    grant
                        ? "The listing goes live and its tag is removed."
                        : (f.appeals >= PierEngine.maxAppeals ? "This is the second appeal: a denial is final." : "The seller may appeal once more."),
                    "Recorded in the ledger as ops:\(reviewer).",
                ], action: .appealDecision(f.id, grant ? .grant : .deny, note: nil))
        case .reviewState:
            let states: [FlagState?] = [.open, .editRequested, .upheld, .appealed, nil]
            let i = states.firstIndex { $0 == review.state } ?? 0
            review.state = states[(i + 1) % states.count]
            review.cursor = 0
            loadFlagDetail()
        case .reviewFilter: input = TextInput(purpose: .flagFilter, prompt: "Filter flags: ", text: review.filter)
        case .reviewClaim: claimFlags()
        case .reviewMarkAll:
            let open = Set(review.visible.filter { $0.state == .open }.map(\.id))
            review.marked = open.isSubset(of: review.marked) ? review.marked.subtracting(open) : review.marked.union(open)
            say(review.marked.isEmpty ? "nothing marked" : "\(Format.count(review.marked.count)) flag(s) marked: c, u or e decides them together")
        case .reviewDetailDown: review.detailScroll += 3
        case .reviewDetailUp: review.detailScroll = max(0, review.detailScroll - 3)
        case .reviewSort:
            review.sort = (review.sort + 1) % ReviewQueue.sorts.count
            review.cursor = 0
            loadFlagDetail()
            say("flags by \(ReviewQueue.sorts[review.sort].name)")
        case .ledgerDetail: ledger.showDetail.toggle()
        case .ledgerOrder:
            ledger.newestFirst.toggle()
            ledger.cursor = 0
            ledger.invalidate()
        case .ledgerType:
            let i = LedgerWindow.typeFilters.firstIndex { $0 == ledger.typePrefix } ?? 0
            ledger.typePrefix = LedgerWindow.typeFilters[(i + 1) % LedgerWindow.typeFilters.count]
            ledger.cursor = 0
            ledger.invalidate()
        case .ledgerPickType:
            guard let id = selectedSeller else { return }
            worker.submit { engine in
                do throws(StoreError) {
                    return .ledgerTypes(seller: id, .success(try engine.db.ledgerTypes(seller: id)))
                } catch {
                    return .ledgerTypes(seller: id, .failure(error))
                }
            }
        case .ledgerSearch: input = TextInput(purpose: .ledgerSearch, prompt: "Search the ledger: ", text: ledger.search)
        case .ledgerVerify: verifyLedger()
        case .ledgerReplay: if let e = ledger.current { replay(at: e.seq) }
        case .exportWrite: export()
        case .exportFolder: input = TextInput(purpose: .exportFolder, prompt: "Export folder: ", text: exportFolder)
        case .ordersTrade:
            dialog = Dialog(
                title: "Trade \(seller?.name ?? "")",
                lines: [
                    "Run 7 virtual days after go-live: buyers order, webhooks arrive (some late, twice, never or forged),",
                    "fulfilment goes to \(chosenApps.contains("shipstation") || (seller?.apps ?? []).contains("shipstation") ? "ShipStation" : "the merchant's own system"), returns come back, the installed apps act.",
                    "Everything is appended to the ledger. Go ahead?",
                ], action: .trade(days: 7))
        case .ordersState: orderView = (orderView + 1) % OrdersPane.views.count; orderCursor = 0
        case .ordersFilter: input = TextInput(purpose: .orderFilter, prompt: "Filter orders: ", text: orderFilter)
        case .sellersSort:
            sellerSort = (sellerSort + 1) % Self.sellerSorts.count
            sellerCursor = 0
            say("sellers by \(Self.sellerSorts[sellerSort].name)")
        case .ordersSort:
            orderSort = (orderSort + 1) % Self.orderSorts.count
            orderCursor = 0
            say("orders by \(Self.orderSorts[orderSort].name)")
        case .ordersDetail:
            let v = visibleOrders
            guard v.indices.contains(orderCursor), let id = selectedSeller else { return }
            let o = v[orderCursor]
            let amount = Money(minorUnits: o.amountMinor, currency: seller?.currency ?? "USD").decimalString
            // The order's events are read on the engine worker; the line fills in when they arrive.
            worker.submit { engine in
                do throws(StoreError) {
                    let page = try engine.db.ledgerPage(
                        seller: id, filter: LedgerFilter(sku: o.sku, text: o.orderID), start: .first, descending: false, limit: 40)
                    let events = page.filter { $0.data["order"]?.stringValue == o.orderID || $0.data["order_id"]?.stringValue == o.orderID }
                    return .orderEvents(seller: id, order: o.orderID, .success(events))
                } catch {
                    return .orderEvents(seller: id, order: o.orderID, .failure(error))
                }
            }
            dialog = Dialog(
                title: "Order \(o.orderID)",
                lines: [
                    "SKU \(o.sku) · \(o.region) · qty \(o.quantity) · \(amount) \(seller?.currency ?? "")",
                    "placed \(Format.clock(o.placedAt)) · updated \(Format.clock(o.updatedAt)) (virtual)",
                    "TikTok status \(o.status) · fulfilment \(o.fulfilment)",
                    o.note.isEmpty ? (o.returnState.isEmpty ? "no return" : "return: \(o.returnState)") : "note: \(o.note)",
                    Self.orderEventsPending,
                ].map(TerminalText.sanitize), action: .dismiss)
        case .catalogueOpen, .catalogueCategory, .catalogueAttribute, .catalogueNotEligible, .catalogueEligible, .catalogueUndo, .catalogueMark,
            .catalogueFilter, .catalogueDetailDown, .catalogueDetailUp, .catalogueView,
            .catalogueGroup:
            performCatalogue(action)
        case .paneOverview, .paneSellers, .paneConfigure, .paneSync, .paneReview, .paneLedger, .paneExport, .paneOrders, .paneConflicts,
            .paneCatalogue:
            if let p = PaneID.allCases.first(where: { ConsoleAction.show($0) == action }) { show(p) }
        }
    }

    /// What `y` copies here: the current row's id, by pane.
    var copyTarget: (what: String, text: String)? {
        switch pane {
        case .overview: return health.indices.contains(overviewCursor) ? ("seller id", health[overviewCursor].seller.id) : nil
        case .sellers:
            let v = visibleSellers
            return v.indices.contains(sellerCursor) ? ("seller id", v[sellerCursor].id) : nil
        case .review: return review.current.map { ("SKU", $0.sku) }
        case .ledger: return ledger.current.map { ("event hash", $0.hash) }
        case .orders:
            let v = visibleOrders
            return v.indices.contains(orderCursor) ? ("order id", v[orderCursor].orderID) : nil
        case .conflicts: return currentConflict.map { ("SKU", $0.resolution.sku) }
        case .catalogue: return workbench.currentSKU.map { ("SKU", $0.sku) } ?? workbench.currentGroup.map { ("group", $0.shared) }
        case .configure, .sync, .export: return selectedSeller.map { ("seller id", $0) }
        }
    }

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
        if let s = sellers.first(where: { $0.id == lower }) ?? sellers.first(where: { $0.name.lowercased().hasPrefix(lower) || $0.id.hasPrefix(lower) }) {
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
        if p == .ledger { ledger.refresh() }
        if p == .review { refreshSellerData(.flags) }
        if p == .sellers { reloadSellers() }
        if p == .orders { refreshSellerData(.orders) }
        if p == .conflicts { refreshSellerData(.conflicts) }
        if p == .catalogue { reloadWorkbench() }
    }

    private func move(_ delta: Int) {
        func clamp(_ v: Int, _ n: Int) -> Int { max(0, min(n - 1, v)) }
        switch pane {
        case .conflicts: conflictCursor = clamp(conflictCursor &+ delta, conflicts.count)
        case .catalogue: moveWorkbench(delta)
        case .overview: overviewCursor = clamp(overviewCursor &+ delta, flagSearch.isEmpty ? health.count : flagHits.count)
        case .sellers: sellerCursor = clamp(sellerCursor &+ delta, visibleSellers.count)
        case .configure: appCursor = clamp(appCursor &+ delta, engine.resources.apps.count)
        case .review:
            review.cursor = clamp(review.cursor &+ delta, review.visible.count)
            loadFlagDetail()
        case .ledger:
            ledger.cursor = clamp(ledger.cursor &+ delta, ledger.count)
        case .orders: orderCursor = clamp(orderCursor &+ delta, visibleOrders.count)
        default: break
        }
    }

    private func toggleApp() {
        let apps = engine.resources.apps
        guard apps.indices.contains(appCursor) else { return }
        let app = apps[appCursor]
        if seller?.status == .onboarded {
            guard !sellerDataPending.contains(.installs) else {
                say("reading \(seller?.name ?? "the seller")'s installed apps…")
                return
            }
            if installed.contains(app.id) {
                dialog = Dialog(
                    title: "Uninstall \(app.name)",
                    lines: [
                        "Uninstall \(app.name) from \(seller?.name ?? "")?",
                        "Its scopes are revoked at once: \(app.scopes.map(\.rawValue).joined(separator: ", ")).",
                        "Recorded in the ledger as \(reviewer)'s action.",
                    ], action: .uninstall(app.id))
            } else {
                dialog = Dialog(
                    title: "Install \(app.name)",
                    lines: [
                        "\(app.name) (\(app.category)) asks for exactly these scopes:",
                        app.scopes.map(\.rawValue).joined(separator: ", "),
                        "It needs \(app.minimumTier.title) or higher; \(seller?.name ?? "") is on \(seller?.tier?.title ?? "?"). Consent and install now?",
                    ], action: .installNow(app.id))
            }
            return
        }
        if let i = chosenApps.firstIndex(of: app.id) {
            chosenApps.remove(at: i)
            requestReservations()
            say("\(app.name) dropped")
            return
        }
        dialog = Dialog(
            title: "Install \(app.name)",
            lines: [
                "\(app.name) (\(app.category)) asks for exactly these scopes:",
                app.scopes.map(\.rawValue).joined(separator: ", "),
                "It needs \(app.minimumTier.title) or higher. Consent and install?",
            ], action: .install(app.id))
    }

    func projectedLine(_ tier: Tier) -> String {
        switch reservations[tier] {
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
            chosenApps.append(id)
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
            switch pane {
            case .conflicts: conflictCursor = max(0, min(conflicts.count - 1, Screen.top(cursor: conflictCursor, rows: listRows, count: conflicts.count) + row))
            case .catalogue:
                let count = workbench.rows.count
                let rows = CataloguePane.listRows(width: width, height: height)
                workbench.cursor = max(0, min(count - 1, Screen.top(cursor: workbench.cursor, rows: rows, count: count) + row - 1))
                loadWorkbenchDetail()
            case .overview: overviewCursor = max(0, min(health.count - 1, Screen.top(cursor: overviewCursor, rows: listRows, count: health.count) + row))
            case .sellers: sellerCursor = max(0, min(visibleSellers.count - 1, row))
            case .review: review.cursor = max(0, min(review.visible.count - 1, row)); loadFlagDetail()
            case .ledger: ledger.cursor = max(0, min(ledger.count - 1, ledger.top + row))
            case .configure: appCursor = max(0, min(engine.resources.apps.count - 1, row - 4))
            case .orders:
                let v = visibleOrders
                let top = Screen.top(cursor: orderCursor, rows: OrdersPane.listRows(height: height), count: v.count)
                orderCursor = max(0, min(v.count - 1, top + row - (OrdersPane.headerRows - 1)))
            default: return false
            }
        }
        return true
    }
}
