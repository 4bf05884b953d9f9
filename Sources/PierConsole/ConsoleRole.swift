import PierCore

/// Who is at the console; decides what is enabled.
public typealias ConsoleRole = OperatorRole

/// The console's panes, in tab order.
public enum PaneID: Int, CaseIterable, Sendable {
    case overview = 0, sellers, configure, sync, review, ledger, export, orders, conflicts, catalogue

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
        case .catalogue: "Catalogue"
        }
    }
}
