import PierCore
import PierStore

/// The Review pane's own state: the selected seller's flags and the claims on them, the state,
/// filter and order that choose the visible list, the cursor and the marks, and the flag detail
/// the engine worker read. The model fills it from the worker's reads; the pane draws it.
public struct ReviewQueue: Sendable {
    /// The Review list's orders: as raised, then by SKU, by rule, by severity (rejects first).
    public static let sorts: [(name: String, before: @Sendable (FlagRecord, FlagRecord) -> Bool)] = [
        ("raised", { $0.id < $1.id }),
        ("SKU", { ($0.sku, $0.id) < ($1.sku, $1.id) }),
        ("rule", { ($0.ruleID, $0.id) < ($1.ruleID, $1.id) }),
        ("severity", { ($0.severity == .reject ? 0 : 1, $0.id) < ($1.severity == .reject ? 0 : 1, $1.id) }),
    ]

    /// The seller's flags above a warning, as last read.
    public var flags: [FlagRecord] = [] { didSet { refilter() } }
    /// Claims held now on the open flags, by flag: who works which.
    public var claims: [Int64: FlagClaim] = [:]
    /// Index into `visible`.
    public var cursor = 0
    public var marked = Set<Int64>()
    public var filter = "" { didSet { refilter() } }
    /// nil shows every state; `.open` shows appealed flags too.
    public var state: FlagState? = .open { didSet { refilter() } }
    /// Index into `ReviewQueue.sorts`.
    public var sort = 0 { didSet { refilter() } }
    /// The first line of the flag detail's history and rule text on screen.
    public var detailScroll = 0
    /// The detail of a flag as the worker last read it, and which flag was last asked for (nil: ask again).
    public var detail: FlagDetail?
    var detailAsked: (seller: String, flag: Int64)?
    /// A flag to put the cursor on when the seller's flags arrive (opened from a search).
    var focus: Int64?

    /// The flags the state, filter and order choose, computed once per change, not per frame.
    public private(set) var visible: [FlagRecord] = []

    public init() {}

    /// The flag under the cursor.
    public var current: FlagRecord? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// The current flag's detail, when the worker has read it for this flag of `seller`.
    func currentDetail(seller: String?) -> FlagDetail? {
        guard let f = current, let d = detail, d.flag == f.id, d.seller == seller else { return nil }
        return d
    }

    private mutating func refilter() {
        let needle = filter
        visible = flags.filter { f in
            (state.map { f.state == $0 || ($0 == .open && f.state == .appealed) } ?? true)
                && (needle.isEmpty || [f.sku, f.ruleID, f.matched, f.state.rawValue].contains { $0.localizedCaseInsensitiveContains(needle) })
        }.sorted(by: Self.sorts[max(0, min(sort, Self.sorts.count - 1))].before)
    }

    /// Takes flags the worker read. The cursor stays on its flag, or moves to the next one of
    /// the list as it was when that flag left it (decided, so no longer open): never onto a
    /// flag further down; a flag asked for before the list arrived (`focus`) is found. Marks
    /// stay only on flags still open; the detail is asked for again.
    mutating func take(_ read: [FlagRecord], claims held: [FlagClaim]) {
        let before = visible.map(\.id)
        flags = read
        claims = Dictionary(held.map { ($0.flagID, $0) }) { a, _ in a }
        let now = visible.map(\.id)
        if let focus {
            self.focus = nil
            cursor = now.firstIndex(of: focus) ?? 0
        } else if before.indices.contains(cursor) {
            let position = Dictionary(uniqueKeysWithValues: now.enumerated().map { ($1, $0) })
            if let next = before[cursor...].lazy.compactMap({ position[$0] }).first {
                cursor = next
            } else if let previous = before[..<cursor].reversed().lazy.compactMap({ position[$0] }).first {
                cursor = previous
            }
        }
        cursor = min(cursor, max(0, visible.count - 1))
        marked = marked.intersection(flags.filter { $0.state == .open }.map(\.id))
        forgetDetail()
    }

    /// The cursor moved to another flag, or the flag changed: its detail starts at the top and
    /// is read again before the next frame.
    mutating func forgetDetail() {
        detailScroll = 0
        detailAsked = nil
    }
}
