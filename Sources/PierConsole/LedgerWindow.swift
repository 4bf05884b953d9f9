import PierCore
import PierStore

/// The Ledger pane's view of a seller's events: a filter, an order, and only the rows on
/// screen, so a 100K-event ledger scrolls with constant work per frame.
///
/// The window never reads the store itself. `request(visibleRows:)` says what the screen needs
/// that is not loaded; the engine worker runs `fetch(_:from:)`; `accept(_:)` takes the page
/// back, or drops it when the seller, filter or order changed while it was fetched.
public struct LedgerWindow: Sendable {
    public var seller: String?
    public var newestFirst = true
    public var search = ""
    /// A type prefix such as `flag.`; nil for all.
    public var typePrefix: String?
    public private(set) var count = 0
    /// Index of the selected row in the filtered, ordered list.
    public var cursor = 0
    /// Index of the first row on screen.
    public var top = 0
    public private(set) var rows: [LedgerEvent] = []
    public private(set) var rowsStart = -1
    public var showDetail = false
    /// A seq (`:#N`) to put the cursor on once the page that holds it arrives.
    public var jumpTo: Int64?
    /// Bumped by every change of what the list is (seller, filter, order, or the store under
    /// it); a page fetched for an older one is dropped.
    public private(set) var generation = 0
    /// Whether this generation's count has arrived.
    public private(set) var counted = false
    /// The generation of the request on the worker, if one is.
    private var inFlight: Int?

    /// The type filter's stops: all, then each family of event types the engine writes
    /// (`webhook` covers `webhook.*` and `webhooks.*`).
    public static let typeFilters: [String?] = [nil] + LedgerEventType.families

    public init() {}

    /// What the search line and the type stop select.
    public var filter: LedgerFilter { LedgerFilter(search: search, typePrefix: typePrefix) }

    /// A store read that failed, shown instead of an empty list.
    public private(set) var failure: String?

    /// What the worker is asked to read: the count when it is not known, and the rows around
    /// the cursor, with the rows already loaded to page from.
    public struct Request: Sendable {
        let seller: String
        let filter: LedgerFilter
        let newestFirst: Bool
        let generation: Int
        /// Nil when the count must be read first.
        let count: Int?
        let cursor: Int
        let top: Int
        let page: Int
        let jumpTo: Int64?
        let loaded: [LedgerEvent]
        let loadedStart: Int
    }

    /// What the worker read for a request.
    public struct Page: Sendable {
        let generation: Int
        let count: Int
        let cursor: Int
        let top: Int
        let start: Int
        let rows: [LedgerEvent]
        let failure: String?
        /// Why a `:#N` jump could not land (the seq is not in the ledger).
        public let jumpMiss: String?
    }

    /// The list changed (seller, filter or order): the count and rows are read again, and
    /// rows of the old list are not shown meanwhile.
    public mutating func invalidate() {
        generation &+= 1
        counted = false
        inFlight = nil
        rows = []
        rowsStart = -1
        failure = nil
    }

    /// The store may have changed under the same list: the count and rows are read again,
    /// and the rows on screen stay until the new ones arrive.
    public mutating func refresh() {
        generation &+= 1
        counted = false
        inFlight = nil
    }

    /// Keeps the cursor on screen, and returns the read the screen needs, if any and if none
    /// is on the worker already.
    public mutating func request(visibleRows: Int) -> Request? {
        guard let seller, !(counted && failure != nil) else { return nil }
        let page = max(visibleRows, 1)
        if counted {
            top = Self.clampedTop(top, cursor: cursor, count: count, page: page)
            if jumpTo == nil, rowsStart >= 0, top >= rowsStart,
                top + page <= rowsStart + rows.count || rowsStart + rows.count >= count
            {
                return nil
            }
        }
        guard inFlight == nil else { return nil }
        inFlight = generation
        return Request(
            seller: seller, filter: filter, newestFirst: newestFirst, generation: generation, count: counted ? count : nil,
            cursor: cursor, top: top, page: page, jumpTo: jumpTo, loaded: counted ? rows : [], loadedStart: counted ? rowsStart : -1)
    }

    /// Takes a page the worker read; false (and nothing changes) when it was read for a list
    /// the screen no longer shows.
    @discardableResult
    public mutating func accept(_ p: Page) -> Bool {
        guard p.generation == generation else { return false }
        inFlight = nil
        let first = !counted
        count = p.count
        counted = true
        failure = p.failure
        guard p.failure == nil else { return true }
        if jumpTo != nil {
            cursor = p.cursor
            jumpTo = nil
        }
        if first || p.jumpMiss == nil && p.cursor == cursor { top = p.top }
        cursor = min(cursor, max(0, count - 1))
        rows = p.rows
        rowsStart = p.start
        return true
    }

