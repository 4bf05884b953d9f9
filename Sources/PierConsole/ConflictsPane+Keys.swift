import PierCore
import PierEngine
import PierStore

/// The Conflicts pane's keys: the conflict queue: accept the policy, take a side, switch the view.
extension ConflictsPane: PaneComponent {
    /// The Conflicts pane's bindings (the conflict queue: accept the policy, take a side, switch the view), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let c = m.conflictQueue.current
        let block =
            m.role.decisionBlock ?? m.noSeller ?? (c == nil ? "no conflict selected" : c?.state != .open ? "already decided (\(c?.state.rawValue ?? ""))" : nil)
        let numeric = c.map { $0.resolution.field == "price" || $0.resolution.field.hasPrefix("inventory.") } ?? false
        let sideBlock = block ?? (numeric ? nil : "\(c?.resolution.field ?? "this field") can only be accepted as resolved")
        return [
            Binding(.conflictsAccept, .char("a"), "Accept", help: "Accept the policy's resolved value (asks for a reason)", disabled: block),
            Binding(.conflictsMerchant, .char("m"), "Merchant's", help: "Take the merchant's value (asks for a reason)", disabled: sideBlock),
            Binding(.conflictsTiktok, .char("t"), "TikTok's", help: "Take TikTok Shop's value (asks for a reason)", disabled: sideBlock),
            Binding(
                .conflictsView, .char("s"), m.conflictQueue.queueOnly ? "All" : "Queue", help: "Show the queue (waiting for a person) or every resolution",
                disabled: m.noSeller),
        ]
    }

    /// Runs one of the Conflicts pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .conflictsAccept, .conflictsMerchant, .conflictsTiktok:
            guard let c = m.conflictQueue.current else { return }
            let choice: ConflictChoice = action == .conflictsAccept ? .accept : action == .conflictsMerchant ? .merchant : .tiktok
            m.input = TextInput(purpose: .conflictReason(c, choice), prompt: "Reason (for the ledger): ", text: "")
        case .conflictsView:
            m.conflictQueue.toggleView()
            m.reloadConflicts()
        default: break
        }
    }

    static func move(_ delta: Int, _ m: ConsoleModel) {
        m.conflictQueue.cursor = clamp(m.conflictQueue.cursor &+ delta, count: m.conflictQueue.conflicts.count)
    }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        let count = m.conflictQueue.conflicts.count
        m.conflictQueue.cursor = clicked(row, cursor: m.conflictQueue.cursor, rows: m.listRows, count: count)
        return true
    }

    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? { m.conflictQueue.current.map { ("SKU", $0.resolution.sku) } }

    static func shown(_ m: ConsoleModel) { m.refreshSellerData(.conflicts) }
}
