import PierCore
import PierEngine
import PierStore

/// Pane 7: the days after go-live — the figures that judge them, and every order with its
/// TikTok Shop status, fulfilment and return.
enum OrdersPane {
    /// Rows above the list: two lines of figures, a blank, then the column headers.
    static let headerRows = 3

    static func listRows(height: Int) -> Int { max(1, height - 4 - headerRows - 1) }

    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard let s = m.seller else {
            b.put("Pick a seller in pane 1 to see its orders.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        guard let t = m.tradingMetrics else {
            let why =
                s.status == .onboarded
                ? "No trading yet. Press t to run 7 virtual days after go-live." : "Onboard \(s.name) first: buyers order live listings."
            b.put(TextWidth.fit(why, area.width - 4), x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let line1 =
            "\(t.days) days after go-live · first sale \(t.firstSaleText) · \(Format.count(t.orders)) orders (\(Format.count(t.paid)) paid, \(t.cancelledOutOfStock) out of stock) · fulfilment \(t.fulfilmentSuccessText) by \(t.fulfilledBy) · returns \(t.returnRateText)"
        let apps = t.appActivity.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: " · ")
        let line2 =
            "webhooks \(Format.count(t.webhooksReceived)) · \(t.duplicatesIgnored) duplicate · \(t.webhooksRejected) rejected · \(t.reconciled) by polling · apps: \(apps.isEmpty ? "none" : apps) · \(t.appRefusals) refused"
        b.put(TextWidth.fit(line1, area.width - 2), x: area.x + 1, y: area.y, role: t.fulfilmentSuccessBP > 9_700 ? .ok : .accent)
        b.put(TextWidth.fit(line2, area.width - 2), x: area.x + 1, y: area.y + 1, role: .dim)
        let orders = m.ordersList.visible
        let view = m.ordersList.viewName
        let body = Rect(x: area.x, y: area.y + headerRows - 1, width: area.width, height: area.height - headerRows)
        // Below 110 columns the region, placing time and return or note give way to the rest.
        let wide = area.width >= 110
        let widths = Screen.columns(wide ? [18, 9, 16, 3, 3, 9, 19, 21, nil] : [18, 14, 3, 8, nil, 14], width: area.width)
        let headers =
            wide
            ? ["ORDER", "PLACED", "SKU", "REG", "QTY", "AMOUNT", "STATUS", "FULFILMENT", "RETURN / NOTE"]
            : ["ORDER", "SKU", "QTY", "AMOUNT", "STATUS", "FULFILMENT"]
        Screen.table(
            &b, area: body, headers: headers, widths: widths, count: orders.count, cursor: m.ordersList.cursor,
            top: Screen.top(cursor: m.ordersList.cursor, rows: body.height - 1, count: orders.count)
        ) { i in
            let o = orders[i]
            let amount = Money(minorUnits: o.amountMinor, currency: s.currency).decimalString
            let role: StyleRole = o.status == "CANCELLED" || o.fulfilment == "failed" ? .error : o.fulfilment == "shipped late" ? .accent : .normal
            if !wide { return ([o.orderID, o.sku, String(o.quantity), amount, o.status, o.fulfilment], role) }
            return (
                [
                    o.orderID, Format.shortClock(o.placedAt), o.sku, o.region, String(o.quantity), amount, o.status, o.fulfilment,
                    o.note.isEmpty ? o.returnState : o.note,
                ], role
            )
        }
        let footer =
            "view: \(view) (s) · by \(OrdersList.sorts[m.ordersList.sort].name) (o) · \(orders.count) of \(m.ordersList.orders.count) orders"
            + (m.ordersList.filter.isEmpty ? "" : " · filter: \(m.ordersList.filter)")
        b.put(TextWidth.fit(footer, area.width - 2), x: area.x + 1, y: area.maxY - 1, role: .accent)
        if orders.isEmpty, m.sellerDataPending.contains(.orders) {
            b.put("Reading the orders…", x: area.x + 2, y: body.y + 2, role: .dim)
        }
    }
}
