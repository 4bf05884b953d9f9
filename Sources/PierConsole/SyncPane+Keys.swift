import PierCore
import PierEngine
import PierStore

/// The Sync pane's keys: the playback of the seller's onboarding.
extension SyncPane: PaneComponent {
    static var hasList: Bool { false }

    /// The Sync pane's bindings (the playback of the seller's onboarding), with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding] {
        let none = m.playback == nil ? "no sync to play: start one in Configure, or press r" : nil
        return [
            Binding(.syncPause, .char(" "), m.playback?.paused == true ? "Resume" : "Pause", disabled: none),
            Binding(
                .syncStep, .char("."), "Step", help: "Play one event (while paused)",
                disabled: none ?? (m.playback?.paused == true ? nil : "pause first (space)")),
            Binding(.syncFaster, .char("+"), "Faster", help: "Speed: 1×, 10×, 60×, 600×, max", disabled: none),
            Binding(.syncSlower, .char("-"), "Slower", disabled: none),
            Binding(
                .syncReplay, .char("r"), "Replay", help: "Play the seller's onboarding again from its ledger",
                disabled: m.notOnboarded),
        ]
    }

    /// Runs one of the Sync pane's actions.
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel) {
        switch action {
        case .syncPause: m.playback?.paused.toggle()
        case .syncStep: m.playback?.step()
        case .syncFaster: if let p = m.playback { m.playback?.speedIndex = min(Playback.speeds.count - 1, p.speedIndex + 1); m.playback?.paused = false }
        case .syncSlower: if let p = m.playback { m.playback?.speedIndex = max(0, p.speedIndex - 1) }
        case .syncReplay: m.startPlayback()
        default: break
        }
    }
}
