import PierCore
import PierEngine
import PierStore

/// The Review pane: the moderation queue: decisions, marks, appeals, claims, filters.
extension ConsoleModel {
    /// The Review pane's bindings (the moderation queue: decisions, marks, appeals, claims, filters), with why each is disabled now.
    var reviewBindings: [Binding] {
        let decide = role.decisionBlock
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
        ]
    }

    /// Runs one of the Review pane's actions.
    func performReview(_ action: ConsoleAction) {
        switch action {
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
        default: break
        }
    }

    /// Asks the worker for the selected seller's flags and the claims on them.
    public func reloadFlags() { requestSellerData(.flags) }

    /// The cursor moved to another flag, or the flag changed: its detail starts at the top and
    /// is read again, on the engine worker, before the next frame (see `prepareFrame`).
    public func loadFlagDetail() { review.forgetDetail() }

    /// Asks the worker for the current flag's listing and history, once per flag.
    func requestFlagDetail(seller id: String) {
        guard let f = review.current, review.detailAsked.map({ $0.seller != id || $0.flag != f.id }) ?? true else { return }
        review.detailAsked = (id, f.id)
        worker.submit { engine in
            do throws(StoreError) {
                return .flagDetail(seller: id, flag: f.id, .success(try FlagDetail.read(seller: id, flag: f, from: engine.db)))
            } catch {
                return .flagDetail(seller: id, flag: f.id, .failure(error))
            }
        }
    }

    /// Takes a flag's detail the worker read, for the seller on screen.
    func receiveFlagDetail(seller: String, flag: Int64, _ result: Result<FlagDetail, StoreError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let d): review.detail = d
        case .failure(let error): say("flag #\(flag)'s listing and history could not be read: \(error.description)", error: true)
        }
    }
}
