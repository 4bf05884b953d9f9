import PierCore
import PierStore

/// What the Review pane's detail shows of one flag beyond the flag itself, read on the engine
/// worker: its listing (for the matched text) and the events of its life.
public struct FlagDetail: Sendable {
    public let seller: String
    public let flag: Int64
    public let listing: ListingRecord?
    public let history: [LedgerEvent]

    /// Reads a flag's listing and the events about it (the worker's side).
    static func read(seller: String, flag: FlagRecord, from db: any Store) throws(StoreError) -> FlagDetail {
        FlagDetail(
            seller: seller, flag: flag.id, listing: try db.listing(seller: seller, sku: flag.sku),
            history: try db.events(seller: seller, sku: flag.sku).filter { $0.flagID == flag.id })
    }
}
