extension ConsoleModel {
    /// The key table of every pane, generated from the bindings (the README's copy is checked
    /// against this).
    public func keyTable() -> String {
        var out = "| pane | key | action | what it does |\n|---|---|---|---|\n"
        func row(_ pane: String, _ b: Binding) {
            let key = "\(b.key)".replacingOccurrences(of: "|", with: "\\|")
            out += "| \(pane) | `\(key)` | \(b.action) | \(b.help.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        let saved = demo
        demo = nil
        for b in keymap.apply(globalBindings) { row("all", b) }
        demo = DemoPlayer(script: DemoScript(name: "", steps: [], who: engine.who), auto: false, fast: false)
        if let next = keymap.apply(globalBindings).first(where: { $0.action == .demoNext }) { row("demo", next) }
        demo = saved
        for p in PaneID.allCases {
            for b in keymap.apply(paneBindings(p)) where !b.action.movesInList || p == .sellers {
                row(p == .sellers && b.action.movesInList ? "lists" : p.title, b)
            }
        }
        return out
    }
}
