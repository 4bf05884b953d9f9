import PierCore
import PierEngine
import PierStore

/// The Review pane's keys: the moderation queue: decisions, marks, appeals, claims, filters.
extension ReviewPane: PaneComponent {
    /// The Review pane's bindings (the moderation queue: decisions, marks, appeals, claims, filters), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let decide = m.role.decisionBlock
        let open = m.review.current.map { $0.state == .open } ?? false
        let waiting = m.review.current?.state == .editRequested
        let none = m.review.current == nil ? "no flag selected" : nil
        let notOpen = none ?? (open || !m.review.marked.isEmpty ? nil : "flag is \(m.review.current?.state.rawValue ?? ""), not open")
        let held = m.review.marked.isEmpty ? m.review.current.flatMap(m.heldByOther) : nil
        let notDecidable = held ?? (waiting && m.review.marked.isEmpty ? nil : notOpen)
        let appealed = m.review.current?.state == .appealed
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
                disabled: m.role.changeBlock ?? none
                    ?? (m.review.current?.state == .upheld
                        ? nil : m.review.current?.state == .final ? "the second denial is final" : "only an upheld flag can be appealed")),
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
                disabled: decide ?? (m.review.visible.contains { $0.state == .open } ? nil : "no open flag shown"), footer: false),
            Binding(.reviewDetailDown, .char("]"), "Detail ↓", help: "Scroll the flag's detail down (history, rule, message)", footer: false),
            Binding(.reviewDetailUp, .char("["), "Detail ↑", help: "Scroll the flag's detail up", footer: false),
            Binding(.reviewSort, .char("o"), "Sort", help: "Order the list: as raised, by SKU, by rule, by severity", footer: false),
        ]
    }

    /// Runs one of the Review pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .reviewClear, .reviewUphold, .reviewEdit:
            let decision: FlagDecision = action == .reviewClear ? .clear : action == .reviewUphold ? .uphold : .requestEdit
            let ids = m.review.marked.isEmpty ? (m.review.current.map { [$0.id] } ?? []) : m.review.marked.sorted()
            let verb = decision == .clear ? "Clear" : decision == .uphold ? "Uphold" : "Request an edit for"
            m.dialog = Dialog(
                title: "Confirm decision",
                lines: [
                    "\(verb) \(ids.count == 1 ? "flag #\(ids[0])" : "\(ids.count) marked flags")?",
                    decision == .clear
                        ? "The listing goes live on TikTok Shop."
                        : decision == .uphold ? "The listing stays off TikTok Shop; the seller may appeal." : "The seller is asked to edit the listing.",
                    "Recorded in the ledger as ops:\(m.reviewer).",
                ], action: .decide(ids, decision, note: nil))
        case .reviewMark:
            if let f = m.review.current { if m.review.marked.contains(f.id) { m.review.marked.remove(f.id) } else { m.review.marked.insert(f.id) } }
            move(1, m)
        case .reviewAppeal:
            if let f = m.review.current { m.input = TextInput(purpose: .appealStatement(flag: f.id), prompt: "Seller's statement: ", text: "") }
        case .reviewGrant, .reviewDeny:
            guard let f = m.review.current else { return }
            let grant = action == .reviewGrant
            m.dialog = Dialog(
                title: grant ? "Grant appeal" : "Deny appeal",
                lines: [
                    "\(grant ? "Grant" : "Deny") appeal \(f.appeals) on flag #\(f.id) (\(f.ruleID), \(f.sku))?",
                    grant
                        ? "The listing goes live and its tag is removed."
                        : (f.appeals >= PierEngine.maxAppeals ? "This is the second appeal: a denial is final." : "The seller may appeal once more."),
                    "Recorded in the ledger as ops:\(m.reviewer).",
                ], action: .appealDecision(f.id, grant ? .grant : .deny, note: nil))
        case .reviewState:
            let states: [FlagState?] = [.open, .editRequested, .upheld, .appealed, nil]
            let i = states.firstIndex { $0 == m.review.state } ?? 0
            m.review.state = states[(i + 1) % states.count]
            m.review.cursor = 0
            m.loadFlagDetail()
        case .reviewFilter: m.input = TextInput(purpose: .flagFilter, prompt: "Filter flags: ", text: m.review.filter)
        case .reviewClaim: m.claimFlags()
        case .reviewMarkAll:
            let open = Set(m.review.visible.filter { $0.state == .open }.map(\.id))
            m.review.marked = open.isSubset(of: m.review.marked) ? m.review.marked.subtracting(open) : m.review.marked.union(open)
            m.say(m.review.marked.isEmpty ? "nothing marked" : "\(Format.count(m.review.marked.count)) flag(s) marked: c, u or e decides them together")
        case .reviewDetailDown: m.review.detailScroll += 3
        case .reviewDetailUp: m.review.detailScroll = max(0, m.review.detailScroll - 3)
        case .reviewSort:
            m.review.sort = (m.review.sort + 1) % ReviewQueue.sorts.count
            m.review.cursor = 0
            m.loadFlagDetail()
            m.say("flags by \(ReviewQueue.sorts[m.review.sort].name)")
        default: break
        }
    }

    static func move(_ delta: Int, _ m: ConsoleModel) {
        m.review.cursor = clamp(m.review.cursor &+ delta, count: m.review.visible.count)
        m.loadFlagDetail()
    }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        m.review.cursor = clamp(row, count: m.review.visible.count)
        m.loadFlagDetail()
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? { m.review.current.map { ("SKU", $0.sku) } }

    static func shown(_ m: ConsoleModel) { m.refreshSellerData(.flags) }
}
