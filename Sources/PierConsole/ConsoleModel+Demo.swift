import Foundation
import PierCore
import PierEngine

extension ConsoleModel {
    /// Runs the next demo step if it may run now; a `wait` step holds until its condition.
    public func demoNext() {
        guard var d = demo, !d.finished else { return }
        if onboarding != nil || worker.busy { return }
        let step = d.script.steps[d.index].step
        switch step {
        case .wait(let what):
            guard let p = playback else { return }
            if what == "synced" ? p.syncedAt == nil : !p.finished { return }
        default: break
        }
        d.index += 1
        d.sinceLastStep = 0
        demo = d
        run(step, fast: d.fast)
        if d.finished { caption = (caption.map { $0 + "  " } ?? "") + "(end of demo)" }
    }

    private func run(_ step: DemoScript.Step, fast: Bool) {
        dialog = nil
        switch step {
        case .caption(let text): caption = text
        case .pick(let id):
            reloadSellers()
            guard let index = sellerTable.visible.firstIndex(where: { $0.id == id }) else { say("demo: no seller \(id)", error: true); return }
            show(.sellers)
            sellerTable.cursor = index
            select(id)
            show(.configure)
        case .tier(let t): plan.choose(t); requestReservations()
        case .app(let id):
            plan.add(app: id)
            plan.appCursor = engine.resources.apps.firstIndex { $0.id == id } ?? plan.appCursor
            let app = engine.resources.app(id)
            say("\(app?.name ?? id) installed: consented to \(app?.scopes.map(\.rawValue).joined(separator: ", ") ?? "")")
            requestReservations()
        case .start: startOnboarding(tier: plan.selectedTier, apps: plan.chosenApps)
        case .speed(let n):
            guard playback != nil else { return }
            let target = fast ? 0 : Int64(n)
            playback?.speedIndex = Playback.speeds.firstIndex(of: target) ?? Playback.speeds.count - 1
            playback?.paused = false
        case .wait: break
        case .pane(let p): show(p)
        case .summary:
            guard let s = seller, let json = s.metrics else { return }
            let m = OnboardingMetrics(json: json)
            dialog = Dialog(
                title: "\(s.name) on \(s.tier?.title ?? "")",
                lines: [
                    "coverage \(Format.percent(m.coverageBP)) · flagged \(Format.percent(m.flaggedBP)) (\(m.healthClaimFlaggedSKUs) of \(m.flaggedSKUs) by health-claim rules)",
                    "inventory conflicts \(Format.percent(m.inventoryConflictBP)) · conflict queue \(m.conflictQueue)",
                    "OAuth \(Format.duration(m.oauthMillis)) · catalogue sync \(Format.duration(m.syncMillis)) (virtual) · apps \(m.apps)",
                ], action: .dismiss)
        case .export:
            show(.export)
            export()
        case .trade(let days):
            show(.orders)
            if tradingMetrics == nil { trade(days: days) }
        case .importExport(let platform, let file, let name):
            show(.sellers)
            importCatalogue("\(platform.rawValue) \"\(file)\" \(name)")
        case .rule(let id, let source):
            show(.catalogue)
            applyFix(.sourceCategory(source), .category(id), reason: "demo rule", expecting: [:])
        }
    }

    /// Advances an automatic demo by elapsed real time.
    func demoTick(realMillis: Int64) -> Bool {
        guard var d = demo, d.auto, !d.finished else { return false }
        d.sinceLastStep += realMillis
        demo = d
        guard d.sinceLastStep >= d.stepDelayMillis else { return false }
        let before = d.index
        demoNext()
        return demo?.index != before
    }
}
