import PierCore
import PierEngine
import PierStore

/// The Configure pane: the tier, the apps and the start of onboarding.
extension ConsoleModel {
    /// The Configure pane's bindings (the tier, the apps and the start of onboarding), with why each is disabled now.
    var configureBindings: [Binding] {
        let onboarded = seller?.status == .onboarded
        let startBlock =
            role.changeBlock ?? noSeller ?? (onboarded ? "already onboarded: its ledger is append-only" : nil)
            ?? onboarding.map { "onboarding \($0) is running" } ?? currentReservationBlock
        let tierBlock = onboarded ? "already onboarded on \(seller?.tier?.title ?? "its tier"): the tier is on record" : nil
        return [
            Binding(.configureTierPrev, .left, "Tier ←", help: "Previous tier", disabled: tierBlock),
            Binding(.configureTierNext, .right, "Tier →", help: "Next tier", disabled: tierBlock),
            Binding(
                .configureToggleApp, .char(" "), onboarded && installedAppUnderCursor ? "Uninstall app" : "Install app",
                help: "Choose or drop the highlighted app (asks for consent to its scopes); once onboarded, install or uninstall it now",
                disabled: role.changeBlock ?? noSeller),
            Binding(.configureStart, .char("s"), "Start sync", help: "Reserve the tier's budget and onboard (confirms)", disabled: startBlock),
        ]
    }

    /// Runs one of the Configure pane's actions.
    func performConfigure(_ action: ConsoleAction) {
        switch action {
        case .configureTierPrev: plan.stepTier(-1)
        case .configureTierNext: plan.stepTier(1)
        case .configureToggleApp: toggleApp()
        case .configureStart:
            let apps = plan.chosenApps
            let tier = plan.selectedTier
            dialog = Dialog(
                title: "Start onboarding",
                lines: [
                    "Onboard \(seller?.name ?? "") on \(tier.title) with \(apps.isEmpty ? "no apps" : apps.joined(separator: ", "))?",
                    projectedLine(tier), "Its ledger is append-only: this cannot be undone.",
                ], action: .onboard(tier, apps))
        default: break
        }
    }

    private var installedAppUnderCursor: Bool {
        let apps = engine.resources.apps
        return apps.indices.contains(plan.appCursor) && installed.contains(apps[plan.appCursor].id)
    }

    private var currentReservationBlock: String? {
        guard let r = plan.reservations[plan.selectedTier] else { return "working out the reservation…" }
        switch r {
        case .success(let res): return res.fits ? nil : "tier refused: " + res.refusals.joined(separator: "; ")
        case .failure(let e): return e.description
        }
    }

    /// Chooses or drops the app under the cursor before onboarding; once onboarded, asks to install or uninstall it now.
    func toggleApp() {
        let apps = engine.resources.apps
        guard apps.indices.contains(plan.appCursor) else { return }
        let app = apps[plan.appCursor]
        if seller?.status == .onboarded {
            guard !sellerDataPending.contains(.installs) else {
                say("reading \(seller?.name ?? "the seller")'s installed apps…")
                return
            }
            if installed.contains(app.id) {
                dialog = Dialog(
                    title: "Uninstall \(app.name)",
                    lines: [
                        "Uninstall \(app.name) from \(seller?.name ?? "")?",
                        "Its scopes are revoked at once: \(app.scopes.map(\.rawValue).joined(separator: ", ")).",
                        "Recorded in the ledger as \(reviewer)'s action.",
                    ], action: .uninstall(app.id))
            } else {
                dialog = Dialog(
                    title: "Install \(app.name)",
                    lines: [
                        "\(app.name) (\(app.category)) asks for exactly these scopes:",
                        app.scopes.map(\.rawValue).joined(separator: ", "),
                        "It needs \(app.minimumTier.title) or higher; \(seller?.name ?? "") is on \(seller?.tier?.title ?? "?"). Consent and install now?",
                    ], action: .installNow(app.id))
            }
            return
        }
        if plan.chosenApps.contains(app.id) {
            plan.drop(app: app.id)
            requestReservations()
            say("\(app.name) dropped")
            return
        }
        dialog = Dialog(
            title: "Install \(app.name)",
            lines: [
                "\(app.name) (\(app.category)) asks for exactly these scopes:",
                app.scopes.map(\.rawValue).joined(separator: ", "),
                "It needs \(app.minimumTier.title) or higher. Consent and install?",
            ], action: .install(app.id))
    }
}
