import PierStore

/// The Sellers pane's own state: every seller as last read, the filter and order that choose
/// the visible list, and the cursor. The model fills it from the worker's reads; the pane
/// draws it.
public struct SellerTable: Sendable {
    /// A seller's figure from its stored metrics (basis points); nil before onboarding.
    static func figure(_ s: SellerRecord, _ key: String) -> Int64? { s.metrics?[key]?.intValue }

    /// The orders the `o` key cycles through: by id (as stored), coverage (lowest first: the
    /// ones to look at), flagged (highest first), SKUs (most first), status; sellers not yet
    /// onboarded last.
    public static let sorts: [(name: String, before: @Sendable (SellerRecord, SellerRecord) -> Bool)] = [
        ("id", { $0.id < $1.id }),
        ("coverage, lowest first", { (figure($0, "coverage_bp") ?? .max, $0.id) < (figure($1, "coverage_bp") ?? .max, $1.id) }),
        ("flagged, highest first", { (-(figure($0, "flagged_bp") ?? -1), $0.id) < (-(figure($1, "flagged_bp") ?? -1), $1.id) }),
        ("SKUs, most first", { (-$0.skuCount, $0.id) < (-$1.skuCount, $1.id) }),
        ("status", { ($0.status.rawValue, $0.id) < ($1.status.rawValue, $1.id) }),
    ]

    /// Every seller of the store, as last read.
    public private(set) var sellers: [SellerRecord] = [] { didSet { refilter() } }
    public var filter = "" { didSet { refilter() } }
    /// Index into `SellerTable.sorts`.
    public var sort = 0 { didSet { refilter() } }
    /// Index into `visible`.
    public var cursor = 0
    /// A seller to put the cursor on when the list arrives (just imported).
    var focus: String?

    /// The sellers the filter and order choose, computed once per change, not per frame.
    public private(set) var visible: [SellerRecord] = []

    public init() {}

    /// The seller under the cursor.
    public var current: SellerRecord? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// Takes sellers the worker read; a seller asked for (`focus`) gets the cursor, which
    /// otherwise stays within the list.
    mutating func take(_ read: [SellerRecord]) {
        sellers = read
        if let focus {
            self.focus = nil
            cursor = visible.firstIndex { $0.id == focus } ?? cursor
        }
        cursor = min(cursor, max(0, visible.count - 1))
    }

    /// Orders the list the next way, from the top.
    mutating func nextSort() {
        sort = (sort + 1) % Self.sorts.count
        cursor = 0
    }

    private mutating func refilter() {
        let needle = filter
        let kept =
            needle.isEmpty
            ? sellers
            : sellers.filter { s in
                [s.id, s.name, s.platform.title, s.vertical, s.status.rawValue, s.tier?.rawValue ?? ""].contains {
                    $0.localizedCaseInsensitiveContains(needle)
                }
            }
        visible = sort == 0 ? kept : kept.sorted(by: Self.sorts[max(0, min(sort, Self.sorts.count - 1))].before)
    }
}
