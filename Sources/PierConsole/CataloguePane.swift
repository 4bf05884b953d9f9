import PierCore
import PierEngine
import PierStore

/// Pane 9: the catalogue workbench. Every SKU of the seller that is not live, grouped by why
/// and by what the SKUs share, under a coverage line that moves as fixes land; the detail of the
/// row under the cursor: badge, merchant category, the classifier's candidates with their scores
/// and deciding words, the fixes that touched it, its title and description.
enum CataloguePane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard let seller = m.seller else {
            b.put("Pick a seller in pane 0 or 1 to work what its catalogue could not map.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        guard seller.status == .onboarded else {
            b.put("\(seller.id) is not onboarded: the workbench fixes an onboarded catalogue.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let w = m.workbench
        guard w.seller == seller.id else {
            b.put("Reading \(seller.id)'s catalogue…", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let list = w.worklist
        b.put(
            TextWidth.fit(
                "coverage \(Format.count(list.live)) of \(Format.count(list.total)) live (\(Format.percent(list.coverageBP)))"
                    + " · of eligible \(Format.count(list.live)) of \(Format.count(list.total - list.notEligible)) (\(Format.percent(list.eligibleCoverageBP)))"
                    + " · \(Format.count(list.waiting)) waiting", area.width - 2), x: area.x + 1, y: area.y, role: .title)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if w.showFixes {
            fixes(m, &b, body)
            return
        }
        let wide = body.width >= 110
        let (listArea, detailArea) = wide ? body.splitLeft(body.width * 62 / 100) : body.splitTop(max(4, body.height / 2))
        let rows = w.rows
        let widths = Screen.columns([1, 20, nil, 5, 15], width: listArea.width)
        let table = Rect(x: listArea.x, y: listArea.y, width: listArea.width, height: listArea.height - 1)
        Screen.table(
            &b, area: table, headers: ["", "WHY / SKU", "SHARED / TITLE", "SKUS", "BADGE"], widths: widths, count: rows.count, cursor: w.cursor,
            top: Screen.top(cursor: w.cursor, rows: table.height - 1, count: rows.count)
        ) { i in
            switch rows[i] {
            case .group(let g):
                let group = list.groups[g]
                let opened = w.open.contains(CatalogueWorkbench.key(group))
                return (
                    [
                        opened ? "▾" : "▸", group.reason.text, TextWidth.fitTail(group.shared, widths[2]), Format.count(group.skus.count),
                        group.byRule ? "rule" : "product",
                    ],
                    group.reason.fixable ? .warn : .dim
                )
            case .sku(let g, let n):
                let l = list.groups[g].skus[n]
                let marked = w.marked.contains(l.sku)
                return ([marked ? "●" : "", "  " + l.sku, l.title, "", l.eligibility.rawValue], marked ? .marked : .normal)
            }
        }
        let counts = list.reasonCounts.map { "\($0.reason.text) \(Format.count($0.skus))" }.joined(separator: " · ")
        let info =
            (w.grouping == .category ? "" : "by \(w.grouping.rawValue) · ") + (w.filter.isEmpty ? "" : "filter: \(w.filter) · ")
            + (w.marked.isEmpty ? "" : "\(w.marked.count) marked · ") + counts
        if rows.isEmpty {
            b.put(
                m.workbenchPending ? "Reading the catalogue…" : w.filter.isEmpty ? "Every SKU is live: nothing waits." : "No waiting SKU matches the filter.",
                x: listArea.x + 2,
                y: listArea.y + 2, role: .dim)
        }
        b.put(TextWidth.fit(info, listArea.width - 2), x: listArea.x + 1, y: listArea.maxY - 1, role: .accent)
        guard detailArea.height >= 3 else { return }
        b.box(detailArea, title: w.currentSKU.map { "SKU \($0.sku)" } ?? w.currentGroup.map { "Group · \($0.reason.text)" } ?? "Detail")
        detail(m, &b, detailArea.inset(1))
    }

    /// The fixes view: every fix of the seller, newest first, with who, when and what it touched.
    static func fixes(_ m: ConsoleModel, _ b: inout CellBuffer, _ area: Rect) {
        let w = m.workbench
        // Narrow terminals keep what the fix is and whether it stands; who and when go first.
        let wide = area.width >= 100
        let widths = Screen.columns(wide ? [4, nil, 5, 9, 12, 20] : [4, nil, 5, 9], width: area.width)
        let headers = ["#", "FIX", "SKUS", "STATE", "OPERATOR", "WALL CLOCK"]
        let table = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        Screen.table(
            &b, area: table, headers: Array(headers.prefix(widths.count)), widths: widths, count: w.fixes.count,
            cursor: w.fixCursor, top: Screen.top(cursor: w.fixCursor, rows: table.height - 1, count: w.fixes.count)
        ) { i in
            let f = w.fixes[i]
            let cells = [
                String(f.id), "\(f.target.text) → \(f.change.text)\(f.reason.map { " (\($0))" } ?? "")", Format.count(f.matched),
                f.isActive ? "standing" : "reverted", f.operatorName, f.wallClock,
            ]
            return (Array(cells.prefix(widths.count)), f.isActive ? .normal : .dim)
        }
        if w.fixes.isEmpty { b.put("No fixes yet: v shows what waits.", x: area.x + 2, y: area.y + 2, role: .dim) }
        let info = w.currentFix?.reverted.map { "reverted by \($0.by) at \($0.wallClock)" } ?? "z undoes the fix under the cursor · v shows what waits"
        b.put(TextWidth.fit(info, area.width - 2), x: area.x + 1, y: area.maxY - 1, role: .accent)
    }

    /// The list's visible rows at a terminal height (the coverage line and the table header above).
    static func listRows(width: Int, height: Int) -> Int {
        let body = height - 4 - 1
        return max(1, (width >= 110 ? body : max(4, body / 2)) - 2)
    }

    /// The lines of the detail box for the row under the cursor.
    static func lines(_ m: ConsoleModel, width: Int) -> [(String, StyleRole)] {
        let w = m.workbench
        guard let g = w.currentGroup else { return [] }
        var out = [(String, StyleRole)]()
        func wrap(_ text: String, _ role: StyleRole) { for l in TextWidth.wrap(text, max(1, width)) { out.append((l, role)) } }
        if let l = w.currentSKU {
            out.append(("\(l.eligibility.rawValue) · \(l.status.rawValue) · \(l.sourceCategory)", l.eligibility == .prohibited ? .flagHigh : .accent))
            if let why = l.coverageReason { wrap(why, .dim) }
        } else {
            out.append(("\(Format.count(g.skus.count)) SKU(s) · \(g.shared)", .accent))
            if !g.reason.fixable {
                wrap(
                    "\(g.reason.text): \(g.reason == .offTikTok ? "TikTok Shop made it inactive, suspended or banned" : "a reviewer decides these in the Review pane"); a fix cannot.",
                    .dim)
            } else if g.byRule {
                let now = g.ruleReach.map { "\(Format.count($0)) SKUs now" } ?? "every SKU that has it now"
                wrap("A fix here is a rule over \(g.shared): \(now), and what a re-import brings.", .dim)
            } else {
                wrap("A fix here serves this product's \(g.skus.count) SKU(s).", .dim)
            }
        }
        if let d = w.detail, d.sku == (w.currentSKU ?? g.skus.first)?.sku {
            if !d.candidates.isEmpty { out.append(("candidates (score · deciding words):", .normal)) }
            for c in d.candidates.prefix(4) {
                out.append(("  \(c.id) \(c.path) · \(c.score)\(c.words.isEmpty ? "" : " · \(c.words.joined(separator: ", "))")", .normal))
            }
            for f in d.history { wrap("fix " + f.summary, f.isActive ? .ok : .dim) }
        }
        if let l = w.currentSKU ?? g.skus.first {
            wrap(l.title, .title)
            if !l.description.isEmpty { wrap(l.description, .normal) }
        }
        return out
    }

    static func detail(_ m: ConsoleModel, _ b: inout CellBuffer, _ r: Rect) {
        let all = lines(m, width: r.width)
        let start = min(m.workbench.detailScroll, max(0, all.count - r.height))
        for (i, (text, role)) in all.dropFirst(start).prefix(r.height).enumerated() {
            b.put(TextWidth.fit(text, r.width), x: r.x, y: r.y + i, role: role)
        }
    }
}
