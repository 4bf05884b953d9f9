/// Every action a key, a click or a demo script can trigger. The raw value is the id a key file
/// rebinds (`review.clear = "C"`); an action that is not a case here cannot be bound or performed.
public enum ConsoleAction: String, CaseIterable, Sendable, CustomStringConvertible {
    case appCopy = "app.copy"
    case appHelp = "app.help"
    case appJump = "app.jump"
    case appNext = "app.next"
    case appPrev = "app.prev"
    case appQuit = "app.quit"
    case catalogueAttribute = "catalogue.attribute"
    case catalogueCategory = "catalogue.category"
    case catalogueDetailDown = "catalogue.detail-down"
    case catalogueDetailUp = "catalogue.detail-up"
    case catalogueEligible = "catalogue.eligible"
    case catalogueFilter = "catalogue.filter"
    case catalogueGroup = "catalogue.group"
    case catalogueMark = "catalogue.mark"
    case catalogueNotEligible = "catalogue.not-eligible"
    case catalogueOpen = "catalogue.open"
    case catalogueUndo = "catalogue.undo"
    case catalogueView = "catalogue.view"
    case configureStart = "configure.start"
    case configureTierNext = "configure.tier-next"
    case configureTierPrev = "configure.tier-prev"
    case configureToggleApp = "configure.toggle-app"
    case conflictsAccept = "conflicts.accept"
    case conflictsMerchant = "conflicts.merchant"
    case conflictsTiktok = "conflicts.tiktok"
    case conflictsView = "conflicts.view"
    case demoNext = "demo.next"
    case exportFolder = "export.folder"
    case exportWrite = "export.write"
    case ledgerDetail = "ledger.detail"
    case ledgerOrder = "ledger.order"
    case ledgerPickType = "ledger.pick-type"
    case ledgerReplay = "ledger.replay"
    case ledgerSearch = "ledger.search"
    case ledgerType = "ledger.type"
    case ledgerVerify = "ledger.verify"
    case listBottom = "list.bottom"
    case listDown = "list.down"
    case listPagedown = "list.pagedown"
    case listPageup = "list.pageup"
    case listTop = "list.top"
    case listUp = "list.up"
    case ordersDetail = "orders.detail"
    case ordersFilter = "orders.filter"
    case ordersSort = "orders.sort"
    case ordersState = "orders.state"
    case ordersTrade = "orders.trade"
    case overviewOpen = "overview.open"
    case overviewSearch = "overview.search"
    case paneCatalogue = "pane.catalogue"
    case paneConfigure = "pane.configure"
    case paneConflicts = "pane.conflicts"
    case paneExport = "pane.export"
    case paneLedger = "pane.ledger"
    case paneOrders = "pane.orders"
    case paneOverview = "pane.overview"
    case paneReview = "pane.review"
    case paneSellers = "pane.sellers"
    case paneSync = "pane.sync"
    case reviewAppeal = "review.appeal"
    case reviewClaim = "review.claim"
    case reviewClear = "review.clear"
    case reviewDeny = "review.deny"
    case reviewDetailDown = "review.detail-down"
    case reviewDetailUp = "review.detail-up"
    case reviewEdit = "review.edit"
    case reviewFilter = "review.filter"
    case reviewGrant = "review.grant"
    case reviewMark = "review.mark"
    case reviewMarkAll = "review.mark-all"
    case reviewSort = "review.sort"
    case reviewState = "review.state"
    case reviewUphold = "review.uphold"
    case sellersFilter = "sellers.filter"
    case sellersImport = "sellers.import"
    case sellersOpen = "sellers.open"
    case sellersSort = "sellers.sort"
    case syncFaster = "sync.faster"
    case syncPause = "sync.pause"
    case syncReplay = "sync.replay"
    case syncSlower = "sync.slower"
    case syncStep = "sync.step"

    /// The id, as key files and the help spell it.
    public var description: String { rawValue }

    /// Moves through a list: every list pane shares them.
    public var movesInList: Bool { rawValue.hasPrefix("list.") }

    /// The pane whose component handles the action (`review.clear`: Review); nil for the
    /// actions every pane shares (`app.*`, `list.*`, `pane.*`, `demo.*`).
    public var pane: PaneID? { PaneID.allCases.first { rawValue.hasPrefix($0.actionPrefix + ".") } }

    /// The action that shows a pane.
    public static func show(_ pane: PaneID) -> ConsoleAction {
        switch pane {
        case .overview: .paneOverview
        case .sellers: .paneSellers
        case .configure: .paneConfigure
        case .sync: .paneSync
        case .review: .paneReview
        case .ledger: .paneLedger
        case .export: .paneExport
        case .orders: .paneOrders
        case .conflicts: .paneConflicts
        case .catalogue: .paneCatalogue
        }
    }
}
