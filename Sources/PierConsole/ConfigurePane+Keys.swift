import PierCore
import PierEngine
import PierStore

/// The Configure pane's keys: the tier, the apps and the start of onboarding.
extension ConfigurePane: PaneComponent {
    /// The Configure pane's bindings (the tier, the apps and the start of onboarding), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let onboarded = m.seller?.status == .onboarded
        let startBlock =
            m.role.changeBlock ?? m.noSeller ?? (onboarded ? "already onboarded: its ledger is append-only" : nil)
            ?? m.onboarding.map { "onboarding \($0) is running" } ?? currentReservationBlock(m)
        let tierBlock = onboarded ? "already onboarded on \(m.seller?.tier?.title ?? "its tier"): the tier is on record" : nil
        return [
            Binding(.configureTierPrev, .left, "Tier ←", help: "Previous tier", disabled: tierBlock),
            Binding(.configureTierNext, .right, "Tier →", help: "Next tier", disabled: tierBlock),
            Binding(
                .configureToggleApp, .char(" "), onboarded && installedAppUnderCursor(m) ? "Uninstall app" : "Install app",
                help: "Choose or drop the highlighted app (asks for consent to its scopes); once onboarded, install or uninstall it now",
                disabled: m.role.changeBlock ?? m.noSeller),
            Binding(.configureStart, .char("s"), "Start sync", help: "Reserve the tier's budget and onboard (confirms)", disabled: startBlock),
        ]
    }

    /// Runs one of the Configure pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .configureTierPrev: m.plan.stepTier(-1)
        case .configureTierNext: m.plan.stepTier(1)
        case .configureToggleApp: toggleApp(m)
        case .configureStart:
            let apps = m.plan.chosenApps
            let tier = m.plan.selectedTier
            m.dialog = Dialog(
                title: "Start onboarding",
                lines: [
                    "Onboard \(m.seller?.name ?? "") on \(tier.title) with \(apps.isEmpty ? "no apps" : apps.joined(separator: ", "))?",
                    m.projectedLine(tier), "Its ledger is append-only: this cannot be undone.",
                ], action: .onboard(tier, apps))
        default: break
        }
    }

    /// Whether the app under the cursor is installed now (the toggle then uninstalls it).
    private static func installedAppUnderCursor(_ m: ConsoleModel) -> Bool {
        let apps = m.engine.resources.apps
        return apps.indices.contains(m.plan.appCursor) && m.installed.contains(apps[m.plan.appCursor].id)
    }

    /// Why the chosen tier cannot start now: its reservation is still being worked out or refused.
    private static func currentReservationBlock(_ m: ConsoleModel) -> String? {
        guard let r = m.plan.reservations[m.plan.selectedTier] else { return "working out the reservation…" }
        switch r {
        case .success(let res): return res.fits ? nil : "tier refused: " + res.refusals.joined(separator: "; ")
        case .failure(let e): return e.description
        }
    }

    /// Chooses or drops the app under the cursor before onboarding; once onboarded, asks to install or uninstall it now.
    static func toggleApp(_ m: ConsoleModel) {
        let apps = m.engine.resources.apps
        guard apps.indices.contains(m.plan.appCursor) else { return }
        let app = apps[m.plan.appCursor]
        if m.seller?.status == .onboarded {
            guard !m.sellerDataPending.contains(.installs) else {
                m.say("reading \(m.seller?.name ?? "the seller")'s installed apps…")
                return
            }
            if m.installed.contains(app.id) {
                m.dialog = Dialog(
                    title: "Uninstall \(app.name)",
                    lines: [
                        "Uninstall \(app.name) from \(m.seller?.name ?? "")?",
                        "Its scopes are revoked at once: \(app.scopes.map(\.rawValue).joined(separator: ", ")).",
                        "Recorded in the ledger as \(m.reviewer)'s action.",
                    ], action: .uninstall(app.id))
            } else {
                m.dialog = Dialog(
                    title: "Install \(app.name)",
                    lines: [
                        "\(app.name) (\(app.category)) asks for exactly these scopes:",
                        app.scopes.map(\.rawValue).joined(separator: ", "),
                        "It needs \(app.minimumTier.title) or higher; \(m.seller?.name ?? "") is on \(m.seller?.tier?.title ?? "?"). Consent and install now?",
                    ], action: .installNow(app.id))
            }
            return
        }
        if m.plan.chosenApps.contains(app.id) {
            m.plan.drop(app: app.id)
            m.requestReservations()
            m.say("\(app.name) dropped")
            return
        }
        m.dialog = Dialog(
            title: "Install \(app.name)",
            lines: [
                "\(app.name) (\(app.category)) asks for exactly these scopes:",
                app.scopes.map(\.rawValue).joined(separator: ", "),
                "It needs \(app.minimumTier.title) or higher. Consent and install?",
            ], action: .install(app.id))
    }

    static func move(_ delta: Int, _ m: ConsoleModel) {
        m.plan.appCursor = clamp(m.plan.appCursor &+ delta, count: m.engine.resources.apps.count)
    }

    static func click(row: Int, _ m: ConsoleModel) -> Bool {
        m.plan.appCursor = clamp(row - 4, count: m.engine.resources.apps.count)
        return true
    }
}
