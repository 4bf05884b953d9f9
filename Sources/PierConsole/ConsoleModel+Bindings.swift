import PierCore
import PierEngine

extension ConsoleModel {
    /// Bindings every pane has.
    var globalBindings: [Binding] {
        (demo.map { d in
            [
                Binding(
                    .demoNext, .char("n"), "Next step (\(d.progress))", help: "Play the presenter script's next step",
                    disabled: d.finished ? "the demo has ended" : nil)
            ]
        } ?? []) + [
            Binding(.appQuit, .char("q"), "Quit"),
            Binding(.appHelp, .char("?"), "Help", help: "Show every key, searchable"),
            Binding(
                .appCopy, .char("y"), "Copy", help: "Copy the row's id (seller, SKU, order, event hash) to the clipboard (OSC 52)",
                disabled: copyTarget == nil ? "nothing to copy here" : nil, footer: false),
            Binding(.appJump, .char(":"), "Jump", help: "Jump to a seller, a pane, a ledger seq (#N) or a SKU's events", footer: false),
            Binding(.appNext, .tab, "Next pane", footer: false),
            Binding(.appPrev, .backTab, "Previous pane", footer: false),
        ]
            + PaneID.allCases.map { p in
                Binding(.show(p), .char(Character(String(p.rawValue))), p.title, help: "Go to the \(p.title) pane", footer: false)
            }
    }

    private var installedAppUnderCursor: Bool {
        let apps = engine.resources.apps
        return apps.indices.contains(appCursor) && installed.contains(apps[appCursor].id)
    }

    private var noSeller: String? { selectedSeller == nil ? "pick a seller first (pane 1, Enter)" : nil }

