import PierCore
import PierEngine

/// Pane 1: every seller with platform, SKUs, tier, onboarding status, key metrics and, once
/// traded, time to first sale and fulfilment success.
enum SellersPane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        let sellers = m.sellerTable.visible
        let wide = area.width >= 100
        let headers =
            wide
            ? ["ID", "NAME", "PLATFORM", "REGIONS", "SKUS", "TIER", "STATUS", "COVER", "FLAG", "CONFL", "APPS", "1ST SALE", "FULFIL"]
            : ["ID", "NAME", "PLATFORM", "SKUS", "TIER", "STATUS", "COVER", "FLAG"]
        let widths = Screen.columns(wide ? [10, nil, 11, 7, 7, 9, 10, 7, 6, 6, 4, 8, 6] : [9, nil, 11, 6, 8, 9, 6, 5], width: area.width)
        let body = Rect(x: area.x, y: area.y, width: area.width, height: area.height - (m.sellerTable.filter.isEmpty ? 0 : 1))
        Screen.table(
            &b, area: body, headers: headers, widths: widths, count: sellers.count, cursor: m.sellerTable.cursor,
            top: Screen.top(cursor: m.sellerTable.cursor, rows: body.height - 1, count: sellers.count)
        ) { i in
            let s = sellers[i]
            let metrics = s.metrics.map(OnboardingMetrics.init(json:))
            let coverage = metrics.map { Format.percent($0.coverageBP) } ?? "-"
            let flagged = metrics.map { Format.percent($0.flaggedBP) } ?? "-"
            let trading: TradingMetrics? = s.metrics?["trading"].map(TradingMetrics.init(json:))
            let firstSale: String = trading?.firstSaleText ?? "-"
            let fulfil: String = trading?.fulfilmentSuccessText ?? "-"
            let conflicts: String = metrics.map { Format.percent($0.inventoryConflictBP) } ?? "-"
            let apps: String = metrics.map { String($0.apps) } ?? "-"
            let cells =
                wide
                ? [
                    s.id, s.name, s.platform.title, s.regions.map(\.rawValue).joined(separator: "+"), Format.count(s.skuCount),
                    s.tier?.title ?? "-", s.status.rawValue, coverage, flagged, conflicts, apps, firstSale, fulfil,
                ]
                : [s.id, s.name, s.platform.title, Format.count(s.skuCount), s.tier?.title ?? "-", s.status.rawValue, coverage, flagged]
            return (cells, s.status == .onboarded ? .normal : .dim)
        }
        if sellers.isEmpty {
            let empty = m.sellersPending ? "Reading the sellers…" : "No seller matches “\(m.sellerTable.filter)”. Esc clears the filter."
            b.put(empty, x: area.x + 2, y: area.y + 2, role: .dim)
        }
        if !m.sellerTable.filter.isEmpty {
            b.put("filter: \(m.sellerTable.filter)  (\(sellers.count) of \(m.sellerTable.sellers.count))", x: area.x + 1, y: area.maxY - 1, role: .accent)
        }
    }
}
