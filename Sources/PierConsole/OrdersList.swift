import PierStore

/// The Orders pane's own state: the selected seller's orders as last read, the view, filter
/// and order that choose the visible list, and the cursor. The model fills it from the
/// worker's reads; the pane draws it.
public struct OrdersList: Sendable {
    /// The views the `s` key cycles through: every order, the open ones, delivered, cancelled, returns.
    public struct View: Sendable {
        public let name: String
        let keep: @Sendable (OrderRecord) -> Bool
    }

    public static let views: [View] = [
        View(name: "all") { _ in true },
        View(name: "open") { !["DELIVERED", "COMPLETED", "CANCELLED"].contains($0.status) },
        View(name: "delivered") { $0.status == "DELIVERED" || $0.status == "COMPLETED" },
        View(name: "cancelled") { $0.status == "CANCELLED" },
        View(name: "returns") { !$0.returnState.isEmpty },
    ]

    /// The orders the `o` key cycles through: newest first (as stored), by amount (largest
    /// first), by status, by SKU.
    public static let sorts: [(name: String, before: @Sendable (OrderRecord, OrderRecord) -> Bool)] = [
        ("newest", { ($0.placedAt, $0.orderID) > ($1.placedAt, $1.orderID) }),
        ("amount", { ($0.amountMinor, $0.orderID) > ($1.amountMinor, $1.orderID) }),
        ("status", { ($0.status, $0.orderID) < ($1.status, $1.orderID) }),
        ("SKU", { ($0.sku, $0.orderID) < ($1.sku, $1.orderID) }),
    ]

    /// The seller's orders, newest first, as last read.
    public var orders: [OrderRecord] = [] { didSet { refilter() } }
    /// Index into `OrdersList.views`.
    public var view = 0 { didSet { refilter() } }
    public var filter = "" { didSet { refilter() } }
    /// Index into `OrdersList.sorts`.
    public var sort = 0 { didSet { refilter() } }
    /// Index into `visible`.
    public var cursor = 0

    /// The orders the view, filter and order choose, computed once per change, not per frame.
    public private(set) var visible: [OrderRecord] = []

    public init() {}

    /// The order under the cursor.
    public var current: OrderRecord? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// The name of the view on screen.
    public var viewName: String { Self.views[max(0, min(view, Self.views.count - 1))].name }

    /// Takes orders the worker read; the cursor stays within the list.
    mutating func take(_ read: [OrderRecord]) {
        orders = read
        cursor = min(cursor, max(0, visible.count - 1))
    }

    /// Shows the next view from the top.
    mutating func nextView() {
        view = (view + 1) % Self.views.count
        cursor = 0
    }

    /// Orders the list the next way, from the top.
    mutating func nextSort() {
        sort = (sort + 1) % Self.sorts.count
        cursor = 0
    }

    private mutating func refilter() {
        let keep = Self.views[max(0, min(view, Self.views.count - 1))].keep
        let needle = filter
        let kept = orders.filter { o in
            keep(o) && (needle.isEmpty || [o.orderID, o.sku, o.status, o.region, o.fulfilment].contains { $0.localizedCaseInsensitiveContains(needle) })
        }
        visible = sort == 0 ? kept : kept.sorted(by: Self.sorts[max(0, min(sort, Self.sorts.count - 1))].before)
    }
}
