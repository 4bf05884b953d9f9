import PierCore
import PierEngine
import PierStore

/// The Sync pane: the playback of the seller's onboarding.
extension ConsoleModel {
    /// The Sync pane's bindings (the playback of the seller's onboarding), with why each is disabled now.
    var syncBindings: [Binding] {
        let none = playback == nil ? "no sync to play: start one in Configure, or press r" : nil
        return [
            Binding(.syncPause, .char(" "), playback?.paused == true ? "Resume" : "Pause", disabled: none),
            Binding(
                .syncStep, .char("."), "Step", help: "Play one event (while paused)",
                disabled: none ?? (playback?.paused == true ? nil : "pause first (space)")),
            Binding(.syncFaster, .char("+"), "Faster", help: "Speed: 1×, 10×, 60×, 600×, max", disabled: none),
            Binding(.syncSlower, .char("-"), "Slower", disabled: none),
            Binding(
                .syncReplay, .char("r"), "Replay", help: "Play the seller's onboarding again from its ledger",
                disabled: notOnboarded),
        ]
    }

    /// Runs one of the Sync pane's actions.
    func performSync(_ action: ConsoleAction) {
        switch action {
        case .syncPause: playback?.paused.toggle()
        case .syncStep: playback?.step()
        case .syncFaster: if let p = playback { playback?.speedIndex = min(Playback.speeds.count - 1, p.speedIndex + 1); playback?.paused = false }
        case .syncSlower: if let p = playback { playback?.speedIndex = max(0, p.speedIndex - 1) }
        case .syncReplay: startPlayback()
        default: break
        }
    }
}
