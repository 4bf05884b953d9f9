import PierCore

/// `?`: every key of every pane, the current pane's first (with why a key is disabled now),
/// then the keys that work everywhere and the other panes'; searchable by typing, scrolled with
/// the arrows and page keys.
enum HelpOverlay {
    /// The help's rows for the model's current pane and query, `width` columns wide: section
    /// titles and keys (key, what it does, action id; the description gives way first).
    static func lines(_ m: ConsoleModel, width: Int? = nil) -> [(text: String, role: StyleRole)] {
        let room = width ?? (m.width - 8)
        let q = m.helpQuery.lowercased()
        func matches(_ b: Binding) -> Bool {
            q.isEmpty || b.label.lowercased().contains(q) || b.help.lowercased().contains(q) || b.action.rawValue.contains(q) || "\(b.key)".lowercased() == q
        }
        var out = [(text: String, role: StyleRole)]()
        func section(_ title: String, _ bindings: [Binding], reasons: Bool) {
            let shown = bindings.filter(matches)
            guard !shown.isEmpty else { return }
            if !out.isEmpty { out.append(("", .dialog)) }
            out.append((title, .title))
            let helpWidth = max(12, min(56, room - 9 - 1 - 20))
            for b in shown {
                let help = TextWidth.pad(TextWidth.fit(b.help, helpWidth), helpWidth)
                out.append(("\(TextWidth.pad(String(describing: b.key), 8)) \(help) \(b.action.rawValue)", reasons && !b.enabled ? .disabled : .dialog))
                if reasons, let why = b.disabledReason { out.append(("         disabled now: \(why)", .disabled)) }
            }
        }
        let lists = m.keymap.apply(m.paneBindings(.sellers)).filter(\.action.movesInList)
        section("\(m.pane.title) (this pane)", m.keymap.apply(m.paneBindings()).filter { !$0.action.movesInList }, reasons: true)
        section("Everywhere", m.keymap.apply(m.globalBindings), reasons: true)
        section("In every list", lists, reasons: false)
        for p in PaneID.allCases where p != m.pane {
            section(p.title, m.keymap.apply(m.paneBindings(p)).filter { !$0.action.movesInList }, reasons: false)
        }
        return out
    }

    /// Rows of help the overlay shows at once at the model's size.
    static func visibleRows(_ m: ConsoleModel) -> Int { max(1, m.height - 5) }

    static func render(_ m: ConsoleModel, into b: inout CellBuffer) {
        let r = Rect(x: 2, y: 1, width: b.width - 4, height: b.height - 2)
        b.fill(r, role: .dialog)
        b.box(r, title: "Help · type to search · Esc closes", role: .dialog)
        let all = lines(m, width: r.width - 4)
        var y = r.y + 1
        b.put(
            TextWidth.fit(m.helpQuery.isEmpty ? "search: (type)" : "search: \(m.helpQuery)", r.width - 4), x: r.x + 2, y: y,
            role: m.helpQuery.isEmpty ? .disabled : .accent)
        y += 1
        let rows = visibleRows(m)
        let top = max(0, min(m.helpScroll, all.count - rows))
        for (text, role) in all.dropFirst(top).prefix(rows) {
            b.put(TextWidth.fit(text, r.width - 4), x: r.x + 2, y: y, role: role)
            y += 1
        }
        if all.isEmpty { b.put("No key matches “\(TerminalText.sanitize(m.helpQuery))”.", x: r.x + 2, y: y, role: .dialog) }
        if all.count > rows {
            let position = " ↑↓ PgUp PgDn scroll · \(top + 1)–\(min(all.count, top + rows)) of \(all.count) "
            b.put(TextWidth.fit(position, r.width - 4), x: r.maxX - 2 - min(r.width - 4, TextWidth.width(of: position)), y: r.maxY - 1, role: .footerKey)
        }
    }
}
