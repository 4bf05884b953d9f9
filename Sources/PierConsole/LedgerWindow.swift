import PierCore
import PierStore

/// The Ledger pane's view of a seller's events: a filter, an order, and only the rows on
/// screen fetched from the store, so a 100K-event ledger scrolls with constant work per frame.
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
    public private(set) var rowsStart = 0
    public var showDetail = false

    /// The type filter's stops: all, then each family of event types the engine writes
    /// (`webhook` covers `webhook.*` and `webhooks.*`).
    public static let typeFilters: [String?] = [nil] + LedgerEventType.families

    public init() {}

    /// What the search line and the type stop select.
    public var filter: LedgerFilter { LedgerFilter(search: search, typePrefix: typePrefix) }

    /// A store read that failed, shown instead of an empty list.
    public private(set) var failure: String?

    /// Recounts after a filter change and refetches the visible rows.
    public mutating func reload(_ db: any Store, visibleRows: Int = 40) {
        guard let seller else { count = 0; rows = []; return }
        do {
            count = try db.ledgerCount(seller: seller, filter: filter)
            failure = nil
        } catch {
            count = 0
            failure = error.description
        }
        cursor = min(cursor, max(0, count - 1))
        rows = []
        rowsStart = -1
        ensure(db, visibleRows: visibleRows)
    }

    /// Fetches the page of rows around `top` if it is not loaded: from the loaded rows' seqs
    /// (keyset pages, forwards or backwards) or from either end, never by skipping rows, except
    /// for a jump far from both ends and from what is loaded.
    public mutating func ensure(_ db: any Store, visibleRows: Int) {
        let page = max(visibleRows, 1)
        if cursor < top { top = cursor }
        if cursor >= top + page { top = cursor - page + 1 }
        top = max(0, min(top, max(0, count - page)))
        if rowsStart >= 0, top >= rowsStart, top + page <= rowsStart + rows.count || rowsStart + rows.count >= count { return }
        guard let seller else { return }
        let start = max(0, top - page)
        let want = min(page * 3, count - start)
        let filter = self.filter
        let forward = newestFirst
        func fetch(_ from: LedgerPageStart, ahead: Bool, _ limit: Int) throws(StoreError) -> [LedgerEvent] {
            let rows = try db.ledgerPage(seller: seller, filter: filter, start: from, descending: ahead == forward, limit: limit)
            return ahead ? rows : rows.reversed()
        }
        do {
            let fetched: [LedgerEvent]
            let loadedEnd = rowsStart + rows.count
            if start == 0 {
                fetched = try fetch(.first, ahead: true, want)
            } else if start + want >= count {
                fetched = try fetch(.first, ahead: false, want)
            } else if rowsStart >= 0, start >= rowsStart, start < loadedEnd {
                fetched = try fetch(.from(rows[start - rowsStart].seq), ahead: true, want)
            } else if rowsStart > 0, let first = rows.first, start < rowsStart, rowsStart - start <= want {
                let before = try fetch(.after(first.seq), ahead: false, rowsStart - start)
                fetched = before + (try fetch(.from(first.seq), ahead: true, want - before.count))
            } else if rowsStart >= 0, let last = rows.last, start >= loadedEnd, start - loadedEnd < want {
                fetched = Array(try fetch(.after(last.seq), ahead: true, start - loadedEnd + want).dropFirst(start - loadedEnd))
            } else if filter.isEmpty {
                // Without a filter a chain's seqs run 1…count without gaps: a position is a seq.
                fetched = try fetch(.from(Int64(forward ? count - start : start + 1)), ahead: true, want)
            } else {
                fetched = try db.ledgerPage(seller: seller, filter: filter, position: start, descending: forward, limit: want)
            }
            rows = fetched
            rowsStart = start
            failure = nil
        } catch {
            failure = error.description
        }
    }

    /// The event at a list index, if loaded.
    public func row(_ index: Int) -> LedgerEvent? {
        let i = index - rowsStart
        return rowsStart >= 0 && rows.indices.contains(i) ? rows[i] : nil
    }

    public var current: LedgerEvent? { row(cursor) }
}
