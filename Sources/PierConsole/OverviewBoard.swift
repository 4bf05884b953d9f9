import Foundation
import PierEngine
import PierStore

/// The Overview pane's own state: every seller's health as last read, worst first, the search
/// across every seller's flags and what it found, and the cursor on whichever list is shown.
/// The model fills it from the worker's reads; the pane draws it.
public struct OverviewBoard: Sendable {
    /// Every seller's health against the targets, worst first.
    public private(set) var health: [SellerHealth] = []
    /// Index into the list shown: `hits` while searching, else `health`.
    public var cursor = 0
    /// The search typed (trimmed); empty shows the sellers.
    public private(set) var search = ""
    /// The flags the search found, once the worker has read them.
    public private(set) var hits: [FlagRecord] = []
    /// The search whose hits the worker is reading, until they arrive.
    public private(set) var searchPending: String?

    public init() {}

    /// Whether the pane shows the search's hits rather than the sellers.
    public var searching: Bool { !search.isEmpty }

    /// How many rows the list shown has.
    public var rowCount: Int { searching ? hits.count : health.count }

    /// The seller under the cursor, when the sellers are shown.
    public var currentSeller: SellerHealth? { !searching && health.indices.contains(cursor) ? health[cursor] : nil }

    /// The flag under the cursor, when the hits are shown.
    public var currentHit: FlagRecord? { searching && hits.indices.contains(cursor) ? hits[cursor] : nil }

    /// Takes the health the worker read; the cursor stays on its seller when it is still listed.
    mutating func take(health read: [SellerHealth]) {
        let current = health.indices.contains(cursor) ? health[cursor].seller.id : nil
        health = read
        guard !searching else { return }
        cursor = current.flatMap { id in health.firstIndex { $0.seller.id == id } } ?? min(cursor, max(0, health.count - 1))
    }

    /// Starts a search from the top; returns the query the worker should read, or nil when the
    /// search was cleared.
    mutating func begin(search text: String) -> String? {
        search = text.trimmingCharacters(in: .whitespaces)
        cursor = 0
        hits = []
        searchPending = searching ? search : nil
        return searchPending
    }

    /// Takes the hits the worker read for `query`; a search no longer typed is dropped (false).
    mutating func take(hits read: [FlagRecord]?, for query: String) -> Bool {
        guard query == search else { return false }
        searchPending = nil
        if let read {
            hits = read
            cursor = min(cursor, max(0, hits.count - 1))
        }
        return true
    }
}
