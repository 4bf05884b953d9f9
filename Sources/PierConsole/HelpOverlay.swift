import PierCore

/// `?`: every binding of the current pane and the global ones, searchable by typing; disabled
/// ones say why.
enum HelpOverlay {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer) {
        let r = Rect(x: 2, y: 1, width: b.width - 4, height: b.height - 2)
        b.fill(r, role: .dialog)
        b.box(r, title: "Help · \(m.pane.title) · type to search · Esc closes", role: .dialog)
        let q = m.helpQuery.lowercased()
        let all = m.bindings.filter { q.isEmpty || $0.label.lowercased().contains(q) || $0.help.lowercased().contains(q) || $0.action.contains(q) || "\($0.key)".lowercased() == q }
        var y = r.y + 1
        if !q.isEmpty { b.put("search: \(m.helpQuery)", x: r.x + 2, y: y, role: .accent); y += 1 }
        for bind in all {
            guard y < r.maxY - 1 else { break }
            let text = "\(TextWidth.pad(String(describing: bind.key), 7)) \(TextWidth.pad(bind.help, 52)) \(bind.action)"
            b.put(TextWidth.fit(text, r.width - 4), x: r.x + 2, y: y, role: bind.enabled ? .dialog : .disabled)
            if let why = bind.disabledReason, y + 1 < r.maxY - 1 {
                y += 1
                b.put(TextWidth.fit("        disabled: \(why)", r.width - 4), x: r.x + 2, y: y, role: .disabled)
            }
            y += 1
        }
        if all.isEmpty { b.put("No key matches “\(m.helpQuery)”.", x: r.x + 2, y: y, role: .dialog) }
    }
}
