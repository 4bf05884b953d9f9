import PierCore

/// `T` in the Ledger pane: every event type the seller's ledger holds, filtered by typing;
/// Enter shows only that type (or every type, the first row).
public struct TypePicker: Sendable, Equatable {
    public let types: [String]
    public var query = ""
    public var cursor = 0

    public init(types: [String]) { self.types = types }

    /// The rows shown: "all types", then the types containing the query.
    public var rows: [String] {
        let q = query.lowercased()
        return (q.isEmpty ? ["all types"] : []) + types.filter { q.isEmpty || $0.lowercased().contains(q) }
    }

    /// The type filter the highlighted row stands for (nil for all types), or nil when nothing matches.
    public var choice: String?? {
        let r = rows
        guard r.indices.contains(cursor) else { return nil }
        return r[cursor] == "all types" && query.isEmpty ? .some(nil) : .some(r[cursor])
    }

    static func render(_ p: TypePicker, into b: inout CellBuffer) {
        let height = min(b.height - 4, max(6, p.rows.count + 4))
        let r = Rect(x: max(2, b.width / 2 - 24), y: 2, width: min(b.width - 4, 48), height: height)
        b.fill(r, role: .dialog)
        b.box(r, title: "Event type · type to filter · Enter picks · Esc", role: .dialog)
        b.put(
            TextWidth.fit(p.query.isEmpty ? "filter: (type)" : "filter: \(p.query)", r.width - 4), x: r.x + 2, y: r.y + 1,
            role: p.query.isEmpty ? .disabled : .accent)
        let rows = p.rows
        let visible = r.height - 3
        let top = Screen.top(cursor: p.cursor, rows: visible, count: rows.count)
        for (i, row) in rows.enumerated().dropFirst(top).prefix(visible) {
            b.put(
                TextWidth.pad(TextWidth.fit(row, r.width - 4), r.width - 4), x: r.x + 2, y: r.y + 2 + i - top,
                role: i == p.cursor ? .selected : .dialog)
        }
        if rows.isEmpty { b.put("no type matches", x: r.x + 2, y: r.y + 2, role: .dialog) }
    }
}
