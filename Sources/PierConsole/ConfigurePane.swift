import PierCore
import PierEngine

/// Pane 2 (onboarding step 2): the tier picker with each tier's reservation as a one-key
/// decision, and the Partner App Marketplace with declared scopes and tier requirements.
enum ConfigurePane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard let seller = m.seller else {
            b.put("Pick a seller in pane 1 (Enter) to configure its onboarding.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        b.put("\(seller.name) · \(seller.platform.title) · \(seller.regions.map(\.rawValue).joined(separator: "+")) · \(Format.count(seller.skuCount)) SKUs · status \(seller.status)",
              x: area.x + 1, y: area.y, role: .title)
        var y = area.y + 1
        let onboardedOn = seller.status == "onboarded" ? seller.tier : nil
        for (i, tier) in Tier.allCases.enumerated() {
            let chosen = onboardedOn.map { $0 == tier } ?? (i == m.tierIndex)
            let line: String
            var role: StyleRole = chosen ? .selected : .normal
            switch onboardedOn != nil ? nil : m.reservations[tier] {
            case _ where onboardedOn == tier:
                line = "onboarded on this tier with \(seller.apps.isEmpty ? "no apps" : seller.apps.joined(separator: ", ")): its reservation is in the ledger (tier.reserved)"
            case _ where onboardedOn != nil:
                line = "-"
                role = .dim
            case .success(let r)?:
                if r.fits {
                    line = "projected sync \(Format.duration(r.projectedSyncMillis)) · product \(rate(r, .product)) · media \(rate(r, .media)) · inventory \(rate(r, .inventory)) · fits"
                } else {
                    line = "refused: " + r.refusals.joined(separator: "; ")
                    if !chosen { role = .warn }
                }
            case .failure(let e)?: line = e.description
            case nil: line = m.reservationsFor == seller.id ? "…" : "working out the reservation…"
            }
            b.put((chosen ? "▶ " : "  ") + TextWidth.pad(tier.title, 9), x: area.x + 1, y: y, role: chosen ? .selected : .accent)
            b.put(TextWidth.fit(line, area.width - 14), x: area.x + 13, y: y, role: role)
            y += 1
        }
        y += 1
        let apps = m.engine.resources.apps
        let widths = Screen.columns([3, 13, 13, 9, nil], width: area.width)
        let list = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        Screen.table(&b, area: list, headers: ["", "APP", "CATEGORY", "NEEDS", "DECLARED SCOPES"], widths: widths, count: apps.count,
                     cursor: m.appCursor, top: Screen.top(cursor: m.appCursor, rows: list.height - 1, count: apps.count)) { i in
            let a = apps[i]
            let on = m.chosenApps.contains(a.id)
            let blocked = a.minimumTier > m.selectedTier
            return ([on ? "[x]" : "[ ]", a.name, a.category, a.minimumTier.title, a.scopes.map(\.rawValue).joined(separator: " ")],
                    blocked ? .dim : (on ? .ok : .normal))
        }
    }

    private static func rate(_ r: RateReservation, _ f: EndpointFamily) -> String {
        let b = r.budgets[f]?.perSecond ?? 0
        return b < 1 ? "\(b)/s" : "\(Int(b))/s"
    }
}
