import PierCore
import PierEngine
import PierStore

/// The Conflicts pane: the conflict queue: accept the policy, take a side, switch the view.
extension ConsoleModel {
    /// The Conflicts pane's bindings (the conflict queue: accept the policy, take a side, switch the view), with why each is disabled now.
    var conflictsBindings: [Binding] {
        let c = conflictQueue.current
        let block =
            role.decisionBlock ?? noSeller ?? (c == nil ? "no conflict selected" : c?.state != .open ? "already decided (\(c?.state.rawValue ?? ""))" : nil)
        let numeric = c.map { $0.resolution.field == "price" || $0.resolution.field.hasPrefix("inventory.") } ?? false
        let sideBlock = block ?? (numeric ? nil : "\(c?.resolution.field ?? "this field") can only be accepted as resolved")
        return [
            Binding(.conflictsAccept, .char("a"), "Accept", help: "Accept the policy's resolved value (asks for a reason)", disabled: block),
            Binding(.conflictsMerchant, .char("m"), "Merchant's", help: "Take the merchant's value (asks for a reason)", disabled: sideBlock),
            Binding(.conflictsTiktok, .char("t"), "TikTok's", help: "Take TikTok Shop's value (asks for a reason)", disabled: sideBlock),
            Binding(
                .conflictsView, .char("s"), conflictQueue.queueOnly ? "All" : "Queue", help: "Show the queue (waiting for a person) or every resolution",
                disabled: noSeller),
        ]
    }

    /// Runs one of the Conflicts pane's actions.
    func performConflicts(_ action: ConsoleAction) {
        switch action {
        case .conflictsAccept, .conflictsMerchant, .conflictsTiktok:
            guard let c = conflictQueue.current else { return }
            let choice: ConflictChoice = action == .conflictsAccept ? .accept : action == .conflictsMerchant ? .merchant : .tiktok
            input = TextInput(purpose: .conflictReason(c, choice), prompt: "Reason (for the ledger): ", text: "")
        case .conflictsView:
            conflictQueue.toggleView()
            reloadConflicts()
        default: break
        }
    }
}
