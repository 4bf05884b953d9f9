/// A key binding as data: the action it triggers, its key, a short label for the footer, a
/// longer description for the help, and why it is disabled right now (role or state), if it is.
public struct Binding: Sendable, Equatable {
    /// What the key does; its raw value (`review.clear`) is the id key files rebind by.
    public let action: ConsoleAction
    public var key: Key
    public let label: String
    public let help: String
    public let disabledReason: String?
    /// Shown in the footer (the help lists every binding).
    public let inFooter: Bool

    public init(_ action: ConsoleAction, _ key: Key, _ label: String, help: String? = nil, disabled: String? = nil, footer: Bool = true) {
        self.action = action
        self.key = key
        self.label = label
        self.help = help ?? label
        disabledReason = disabled
        inFooter = footer
    }

    public var enabled: Bool { disabledReason == nil }
}
