import PierCore

/// Lays out and renders the whole console into a cell buffer: tabs, the current pane, the
/// status line and the footer generated from the bindings, plus help, dialogs and input.
public enum Screen {
    public static let minWidth = 60
    public static let minHeight = 16
    /// The row of the first list item (row 2 holds a list's column headers).
    public static let listTop = 3

    /// The top row's tab layouts, widest first: padded titles, tight titles, or numbers with
    /// only the active pane's title.
    static func tabLayouts(active: PaneID) -> [[(pane: PaneID, x: Int, label: String)]] {
        let labels: [(PaneID) -> String] = [
            { " \($0.rawValue) \($0.title) " },
            { "\($0.rawValue) \($0.title)" },
            { $0 == active ? " \($0.rawValue) \($0.title) " : " \($0.rawValue) " },
        ]
        return labels.map { label in
            var x = 7
            return PaneID.allCases.map { p in
                let text = label(p)
                defer { x += TextWidth.width(of: text) + 1 }
                return (p, x, text)
            }
        }
    }

    /// The top row's right end: the seller at hand and the role.
    static func who(_ m: ConsoleModel) -> String { "\(m.seller.map { TerminalText.sanitize($0.name) } ?? "no seller") · \(m.role.rawValue)" }

    /// The tabs as the top row lays them out, and what of `who` fits beside them: titled tabs
    /// with the seller and role, else titled tabs with the role alone (who is at the console
    /// matters more than the seller's name, which the panes show), else numbered tabs.
    static func tabRow(_ m: ConsoleModel) -> (tabs: [(pane: PaneID, x: Int, label: String)], who: String?) {
        let layouts = tabLayouts(active: m.pane)
        func end(_ l: [(pane: PaneID, x: Int, label: String)]) -> Int { (l.last.map { $0.x + TextWidth.width(of: $0.label) }) ?? 0 }
        let full = who(m), role = m.role.rawValue
        let tries: [(Int, String?)] = [(0, full), (1, full), (0, role), (1, role), (0, nil), (1, nil), (2, full), (2, role), (2, nil)]
        for (layout, text) in tries where end(layouts[layout]) <= m.width - (text.map { TextWidth.width(of: $0) + 2 } ?? 0) {
            return (layouts[layout], text)
        }
        return (layouts[2], nil)
    }

    /// The tab under a column of the top row.
    static func tab(atColumn col: Int, in m: ConsoleModel) -> PaneID? {
        tabRow(m).tabs.first { col >= $0.x && col < $0.x + TextWidth.width(of: $0.label) }?.pane
    }

    /// The area a pane draws in at the model's size (below the tabs and caption, above the footer).
    static func paneArea(_ m: ConsoleModel) -> Rect { Rect(x: 0, y: 2, width: m.width, height: m.height - 4) }

    /// One frame as the console loop makes it: the model fetches what the screen needs, then
    /// the screen is drawn from the model alone.
    public static func frame(_ m: ConsoleModel) -> CellBuffer {
        m.prepareFrame()
        return render(m)
    }

    /// A frame once the engine worker has delivered what the frame asked for (the Ledger
    /// pane's page, an event's field changes): what the console shows on the tick after. For
    /// the benchmark and tests, which have no loop; the console never waits on the worker.
    public static func settledFrame(_ m: ConsoleModel) -> CellBuffer {
        for _ in 0..<8 {
            m.prepareFrame()
            m.worker.waitIdle()
            guard m.tick(realMillis: 0) else { break }
        }
        return render(m)
    }

    /// Draws the model at its current size. Pure: no store read happens here (see `frame`).
    public static func render(_ m: ConsoleModel) -> CellBuffer {
        var b = CellBuffer(width: m.width, height: m.height)
        guard m.width >= minWidth, m.height >= minHeight else {
            tooSmall(m, &b)
            return b
        }
        b.fill(Rect(x: 0, y: 0, width: m.width, height: 1), role: .footer)
        b.put(" Pier ", x: 0, y: 0, role: .title)
        let (tabs, whoText) = tabRow(m)
        for t in tabs { b.put(t.label, x: t.x, y: 0, role: t.pane == m.pane ? .tabActive : .footer) }
        if let whoText { b.put(whoText, x: m.width - TextWidth.width(of: whoText) - 1, y: 0, role: .footer) }
        if let caption = m.caption {
            b.fill(Rect(x: 0, y: 1, width: m.width, height: 1), role: .caption)
            b.put(" " + caption, x: 0, y: 1, role: .caption)
        }
        let area = paneArea(m)
        m.pane.component.render(m, into: &b, area: area)
        statusLine(m, &b)
        footer(m, &b)
        if let p = m.typePicker { TypePicker.render(p, into: &b) }
        if let p = m.categoryPicker { CategoryPicker.render(p, into: &b) }
        if m.helpOpen { HelpOverlay.render(m, into: &b) }
        if let d = m.dialog { dialog(d, &b) }
        return b
    }

    static func tooSmall(_ m: ConsoleModel, _ b: inout CellBuffer) {
        let lines = ["Terminal too small", "need \(minWidth)×\(minHeight), have \(m.width)×\(m.height)", "q quits"]
        for (i, l) in lines.enumerated() {
            let y = max(0, m.height / 2 - 1) + i
            b.put(TextWidth.fit(l, m.width), x: max(0, (m.width - TextWidth.width(of: l)) / 2), y: y, role: i == 0 ? .title : .normal)
        }
    }

