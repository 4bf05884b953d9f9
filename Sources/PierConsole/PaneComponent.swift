/// One pane of the console as a component: how it draws, its bindings with why each is disabled
/// now, what its actions do, how its cursor moves, where a click lands, what `y` copies and what
/// it asks the engine worker for when it is shown.
///
/// A pane keeps its state in its model component (`ReviewQueue`, `LedgerWindow`, `OrdersList`…)
/// and works on the model it is handed, as lazygit's controllers work on their contexts. The
/// model composes the panes through `PaneID.component` and routes every action whose `pane` is
/// this one to it alone: a pane never sees another pane's keys.
protocol PaneComponent {
    /// Whether the pane shows a list the shared `list.*` keys move through.
    static var hasList: Bool { get }
    /// Draws the pane into its area. Pure: what it shows was read on the worker beforehand.
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect)
    /// The pane's bindings, with why each is disabled now.
    static func bindings(_ m: ConsoleModel) -> [Binding]
    /// Runs one of the pane's actions (`action.pane` is this pane).
    static func perform(_ action: ConsoleAction, _ m: ConsoleModel)
    /// Moves the pane's cursor by `delta` rows, clamped to its list.
    static func move(_ delta: Int, _ m: ConsoleModel)
    /// Puts the cursor on the list row clicked (`row` counts from `Screen.listTop`); false when
    /// the click lands on nothing.
    static func click(row: Int, _ m: ConsoleModel) -> Bool
    /// What `y` copies here: the current row's id.
    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)?
    /// The pane has just been shown: it asks for what it draws.
    static func shown(_ m: ConsoleModel)
}

extension PaneComponent {
    static var hasList: Bool { true }
    static func move(_ delta: Int, _ m: ConsoleModel) {}
    static func click(row: Int, _ m: ConsoleModel) -> Bool { false }
    static func copyTarget(_ m: ConsoleModel) -> (what: String, text: String)? { m.selectedSeller.map { ("seller id", $0) } }
    static func shown(_ m: ConsoleModel) {}

    /// A row index kept within a list of `count` rows.
    static func clamp(_ row: Int, count: Int) -> Int { max(0, min(count - 1, row)) }

    /// The list row a click on screen row `row` lands on, in a list scrolled to keep `cursor` in
    /// `rows` visible rows (`row` counts from the list's first row).
    static func clicked(_ row: Int, cursor: Int, rows: Int, count: Int) -> Int {
        clamp(Screen.top(cursor: cursor, rows: rows, count: count) + row, count: count)
    }
}

extension PaneID {
    /// The component that draws this pane and handles its keys.
    var component: any PaneComponent.Type {
        switch self {
        case .overview: OverviewPane.self
        case .sellers: SellersPane.self
        case .configure: ConfigurePane.self
        case .sync: SyncPane.self
        case .review: ReviewPane.self
        case .ledger: LedgerPane.self
        case .export: ExportPane.self
        case .orders: OrdersPane.self
        case .conflicts: ConflictsPane.self
        case .catalogue: CataloguePane.self
        }
    }

    /// The prefix of the action ids this pane handles (`review` for `review.clear`).
    var actionPrefix: String { title.lowercased() }
}
