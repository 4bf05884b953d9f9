import PierCore
import PierEngine

extension ConsoleModel {
    /// Bindings every pane has.
    var globalBindings: [Binding] {
        (demo.map { d in
            [
                Binding(
                    .demoNext, .char("n"), "Next step (\(d.progress))", help: "Play the presenter script's next step",
                    disabled: d.finished ? "the demo has ended" : nil)
            ]
        } ?? []) + [
            Binding(.appQuit, .char("q"), "Quit"),
            Binding(.appHelp, .char("?"), "Help", help: "Show every key, searchable"),
            Binding(
                .appCopy, .char("y"), "Copy", help: "Copy the row's id (seller, SKU, order, event hash) to the clipboard (OSC 52)",
                disabled: copyTarget == nil ? "nothing to copy here" : nil, footer: false),
            Binding(.appJump, .char(":"), "Jump", help: "Jump to a seller, a pane, a ledger seq (#N) or a SKU's events", footer: false),
            Binding(.appNext, .tab, "Next pane", footer: false),
            Binding(.appPrev, .backTab, "Previous pane", footer: false),
        ]
            + PaneID.allCases.map { p in
                Binding(.show(p), .char(Character(String(p.rawValue))), p.title, help: "Go to the \(p.title) pane", footer: false)
            }
    }

    /// Why an action needs a seller picked, when none is.
    var noSeller: String? { selectedSeller == nil ? "pick a seller first (pane 1, Enter)" : nil }

    /// Why an action needs the selected seller onboarded, when it is not (or none is picked).
    var notOnboarded: String? { noSeller ?? (seller?.status == .onboarded ? nil : "the seller has not been onboarded") }

    /// The current pane's bindings, with why each is disabled now; the footer, the help and
    /// the README's key table are generated from these.
    public func paneBindings(_ p: PaneID? = nil) -> [Binding] {
        let move = [
            Binding(.listUp, .up, "Up", footer: false), Binding(.listDown, .down, "Down", footer: false),
            Binding(.listPageup, .pageUp, "Page up", footer: false), Binding(.listPagedown, .pageDown, "Page down", footer: false),
            Binding(.listTop, .home, "First", footer: false), Binding(.listBottom, .end, "Last", footer: false),
        ]
        let p = p ?? pane
        return p.component.bindings(self) + (p.component.hasList ? move : [])
    }

    /// Global and pane bindings with the user's key overrides applied.
    public var bindings: [Binding] { keymap.apply(paneBindings() + globalBindings) }

    /// Every action id a key file can bind.
    public static let allActions = Set(ConsoleAction.allCases.map(\.rawValue))
}

extension ConsoleModel {
    /// The key file's first override that hides another action in some pane, with its line.
    public func keyClash() -> Keymap.ParseError? {
        keymap.clash(in: PaneID.allCases.map { paneBindings($0) + globalBindings })
    }
}