    /// The current pane's bindings, with why each is disabled now; the footer, the help and
    /// the README's key table are generated from these.
    public func paneBindings(_ p: PaneID? = nil) -> [Binding] {
        let move = [
            Binding(.listUp, .up, "Up", footer: false), Binding(.listDown, .down, "Down", footer: false),
            Binding(.listPageup, .pageUp, "Page up", footer: false), Binding(.listPagedown, .pageDown, "Page down", footer: false),
            Binding(.listTop, .home, "First", footer: false), Binding(.listBottom, .end, "Last", footer: false),
        ]
        let decide = role.decisionBlock
        switch p ?? pane {
        case .catalogue:
            return catalogueBindings() + move
        case .conflicts:
            let c = currentConflict
            let block =
                role.decisionBlock ?? noSeller ?? (c == nil ? "no conflict selected" : c?.state != .open ? "already decided (\(c?.state.rawValue ?? ""))" : nil)
            let numeric = c.map { $0.resolution.field == "price" || $0.resolution.field.hasPrefix("inventory.") } ?? false
            let sideBlock = block ?? (numeric ? nil : "\(c?.resolution.field ?? "this field") can only be accepted as resolved")
            return [
                Binding(.conflictsAccept, .char("a"), "Accept", help: "Accept the policy's resolved value (asks for a reason)", disabled: block),
                Binding(.conflictsMerchant, .char("m"), "Merchant's", help: "Take the merchant's value (asks for a reason)", disabled: sideBlock),
                Binding(.conflictsTiktok, .char("t"), "TikTok's", help: "Take TikTok Shop's value (asks for a reason)", disabled: sideBlock),
                Binding(
                    .conflictsView, .char("s"), conflictQueueOnly ? "All" : "Queue", help: "Show the queue (waiting for a person) or every resolution",
                    disabled: noSeller),
            ] + move
        case .overview:
            let searching = !flagSearch.isEmpty
            return [
                Binding(
                    .overviewOpen, .enter, "Open", help: "Open the seller (or the flag found): its flags when onboarded, else its configuration",
                    disabled: (searching ? flagHits.isEmpty : health.isEmpty) ? (searching ? "no flag found" : "no sellers") : nil),
                Binding(
                    .overviewSearch, .char("/"), searching ? "Search (Esc clears)" : "Search flags",
                    help: "Search every seller's flags by SKU, rule or words"),
            ] + move
        case .sellers:
            return [
                Binding(
                    .sellersOpen, .enter, "Open", help: "Select the seller and go to its next step",
                    disabled: visibleSellers.isEmpty ? "no seller matches the filter" : nil),
                Binding(.sellersFilter, .char("/"), "Filter", help: "Filter sellers by id, name, platform, status"),
                Binding(.sellersSort, .char("o"), "Sort", help: "Order the list: by id, coverage (lowest first), flagged, SKUs, status", footer: false),
                Binding(
                    .sellersImport, .char("i"), "Import", help: "Import a merchant's export: shopify|woocommerce|amazon FILE NAME", disabled: role.changeBlock
                ),
            ] + move
        case .configure:
            let onboarded = seller?.status == .onboarded
            let startBlock =
                role.changeBlock ?? noSeller ?? (onboarded ? "already onboarded: its ledger is append-only" : nil)
                ?? onboarding.map { "onboarding \($0) is running" } ?? currentReservationBlock
            let tierBlock = onboarded ? "already onboarded on \(seller?.tier?.title ?? "its tier"): the tier is on record" : nil
            return [
                Binding(.configureTierPrev, .left, "Tier ←", help: "Previous tier", disabled: tierBlock),
                Binding(.configureTierNext, .right, "Tier →", help: "Next tier", disabled: tierBlock),
                Binding(
                    .configureToggleApp, .char(" "), onboarded && installedAppUnderCursor ? "Uninstall app" : "Install app",
                    help: "Choose or drop the highlighted app (asks for consent to its scopes); once onboarded, install or uninstall it now",
                    disabled: role.changeBlock ?? noSeller),
                Binding(.configureStart, .char("s"), "Start sync", help: "Reserve the tier's budget and onboard (confirms)", disabled: startBlock),
            ] + move
        case .sync:
            let none = playback == nil ? "no sync to play: start one in Configure, or press r" : nil
            return [
                Binding(.syncPause, .char(" "), playback?.paused == true ? "Resume" : "Pause", disabled: none),
                Binding(
                    .syncStep, .char("."), "Step", help: "Play one event (while paused)",
                    disabled: none ?? (playback?.paused == true ? nil : "pause first (space)")),
                Binding(.syncFaster, .char("+"), "Faster", help: "Speed: 1×, 10×, 60×, 600×, max", disabled: none),
                Binding(.syncSlower, .char("-"), "Slower", disabled: none),
                Binding(
                    .syncReplay, .char("r"), "Replay", help: "Play the seller's onboarding again from its ledger",
                    disabled: noSeller ?? (seller?.status == .onboarded ? nil : "the seller has not been onboarded")),
            ]
        case .review:
            let open = review.current.map { $0.state == .open } ?? false
            let waiting = review.current?.state == .editRequested
            let none = review.current == nil ? "no flag selected" : nil
            let notOpen = none ?? (open || !review.marked.isEmpty ? nil : "flag is \(review.current?.state.rawValue ?? ""), not open")
            let held = review.marked.isEmpty ? review.current.flatMap(heldByOther) : nil
            let notDecidable = held ?? (waiting && review.marked.isEmpty ? nil : notOpen)
            let appealed = review.current?.state == .appealed
            return [
                Binding(.reviewClear, .char("c"), "Clear", help: "Clear the flag(s): the listing goes live", disabled: decide ?? notDecidable),
                Binding(.reviewUphold, .char("u"), "Uphold", help: "Uphold the flag(s): the listing stays off TikTok", disabled: decide ?? notDecidable),
                Binding(
                    .reviewEdit, .char("e"), "Request edit", help: "Ask the seller to edit the listing",
                    disabled: decide ?? (waiting ? "already waiting on the seller's edit: clear or uphold it" : notOpen)),
                Binding(
                    .reviewMark, .char(" "), "Mark", help: "Mark or unmark for a bulk decision",
                    disabled: decide ?? (open ? nil : none ?? "only open flags can be marked")),
                Binding(
                    .reviewAppeal, .char("a"), "Appeal", help: "File the seller's appeal (statement, evidence) against an upheld flag",
                    disabled: role.changeBlock ?? none
                        ?? (review.current?.state == .upheld
                            ? nil : review.current?.state == .final ? "the second denial is final" : "only an upheld flag can be appealed")),
                Binding(
                    .reviewGrant, .char("g"), "Grant", help: "Grant the pending appeal: listing live, tag removed",
                    disabled: decide ?? (appealed ? nil : "no pending appeal")),
                Binding(
                    .reviewDeny, .char("d"), "Deny", help: "Deny the pending appeal (the second denial is final)",
                    disabled: decide ?? (appealed ? nil : "no pending appeal")),
                Binding(.reviewState, .char("s"), "State", help: "Cycle the state filter: open, edit requested, upheld, appealed, all"),
                Binding(
                    .reviewClaim, .char("C"), "Claim",
                    help:
                        "Claim the next \(ConsoleModel.claimBatch) open flags nobody holds, for \(PierEngine.claimMinutes) minutes: a team never works the same flags",
                    disabled: decide, footer: false),
                Binding(.reviewFilter, .char("/"), "Filter", help: "Filter flags by SKU, rule or words"),
                Binding(
                    .reviewMarkAll, .char("A"), "Mark all", help: "Mark every open flag the state and filter show, or unmark them all",
                    disabled: decide ?? (review.visible.contains { $0.state == .open } ? nil : "no open flag shown"), footer: false),
                Binding(.reviewDetailDown, .char("]"), "Detail ↓", help: "Scroll the flag's detail down (history, rule, message)", footer: false),
                Binding(.reviewDetailUp, .char("["), "Detail ↑", help: "Scroll the flag's detail up", footer: false),
                Binding(.reviewSort, .char("o"), "Sort", help: "Order the list: as raised, by SKU, by rule, by severity", footer: false),
            ] + move
        case .ledger:
            return [
                Binding(
                    .ledgerDetail, .enter, ledger.showDetail ? "List" : "Detail", help: "Event detail: every field and its hash",
                    disabled: ledger.current == nil ? "no event" : nil),
                Binding(.ledgerOrder, .char("o"), ledger.newestFirst ? "Oldest first" : "Newest first"),
                Binding(.ledgerType, .char("t"), "Type", help: "Cycle the type filter through the families of events"),
                Binding(
                    .ledgerPickType, .char("T"), "Pick type", help: "Pick one event type of every type in this ledger (type to filter)",
                    disabled: selectedSeller == nil ? "pick a seller first (pane 1, Enter)" : nil, footer: false),
                Binding(
                    .ledgerSearch, .char("/"), "Search", help: "Search type, actor, SKU and data; sku:X, actor:X and type:X narrow to one SKU, actor or type"),
                Binding(.ledgerVerify, .char("v"), "Verify", help: "Verify the hash chain", disabled: noSeller),
                Binding(
                    .ledgerReplay, .char("r"), "Replay here", help: "Rebuild the seller's state at the selected event",
                    disabled: ledger.current == nil ? "no event" : nil),
            ] + move
        case .orders:
            let traded = tradingMetrics != nil
            let tradeBlock =
                role.changeBlock ?? noSeller ?? (seller?.status == .onboarded ? nil : "the seller has not been onboarded")
                ?? (traded ? "already traded: its ledger is append-only" : nil)
            return [
                Binding(
                    .ordersTrade, .char("t"), "Trade 7 days", help: "Run 7 virtual days after go-live: orders, fulfilment, returns, apps (confirms)",
                    disabled: tradeBlock),
                Binding(.ordersState, .char("s"), "View", help: "Cycle the view: all, open, delivered, cancelled, returns"),
                Binding(.ordersFilter, .char("/"), "Filter", help: "Filter orders by order id, SKU, status or region"),
                Binding(.ordersSort, .char("o"), "Sort", help: "Order the list: newest, by amount, by status, by SKU", footer: false),
                Binding(
                    .ordersDetail, .enter, "Detail", help: "Every field of the order, and its events in the ledger",
                    disabled: visibleOrders.indices.contains(orderCursor) ? nil : "no order selected"),
            ] + move
        case .export:
            let block = noSeller ?? (seller?.status == .onboarded ? nil : "the seller has not been onboarded")
            return [
                Binding(
                    .exportWrite, .char("w"), "Write", help: "Write manifest, catalogue diff, ledger and install record", disabled: role.changeBlock ?? block),
                Binding(.exportFolder, .char("f"), "Folder", help: "Choose the folder", disabled: block),
            ]
        }
    }

    private var currentReservationBlock: String? {
        guard let r = reservations[selectedTier] else { return "working out the reservation…" }
        switch r {
        case .success(let res): return res.fits ? nil : "tier refused: " + res.refusals.joined(separator: "; ")
        case .failure(let e): return e.description
        }
    }

    public var selectedTier: Tier { Tier.allCases[max(0, min(tierIndex, Tier.allCases.count - 1))] }

    /// Global and pane bindings with the user's key overrides applied.
    public var bindings: [Binding] { keymap.apply(paneBindings() + globalBindings) }

    /// Every action id a key file can bind.
    public static let allActions = Set(ConsoleAction.allCases.map(\.rawValue))
}

extension ConsoleModel {
    /// The key file's first override that hides another action in some pane, with its line.
    public func keyClash() -> Keymap.ParseError? {
        keymap.clash(in: PaneID.allCases.map { paneBindings($0) + globalBindings })
    }
}
