/// Who is at the console; decides what is enabled.
public enum ConsoleRole: String, CaseIterable, Sendable {
    /// Partner-ops staff: decide flags and appeals.
    case ops
    /// Support agents: read-only.
    case support
    /// Demo presenters: onboard and configure, no moderation decisions.
    case presenter

    /// Why this role may not decide flags or appeals, or nil when it may.
    public var decisionBlock: String? {
        switch self {
        case .ops: nil
        case .support: "support role is read-only: decisions need --role ops"
        case .presenter: "presenter role cannot decide flags: decisions need --role ops"
        }
    }

    /// Why this role may not change a seller (onboard, install, export), or nil.
    public var changeBlock: String? {
        self == .support ? "support role is read-only: use --role ops or --role presenter" : nil
    }
}

/// The console's panes, in tab order.
public enum PaneID: Int, CaseIterable, Sendable {
    case overview = 0, sellers, configure, sync, review, ledger, export, orders, conflicts

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .sellers: "Sellers"
        case .configure: "Configure"
        case .sync: "Sync"
        case .review: "Review"
        case .ledger: "Ledger"
        case .export: "Export"
        case .orders: "Orders"
        case .conflicts: "Conflicts"
        }
    }
}
