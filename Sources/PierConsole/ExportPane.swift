import PierCore
import PierEngine

/// Pane 6 (onboarding step 4): write the artifacts and show where they went.
enum ExportPane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard let s = m.seller else {
            b.put("Pick a seller in pane 1 to export its artifacts.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        var y = area.y
        func line(_ t: String, _ role: StyleRole = .normal) {
            guard y < area.maxY else { return }
            b.put(TextWidth.fit(t, area.width - 2), x: area.x + 1, y: y, role: role)
            y += 1
        }
        line("Export \(s.name)", .title)
        line("folder: \(m.exportFolder)  (f to change)", .accent)
        y += 1
        for (file, what) in [
            ("manifest.json", "seller, tier, apps, seed, metrics, ledger head"), ("catalogue-diff.csv", "every SKU: source vs TikTok, status and reason"),
            ("ledger.jsonl", "every event with its hash"), ("installs.json / installs.csv", "apps and the scopes consented to"),
            ("orders.csv", "orders after go-live: status, fulfilment, returns"),
            ("fixes.json", "catalogue fixes and rules: who, when, undone or standing"),
        ] {
            line("  \(TextWidth.pad(file, 30)) \(what)", .dim)
        }
        y += 1
        if m.exportPaths.isEmpty {
            line(s.status == .onboarded ? "Press w to write them." : "Onboard the seller first.")
        } else {
            line("Written:", .ok)
            for p in m.exportPaths { line("  " + p) }
        }
    }
}
