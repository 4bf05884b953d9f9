import PierCore
import PierEngine

/// Pane 5: a seller's ledger, windowed from SQLite; filters by type, search, order; event
/// detail with every field and its hash; verify and replay from the pane.
enum LedgerPane {
    /// The list's area and the detail's (empty when the detail is closed) in the pane's area.
    static func layout(_ w: LedgerWindow, area: Rect) -> (list: Rect, detail: Rect) {
        w.showDetail && w.current != nil ? area.splitTop(max(4, area.height / 2)) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
    }

    /// How many event rows the list shows at the model's size.
    static func visibleRows(_ m: ConsoleModel) -> Int {
        max(1, layout(m.ledger, area: Screen.paneArea(m)).list.height - 2)
    }

    /// Draws what `ConsoleModel.prepareFrame` fetched; reads nothing.
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard m.seller != nil else {
            b.put("Pick a seller in pane 1 to inspect its ledger.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let w = m.ledger
        let showDetail = w.showDetail && w.current != nil
        let (listArea, detailArea) = layout(w, area: area)
        let widths = Screen.columns([6, 8, 18, 20, 18, nil], width: listArea.width)
        let table = Rect(x: listArea.x, y: listArea.y, width: listArea.width, height: listArea.height - 1)
        Screen.table(&b, area: table, headers: ["SEQ", "AT", "TYPE", "ACTOR", "SKU", "DATA"], widths: widths, count: w.count, cursor: w.cursor, top: w.top) {
            i in
            guard let e = w.row(i) else { return (["…"], .dim) }
            return (
                [String(e.seq), Format.shortClock(e.at), e.type, e.actor, e.sku ?? "", e.data.canonical],
                e.type.hasPrefix("flag") || e.type.hasPrefix("appeal") ? .flagMedium : e.type.hasPrefix("conflict") ? .conflictAuto : .normal
            )
        }
        let info =
            w.failure.map { "ledger unreadable: \($0)" }
            ?? "\(Format.count(w.count)) events · \(w.newestFirst ? "newest first" : "oldest first") · type \(w.filter.typePrefix ?? "all")"
            + (w.search.isEmpty ? "" : " · search “\(TerminalText.sanitize(w.search))”")
        b.put(TextWidth.fit(info, listArea.width - 2), x: listArea.x + 1, y: listArea.maxY - 1, role: w.failure == nil ? .accent : .error)
        if showDetail, let e = w.current { detail(e, changes: m.preparedChanges(for: e), &b, detailArea) }
    }

    static func detail(_ e: LedgerEvent, changes: [FieldChangeRow], _ b: inout CellBuffer, _ r: Rect) {
        b.box(r, title: "Event \(e.seq) · \(e.type)")
        let inner = r.inset(1)
        var y = inner.y
        func line(_ t: String, _ role: StyleRole = .normal) {
            guard y < inner.maxY else { return }
            b.put(TextWidth.fit(t, inner.width), x: inner.x, y: y, role: role)
            y += 1
        }
        line("at \(Format.clock(e.at)) · actor \(e.actor)\(e.sku.map { " · SKU \($0)" } ?? "")", .title)
        if let by = e.byline { line(by, .accent) }
        if let r = e.resolution {
            line(
                "field \(r.field): merchant \(r.merchantValue) · TikTok \(r.tiktokValue) → resolved \(r.resolvedValue) (\(r.policy), winner \(r.winner))",
                .conflictOpen)
        } else if let c = e.payload(ListingChanged.self) {
            line("\(c.source.rawValue) changed \(c.change.field): \(c.kind) \(c.value.canonical)", .conflictAuto)
        }
        for c in changes { line("  \(c.field): \(c.before) → \(c.after)", .warn) }
        for (k, v) in (e.data.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) { line("  \(k): \(v.canonical)") }
        line("prev \(e.prevHash)", .ledgerHash)
        line("hash \(e.hash)", .ledgerHash)
    }
}