    static func statusLine(_ m: ConsoleModel, _ b: inout CellBuffer) {
        let y = m.height - 2
        if let input = m.input {
            b.fill(Rect(x: 0, y: y, width: m.width, height: 1), role: .dialog)
            let w = b.put(input.prompt, x: 1, y: y, role: .dialog)
            b.put(TextWidth.fit(input.text, max(0, m.width - w - 4)) + "▏", x: 1 + w, y: y, role: .dialog)
            return
        }
        var text = m.status
        if m.worker.busy || m.onboarding != nil { text = (m.onboarding.map { "onboarding \($0)… " } ?? "working… ") + text }
        b.put(TextWidth.fit(" " + text, m.width), x: 0, y: y, role: m.statusIsError ? .error : .status)
    }

    static func footer(_ m: ConsoleModel, _ b: inout CellBuffer) {
        let y = m.height - 1
        b.fill(Rect(x: 0, y: y, width: m.width, height: 1), role: .footer)
        func need(_ binding: Binding) -> Int { TextWidth.width(of: " \(binding.key) ") + TextWidth.width(of: binding.label) + 1 }
        func put(_ binding: Binding, at x: inout Int) {
            let key = " \(binding.key) "
            b.put(key, x: x, y: y, role: binding.enabled ? .footerKey : .disabled)
            x += TextWidth.width(of: key)
            x += b.put(binding.label + " ", x: x, y: y, role: binding.enabled ? .footer : .disabled)
        }
        // Help always shows, last: it lists whatever the row has no room for.
        let shown = m.bindings.filter(\.inFooter)
        let help = shown.last { $0.action == .appHelp }
        let room = m.width - (help.map(need) ?? 0)
        var x = 0
        for binding in shown where binding.action != .appHelp {
            if x + need(binding) > room { break }
            put(binding, at: &x)
        }
        if let help, x + need(help) <= m.width { put(help, at: &x) }
    }

    static func dialog(_ d: Dialog, _ b: inout CellBuffer) {
        let width = min(b.width - 4, max(40, (d.lines.map { TextWidth.width(of: $0) }.max() ?? 0) + 4))
        // Long lines wrap (an order's events, an appeal's statement); what the screen cannot hold
        // is counted, not cut silently.
        var lines = d.lines.flatMap { l in l.isEmpty ? [""] : TextWidth.wrap(l, max(1, width - 4)) }
        let room = max(1, b.height - 6)
        if lines.count > room { lines = Array(lines.prefix(room - 1)) + ["… \(lines.count - room + 1) more lines"] }
        let height = lines.count + 4
        let r = Rect(x: (b.width - width) / 2, y: max(1, (b.height - height) / 2), width: width, height: height)
        b.fill(r, role: .dialog)
        b.box(r, title: d.title, role: .dialog)
        for (i, l) in lines.enumerated() { b.put(TextWidth.fit(l, width - 4), x: r.x + 2, y: r.y + 1 + i, role: .dialog) }
        let keys = d.action == .dismiss ? "Enter, y or n closes" : d.action.takesNote ? "y confirm · n add a note · Esc cancel" : "y confirm · n or Esc cancel"
        b.put(keys, x: r.x + 2, y: r.maxY - 2, role: .footerKey)
    }

    /// Column widths for a table: fixed widths, and the flexible column takes what is left (at
    /// least 4). When even that does not fit, the fixed columns give way in proportion (none
    /// below 3), so a table never runs past its area.
    static func columns(_ fixed: [Int?], width: Int) -> [Int] {
        let gaps = fixed.count - 1
        let flexible = fixed.filter { $0 == nil }.count
        let fixedTotal = fixed.compactMap { $0 }.reduce(0, +)
        if fixedTotal + gaps + flexible * 4 <= width {
            let flex = (width - fixedTotal - gaps) / max(1, flexible)
            return fixed.map { $0 ?? flex }
        }
        let room = max(0, width - gaps - flexible * 4)
        var widths = fixed.map { $0.map { max(3, $0 * room / max(1, fixedTotal)) } ?? 4 }
        var over = widths.reduce(0, +) + gaps - width
        for i in widths.indices.reversed() where over > 0 && fixed[i] != nil {
            let give = min(over, widths[i] - 3)
            widths[i] -= give
            over -= give
        }
        if over < 0, let i = fixed.firstIndex(where: { $0 == nil }) ?? widths.indices.last { widths[i] -= over }
        return widths
    }

    /// Draws a table's header and visible rows; only rows in view are rendered.
    static func table(
        _ b: inout CellBuffer, area: Rect, headers: [String], widths: [Int], count: Int, cursor: Int, top: Int,
        row: (Int) -> (cells: [String], role: StyleRole)
    ) {
        var x = area.x
        b.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .header)
        for (h, w) in zip(headers, widths) where x < area.maxX {
            let room = min(w, area.maxX - x)
            b.put(TextWidth.fit(h, room), x: x, y: area.y, role: .header, limit: room)
            x += w + 1
        }
        let rows = area.height - 1
        guard rows > 0 else { return }
        for i in 0..<rows {
            let index = top + i
            guard index < count else { break }
            let (cells, role) = row(index)
            let y = area.y + 1 + i
            let selected = index == cursor
            if selected { b.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: .selected) }
            var cx = area.x
            for (c, w) in zip(cells, widths) where cx < area.maxX {
                let room = min(w, area.maxX - cx)
                b.put(TextWidth.fit(c, room), x: cx, y: y, role: selected ? .selected : role, limit: room)
                cx += w + 1
            }
        }
        if count > rows {
            let position = " \(min(count, cursor + 1))/\(Format.count(count))"
            let last = widths.dropLast().reduce(0) { $0 + $1 + 1 } + min(TextWidth.width(of: headers.last ?? ""), widths.last ?? 0)
            let x = area.maxX - TextWidth.width(of: position)
            if x > area.x + last { b.put(position, x: x, y: area.y, role: .header) }
        }
    }

    /// Keeps the cursor in view: the first row to show.
    static func top(cursor: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        return max(0, min(cursor - rows / 2, count - rows))
    }
}
