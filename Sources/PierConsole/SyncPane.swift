import PierCore
import PierEngine

/// Pane 3 (onboarding step 3): the sync played on the virtual clock: phases, throughput,
/// counters, and the conflict and moderation queues filling side by side.
enum SyncPane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard let p = m.playback else {
            let text =
                m.onboarding != nil
                ? "Onboarding \(m.onboarding ?? "")… the sync appears here as soon as the engine has run it."
                : m.seller?.status == .onboarded
                    ? "Press r to play \(m.seller?.name ?? "")'s onboarding from its ledger."
                    : "Start a sync in Configure (pane 2, s)."
            b.put(text, x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let phase = p.finished ? "done" : p.syncedAt != nil ? "trading (first hour live)" : p.imported > 0 ? "syncing catalogue" : "connecting"
        b.put(
            TextWidth.fit("\(p.seller) · virtual \(Format.clock(p.now)) of \(Format.clock(p.duration)) · speed \(p.speedLabel) · \(phase)", area.width - 2),
            x: area.x + 1, y: area.y, role: .title)
        let barWidth = max(10, min(40, area.width - 46))
        let total = max(p.totalSKUs, 1)
        let rows: [(String, Int, Int, String)] = [
            ("connect", p.connectedAt == nil ? 0 : 1, 1, p.connectedAt.map { "OAuth done at \(Format.duration($0))" } ?? "authorising…"),
            ("import", p.imported, total, "\(Format.count(p.imported))/\(Format.count(total)) SKUs"),
            ("map", p.mapped + p.unmapped, total, "\(Format.count(p.mapped)) mapped · \(Format.count(p.unmapped)) unmapped"),
            ("moderate", p.mapped, total, "\(Format.count(p.flaggedSKUs)) SKUs flagged"),
            (
                "publish", p.live, max(p.mapped - p.flaggedSKUs, 1),
                "\(Format.count(p.liveNow)) live"
                    + (p.offline.isEmpty ? "" : " (\(Format.count(p.offline.count)) since taken off)")
                    + (p.syncedAt.map { " · synced in \(Format.duration($0 - (p.connectedAt ?? 0)))" } ?? "")
            ),
        ]
        for (i, r) in rows.enumerated() {
            let y = area.y + 1 + i
            b.put(TextWidth.pad(r.0, 9), x: area.x + 1, y: y, role: .accent)
            b.put(Format.bar(r.1, of: r.2, width: barWidth), x: area.x + 11, y: y, role: .progress)
            b.put(TextWidth.fit(r.3, area.width - barWidth - 13), x: area.x + 12 + barWidth, y: y, role: .normal)
        }
        var y = area.y + 6
        b.put("live/min ", x: area.x + 1, y: y, role: .dim)
        b.put(Format.sparkline(p.livePerMinute, width: area.width - 12), x: area.x + 10, y: y, role: .sparkline)
        y += 1
        let counters =
            "coverage \(Format.percent(Int64(p.coverageBP))) · flagged \(Format.percent(Int64(p.flaggedBP))) · inventory conflicts \(Format.percent(Int64(p.inventoryConflictBP))) · changes \(Format.count(p.changes)) · conflict queue \(Format.count(p.conflictQueue))"
        b.put(TextWidth.fit(counters, area.width - 2), x: area.x + 1, y: y, role: .ok)
        y += 1
        let queues = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        guard queues.height >= 3 else { return }
        let narrow = queues.width < 100
        let (left, right) = queues.splitLeft(queues.width * (narrow ? 12 : 11) / 20)
        b.box(left, title: "Conflicts \(Format.count(p.conflicts.count)) (queue \(Format.count(p.conflictQueue)))")
        let flaggedSKUs = Set(p.flags.map(\.sku)).count
        b.box(
            right,
            title: "\(narrow ? "Flags" : "Moderation queue:") \(Format.count(p.flags.count)) on \(Format.count(flaggedSKUs)) SKU\(flaggedSKUs == 1 ? "" : "s")")
        let inner = left.inset(1)
        // Narrow: the policy gives way (the Ledger pane's detail has it).
        let cw = Screen.columns(narrow ? [13, 12, 6, 6, nil] : [15, 13, 6, 6, 6, nil], width: inner.width)
        let conflicts = Array(p.conflicts.suffix(max(0, inner.height - 1)).reversed())
        let headers = ["SKU", "FIELD", "MERCH", "TIKTOK", "RESOLVED", "POLICY"].prefix(cw.count)
        Screen.table(&b, area: inner, headers: Array(headers), widths: cw, count: conflicts.count, cursor: -1, top: 0) { i in
            let c = conflicts[i]
            return ([c.sku, c.field, c.merchantValue, c.tiktokValue, c.resolvedValue, c.policy], c.needsHuman ? .conflictOpen : .conflictAuto)
        }
        let rin = right.inset(1)
        let fw = Screen.columns(narrow ? [14, 7, nil] : [18, 7, nil], width: rin.width)
        let flags = Array(p.flags.suffix(max(0, rin.height - 1)).reversed())
        Screen.table(&b, area: rin, headers: ["SKU", "RULE", "WORDS"], widths: fw, count: flags.count, cursor: -1, top: 0) { i in
            let f = flags[i]
            return ([f.sku, f.rule, f.matched], f.severity == .reject ? .flagHigh : .flagMedium)
        }
    }
}
