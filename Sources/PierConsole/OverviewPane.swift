import PierCore
import PierEngine

/// Pane 0, the first screen: every seller's health against the seed's targets, worst first:
/// coverage (> 90%), fulfilment (> 97%), P95 time to live (< 30 min), and the work waiting on
/// people: open flags and the age of the oldest, the conflict queue, rejected webhooks.
enum OverviewPane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        if m.overview.searching { return hits(m, into: &b, area: area) }
        let rows = m.overview.health
        let targets =
            "targets: coverage > \(Format.percent(SellerHealth.coverageTargetBP)) · fulfilment > \(Format.percent(SellerHealth.fulfilmentTargetBP))"
            + " · P95 to live < \(Format.duration(SellerHealth.p95SyncTargetMillis)) · worst first"
        b.put(TextWidth.fit(targets, area.width - 2), x: area.x + 1, y: area.maxY - 2, role: .dim)
        let list = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 2)
        let wide = area.width >= 110
        let widths = Screen.columns(wide ? [22, 10, 9, 6, 8, 6, 7, 9, 9, nil] : [nil, 9, 8, 6, 8, 6, 7, 8], width: list.width)
        let headers = ["SELLER", "STATUS", "COVERAGE", "FLAGS", "OLDEST", "QUEUE", "FULFIL", "P95 LIVE", "WEBHOOKS", "MISSES"]
        Screen.table(
            &b, area: list, headers: Array(headers.prefix(widths.count)), widths: widths, count: rows.count, cursor: m.overview.cursor,
            top: Screen.top(cursor: m.overview.cursor, rows: list.height - 1, count: rows.count)
        ) { i in
            let cells = Self.cells(rows[i])
            return (Array(cells.prefix(widths.count)), Self.role(rows[i]))
        }
        if rows.isEmpty {
            b.put(m.sellersPending ? "Reading the sellers…" : "No sellers yet: import one in pane 1 (i).", x: area.x + 2, y: area.y + 3, role: .dim)
        }
        let onboarded = rows.filter { $0.metrics != nil }
        let summary =
            "\(Format.count(rows.count)) sellers · \(Format.count(onboarded.count)) onboarded · \(Format.count(onboarded.filter { !$0.misses.isEmpty }.count)) missing a target"
            + " · \(Format.count(rows.reduce(0) { $0 + $1.openFlags })) open flags · \(Format.count(rows.reduce(0) { $0 + $1.conflictQueue })) queued conflicts"
        b.put(TextWidth.fit(summary, area.width - 2), x: area.x + 1, y: area.maxY - 1, role: .accent)
    }

    /// A seller's row: id, status, coverage, open flags, oldest open flag, queue, fulfilment,
    /// P95 to live, rejected webhooks, the targets it misses.
    static func cells(_ h: SellerHealth) -> [String] {
        let coverage: String = h.metrics.map { Format.percent($0.coverageBP) } ?? "-"
        let oldest: String = h.oldestOpenFlagAge.map { Format.shortClock($0) } ?? "-"
        let fulfil: String = h.trading?.fulfilmentSuccessText ?? "-"
        let p95: String = h.metrics.map { Format.duration($0.p95SkuMillis) } ?? "-"
        let webhooks: String = h.webhookFailures.map { "\(Format.count($0)) rej" } ?? "-"
        let misses: String = h.misses.isEmpty ? (h.metrics == nil ? "" : "all targets met") : "misses " + h.misses.joined(separator: ", ")
        return [
            TerminalText.sanitize(h.seller.name), h.seller.status.rawValue, coverage, Format.count(h.openFlags), oldest, Format.count(h.conflictQueue), fulfil,
            p95,
            webhooks, misses,
        ]
    }

    static func role(_ h: SellerHealth) -> StyleRole {
        if h.metrics == nil { return .dim }
        if !h.misses.isEmpty { return .flagHigh }
        return h.openFlags + h.conflictQueue > 0 ? .warn : .ok
    }

    /// The flags of every seller the search found; Enter opens one in its seller's Review.
    static func hits(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        let hits = m.overview.hits
        let list = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        let widths = Screen.columns([14, 6, 18, 7, 14, nil], width: list.width)
        Screen.table(
            &b, area: list, headers: ["SELLER", "#", "SKU", "RULE", "STATE", "WORDS"], widths: widths, count: hits.count,
            cursor: m.overview.cursor, top: Screen.top(cursor: m.overview.cursor, rows: list.height - 1, count: hits.count)
        ) { i in
            let f = hits[i]
            return ([f.sellerID, String(f.id), f.sku, f.ruleID, f.state.rawValue, TerminalText.sanitize(f.matched)], f.state == .open ? .flagMedium : .dim)
        }
        if hits.isEmpty {
            b.put(m.overview.searchPending == m.overview.search ? "Searching…" : "No flag of any seller matches.", x: area.x + 2, y: area.y + 2, role: .dim)
        }
        let line =
            "flags matching “\(TerminalText.sanitize(m.overview.search))” in every seller: \(Format.count(hits.count))\(hits.count == 500 ? "+ (first 500)" : "") · / to change · Esc in the search clears"
        b.put(TextWidth.fit(line, area.width - 2), x: area.x + 1, y: area.maxY - 1, role: .accent)
    }
}
