/// What an operator may do. The console starts in one; a store with a roster (`pier operators`)
/// gives each operator theirs, and the engine holds every human action to it, from the console
/// and the command line alike.
public enum OperatorRole: String, CaseIterable, Sendable {
    /// Partner-ops staff: decide flags, appeals and conflicts, and change sellers.
    case ops
    /// Support agents: read-only.
    case support
    /// Demo presenters: import, onboard, configure and export; no moderation decisions.
    case presenter

    /// Why this role may not decide flags, appeals or conflicts, or nil when it may.
    public var decisionBlock: String? {
        switch self {
        case .ops: nil
        case .support: "support role is read-only: decisions need --role ops"
        case .presenter: "presenter role cannot decide flags: decisions need --role ops"
        }
    }

    /// Why this role may not change a seller (import, onboard, install, export), or nil.
    public var changeBlock: String? {
        self == .support ? "support role is read-only: use --role ops or --role presenter" : nil
    }

    /// Whether everything `other` may do, this role may do too.
    public func covers(_ other: OperatorRole) -> Bool {
        switch (self, other) {
        case (.ops, _), (.support, .support), (.presenter, .presenter), (.presenter, .support): true
        default: false
        }
    }
}