    /// The first row on screen that keeps the cursor in a page of `page` rows of `count`.
    private static func clampedTop(_ top: Int, cursor: Int, count: Int, page: Int) -> Int {
        var top = top
        if cursor < top { top = cursor }
        if cursor >= top + page { top = cursor - page + 1 }
        return max(0, min(top, max(0, count - page)))
    }

    /// Reads what a request asks for: the count if needed, then the page of rows around the
    /// top, from the loaded rows' seqs (keyset pages, forwards or backwards) or from either
    /// end, never by skipping rows, except for a jump far from both ends and from what is
    /// loaded. Runs on the engine worker.
    public static func fetch(_ r: Request, from db: any Store) -> Page {
        var count = r.count ?? 0
        var cursor = r.cursor
        var top = r.top
        var jumpMiss: String?
        do {
            if r.count == nil { count = try db.ledgerCount(seller: r.seller, filter: r.filter) }
            if let seq = r.jumpTo {
                if r.filter.isEmpty, count > 0, (1...Int64(count)).contains(seq) {
                    cursor = r.newestFirst ? count - Int(seq) : Int(seq) - 1
                } else {
                    jumpMiss = "\(r.seller)'s ledger has events 1–\(count), not \(seq)"
                }
            }
            cursor = min(cursor, max(0, count - 1))
            top = Self.clampedTop(top, cursor: cursor, count: count, page: r.page)
            let (start, rows) = try page(r, db, count: count, top: top)
            return Page(generation: r.generation, count: count, cursor: cursor, top: top, start: start, rows: rows, failure: nil, jumpMiss: jumpMiss)
        } catch {
            return Page(generation: r.generation, count: count, cursor: cursor, top: top, start: -1, rows: [], failure: error.description, jumpMiss: nil)
        }
    }

    private static func page(_ r: Request, _ db: any Store, count: Int, top: Int) throws(StoreError) -> (start: Int, rows: [LedgerEvent]) {
        let page = r.page
        let start = max(0, top - page)
        let want = min(page * 3, count - start)
        guard want > 0 else { return (start, []) }
        let forward = r.newestFirst
        func fetch(_ from: LedgerPageStart, ahead: Bool, _ limit: Int) throws(StoreError) -> [LedgerEvent] {
            let rows = try db.ledgerPage(seller: r.seller, filter: r.filter, start: from, descending: ahead == forward, limit: limit)
            return ahead ? rows : rows.reversed()
        }
        let loaded = r.loaded
        let rowsStart = r.loadedStart
        let loadedEnd = rowsStart + loaded.count
        if start == 0 { return (start, try fetch(.first, ahead: true, want)) }
        if start + want >= count { return (start, try fetch(.first, ahead: false, want)) }
        if rowsStart >= 0, start >= rowsStart, start < loadedEnd {
            return (start, try fetch(.from(loaded[start - rowsStart].seq), ahead: true, want))
        }
        if rowsStart > 0, let first = loaded.first, start < rowsStart, rowsStart - start <= want {
            let before = try fetch(.after(first.seq), ahead: false, rowsStart - start)
            return (start, before + (try fetch(.from(first.seq), ahead: true, want - before.count)))
        }
        if rowsStart >= 0, let last = loaded.last, start >= loadedEnd, start - loadedEnd < want {
            return (start, Array(try fetch(.after(last.seq), ahead: true, start - loadedEnd + want).dropFirst(start - loadedEnd)))
        }
        if r.filter.isEmpty {
            // Without a filter a chain's seqs run 1…count without gaps: a position is a seq.
            return (start, try fetch(.from(Int64(forward ? count - start : start + 1)), ahead: true, want))
        }
        return (start, try db.ledgerPage(seller: r.seller, filter: r.filter, position: start, descending: forward, limit: want))
    }

    /// Reads what the screen needs at once, on the caller's thread (tests; the console asks
    /// the worker).
    mutating func load(_ db: any Store, visibleRows: Int) {
        while let r = request(visibleRows: visibleRows) { accept(Self.fetch(r, from: db)) }
    }

    /// The event at a list index, if loaded.
    public func row(_ index: Int) -> LedgerEvent? {
        let i = index - rowsStart
        return rowsStart >= 0 && rows.indices.contains(i) ? rows[i] : nil
    }

    public var current: LedgerEvent? { row(cursor) }
}
