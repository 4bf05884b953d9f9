import PierCore
import PierEngine
import PierStore

/// Pane 8: the conflict queue worked by a person: each resolution the policy could not settle
/// alone (an oversell clamped to zero, a merge to check), with both sides' values; accept the
/// policy's value or take the merchant's or TikTok's, with a reason, ledgered.
enum ConflictsPane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard m.seller != nil else {
            b.put("Pick a seller in pane 0 or 1 to work its conflict queue.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let rows = m.conflictQueue.conflicts
        let (listArea, detailArea) = area.splitTop(max(4, area.height - 7))
        let widths = Screen.columns([16, 13, 9, 9, 9, nil, 14], width: listArea.width)
        let table = Rect(x: listArea.x, y: listArea.y, width: listArea.width, height: listArea.height - 1)
        Screen.table(
            &b, area: table, headers: ["SKU", "FIELD", "MERCHANT", "TIKTOK", "RESOLVED", "POLICY", "STATE"], widths: widths, count: rows.count,
            cursor: m.conflictQueue.cursor, top: Screen.top(cursor: m.conflictQueue.cursor, rows: table.height - 1, count: rows.count)
        ) { i in
            let c = rows[i], r = c.resolution
            return (
                [r.sku, r.field, r.merchantValue, r.tiktokValue, r.resolvedValue, r.policy, c.state.rawValue],
                c.state == .open ? .conflictOpen : .conflictAuto
            )
        }
        let waiting = rows.filter { $0.state == .open }.count
        let info =
            m.conflictQueue.queueOnly
            ? "queue: \(Format.count(waiting)) waiting, \(Format.count(rows.count - waiting)) decided · s shows every resolution"
            : "every resolution: \(Format.count(rows.count)) · s shows the queue"
        if rows.isEmpty {
            let empty =
                m.sellerDataPending.contains(.conflicts)
                ? "Reading the conflicts…" : m.conflictQueue.queueOnly ? "Nothing waits for a person." : "No conflicts."
            b.put(empty, x: listArea.x + 2, y: listArea.y + 2, role: .dim)
        }
        b.put(TextWidth.fit(info, listArea.width - 2), x: listArea.x + 1, y: listArea.maxY - 1, role: .accent)
        guard detailArea.height >= 3 else { return }
        b.box(detailArea, title: m.conflictQueue.current.map { "Conflict · \($0.resolution.sku) \($0.resolution.field)" } ?? "Conflict")
        guard let c = m.conflictQueue.current else { return }
        let r = c.resolution
        let inner = detailArea.inset(1)
        let lines = [
            ("merchant \(r.merchantValue) · TikTok \(r.tiktokValue) → resolved \(r.resolvedValue) by \(r.policy) (winner \(r.winner))", StyleRole.title),
            ("at \(Format.clock(r.at)) · change event \(r.eventID) · \(c.state == .open ? "waiting for a person" : c.state.rawValue)", .dim),
            (
                c.state == .open
                    ? "a accepts the resolved value; m or t takes a side's value; each asks for a reason and is ledgered"
                    : "decided: see the ledger (conflict.decided) for who and why", .accent
            ),
        ]
        for (i, (text, role)) in lines.enumerated() where i < inner.height {
            b.put(TextWidth.fit(TerminalText.sanitize(text), inner.width), x: inner.x, y: inner.y + i, role: role)
        }
    }
}
