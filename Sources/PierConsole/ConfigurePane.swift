import PierCore
import PierEngine
import PierStore

/// Pane 2 (onboarding step 2): the tier picker with each tier's reservation as a one-key
/// decision, and the Partner App Marketplace with declared scopes and tier requirements.
enum ConfigurePane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard let seller = m.seller else {
            b.put("Pick a seller in pane 1 (Enter) to configure its onboarding.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        b.put(
            "\(seller.name) · \(seller.platform.title) · \(seller.regions.map(\.rawValue).joined(separator: "+")) · \(Format.count(seller.skuCount)) SKUs · status \(seller.status)",
            x: area.x + 1, y: area.y, role: .title)
        var y = area.y + 1
        let onboardedOn = seller.status == .onboarded ? seller.tier : nil
        for (i, tier) in Tier.allCases.enumerated() {
            let chosen = onboardedOn.map { $0 == tier } ?? (i == m.plan.tierIndex)
            let (line, role) =
                onboardedOn.map { onboardedLine(seller, tier: tier, onboardedOn: $0) }
                ?? reservationLine(m, seller: seller, tier: tier, chosen: chosen)
            b.put((chosen ? "▶ " : "  ") + TextWidth.pad(tier.title, 9), x: area.x + 1, y: y, role: chosen ? .selected : .accent)
            b.put(TextWidth.fit(line, area.width - 14), x: area.x + 13, y: y, role: role)
            y += 1
        }
        y += 1
        let apps = m.engine.resources.apps
        let widths = Screen.columns([3, 13, 13, 9, nil], width: area.width)
        let list = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        Screen.table(
            &b, area: list, headers: ["", "APP", "CATEGORY", "NEEDS", "DECLARED SCOPES"], widths: widths, count: apps.count,
            cursor: m.plan.appCursor, top: Screen.top(cursor: m.plan.appCursor, rows: list.height - 1, count: apps.count)
        ) { i in
            let a = apps[i]
            let on = onboardedOn == nil ? m.plan.chosenApps.contains(a.id) : m.installed.contains(a.id)
            let blocked = a.minimumTier > (onboardedOn ?? m.plan.selectedTier)
            return (
                [on ? "[x]" : "[ ]", a.name, a.category, a.minimumTier.title, a.scopes.map(\.rawValue).joined(separator: " ")],
                blocked ? .dim : (on ? .ok : .normal)
            )
        }
    }

    /// A tier's line for a seller onboarded on `onboardedOn`: its reservation is on record.
    private static func onboardedLine(_ seller: SellerRecord, tier: Tier, onboardedOn: Tier) -> (String, StyleRole) {
        guard tier == onboardedOn else { return ("-", .dim) }
        return (
            "onboarded on this tier with \(seller.apps.isEmpty ? "no apps" : seller.apps.joined(separator: ", ")) (reserved in the ledger); space installs or uninstalls an app now",
            .selected
        )
    }

    /// A tier's line for a seller not yet onboarded: the reservation worked out for it.
    private static func reservationLine(_ m: ConsoleModel, seller: SellerRecord, tier: Tier, chosen: Bool) -> (String, StyleRole) {
        let role: StyleRole = chosen ? .selected : .normal
        switch m.plan.reservations[tier] {
        case .success(let r)?:
            if r.fits {
                return (
                    "projected sync \(Format.duration(r.projectedSyncMillis)) · product \(rate(r, .product)) · media \(rate(r, .media)) · inventory \(rate(r, .inventory)) · fits",
                    role
                )
            }
            return ("refused: " + r.refusals.joined(separator: "; "), chosen ? role : .warn)
        case .failure(let e)?: return (e.description, role)
        case nil: return (m.plan.reservationsFor == seller.id ? "…" : "working out the reservation…", role)
        }
    }

    private static func rate(_ r: RateReservation, _ f: EndpointFamily) -> String {
        let b = r.budgets[f]?.perSecond ?? 0
        return b < 1 ? "\(b)/s" : "\(Int(b))/s"
    }
}
