import PierCore

/// Where Pier keeps what it knows: sellers, each seller's hash-chained ledger, the tables
/// derived from the ledger, and the operator roster. The engine, the console and the command
/// line reach a store only through this protocol and `StoreSession`, never through SQL;
/// `PierDatabase` (SQLite, one file) is its implementation.
public protocol Store: AnyObject, Sendable {
    /// Where the store is, as the user named it.
    var location: String { get }

    /// Runs `body` in one write transaction; any error rolls everything back.
    func write<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> T) throws(StoreError) -> T

    /// Runs `body` in one write transaction that it commits or rolls back by its answer, and
    /// returns its value either way (a refusal found halfway leaves nothing written).
    func transaction<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> (value: T, commit: Bool)) throws(StoreError) -> T

    /// Runs `body` on a read snapshot.
    func read<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> T) throws(StoreError) -> T

    /// The schema migrations applied to the store, in order.
    func appliedMigrations() throws(StoreError) -> [String]

    /// The migrations this handle applied when it opened the store (empty when it was current).
    var migratedOnOpen: [String] { get }

    /// A watch that tells when anyone has committed to the store since the last look.
    func changeWatch() throws(StoreError) -> any StoreChangeWatch

    // MARK: Sellers

    /// Every seller, by id.
    func sellers() throws(StoreError) -> [SellerRecord]

    /// One seller, or nil.
    func seller(_ id: String) throws(StoreError) -> SellerRecord?

    // MARK: Ledger

    /// A seller's whole ledger in chain order.
    func events(seller: String) throws(StoreError) -> [LedgerEvent]

    /// A seller's events about one SKU, in chain order.
    func events(seller: String, sku: String) throws(StoreError) -> [LedgerEvent]

    /// The sellers that have a ledger.
    func ledgerSellers() throws(StoreError) -> [String]

    /// Walks a seller's chain, checking every hash and link (and the head, when one is expected).
    func verifyLedger(seller: String, expectedHead: String?) throws(StoreError) -> LedgerReport

    /// Writes a seller's chained event bytes, one event a line, to `path`; returns the count.
    func writeChainedBytes(seller: String, to path: String) throws(StoreError) -> Int

    /// The event types a seller's ledger holds.
    func ledgerTypes(seller: String) throws(StoreError) -> [String]

    /// How many of a seller's events a filter keeps.
    func ledgerCount(seller: String, filter: LedgerFilter) throws(StoreError) -> Int

    /// A page of a seller's events from a keyset position, in either direction.
    func ledgerPage(
        seller: String, filter: LedgerFilter, start: LedgerPageStart, descending: Bool, limit: Int
    ) throws(StoreError) -> [LedgerEvent]

    /// A page of a seller's events from an ordinal position (a far jump in a filtered view).
    func ledgerPage(seller: String, filter: LedgerFilter, position: Int, descending: Bool, limit: Int) throws(StoreError) -> [LedgerEvent]

    /// The virtual time of a seller's last event (0 when it has none).
    func lastEventAt(seller: String) throws(StoreError) -> Int64

    // MARK: Derived tables

    /// A seller's listings ordered by SKU.
    func listings(seller: String) throws(StoreError) -> [ListingRecord]

    /// One listing, or nil.
    func listing(seller: String, sku: String) throws(StoreError) -> ListingRecord?

    /// A seller's listings that are neither live nor removed, by SKU (through the status index:
    /// a 100K-SKU seller with a few hundred waiting reads a few hundred rows).
    func waitingListings(seller: String) throws(StoreError) -> [ListingRecord]

    /// A seller's coverage counted by the store, with the SKUs each merchant category holds.
    func listingCounts(seller: String) throws(StoreError) -> ListingCounts

    /// Flags of one seller (all sellers when nil), optionally in one state, by seller and id.
    func flags(seller: String?, state: FlagState?) throws(StoreError) -> [FlagRecord]

    /// Flags whose SKU, rule or matched text contains `text`, across sellers.
    func searchFlags(_ text: String, limit: Int) throws(StoreError) -> [FlagRecord]

    /// A seller's open flags: how many, and when the oldest was raised (virtual time).
    func openFlagSummary(seller: String) throws(StoreError) -> (count: Int, oldestRaisedAt: Int64?)

    /// Conflicts of one seller (all when nil); only the queue (needing a person) when asked.
    func conflicts(seller: String?, queueOnly: Bool) throws(StoreError) -> [ConflictRecord]

    /// How many of a seller's conflicts wait for a person.
    func conflictQueueCount(seller: String) throws(StoreError) -> Int

    /// A seller's app installs, by app id.
    func installs(seller: String) throws(StoreError) -> [InstallRecord]

    /// A seller's orders, newest first.
    func orders(seller: String) throws(StoreError) -> [OrderRecord]

    // MARK: Claims

    /// Claims up to `limit` open flags (of one seller, or of any) for `reviewer` until
    /// `expires` (seconds since 1970): flags nobody holds at `now`, or whose claim lapsed, or
    /// the reviewer's own (renewed). Two reviewers claiming at once never get the same flag.
    /// Returns the flags claimed, by seller and id.
    func claimFlags(for reviewer: String, seller: String?, limit: Int, now: Int64, expires: Int64, wallClock: String) throws(StoreError) -> [FlagRecord]

    /// Ends a reviewer's claims (of one seller, or all); returns how many.
    func releaseClaims(for reviewer: String, seller: String?) throws(StoreError) -> Int

    /// Claims still held at `now` on open flags (of one seller, or all), by seller and flag.
    func claims(seller: String?, now: Int64) throws(StoreError) -> [FlagClaim]

    // MARK: Operators

    /// The operator roster, by name.
    func roster() throws(StoreError) -> [RosterEntry]

    /// Grants a role when `allowed` (given the roster) has no objection; returns the objection.
    func grant(_ entry: RosterEntry, allowed: @escaping @Sendable ([RosterEntry]) -> String?) throws(StoreError) -> String?

    /// Revokes an operator's role when `allowed` has no objection; returns the objection.
    func revoke(_ name: String, allowed: @escaping @Sendable ([RosterEntry]) -> String?) throws(StoreError) -> String?
}

extension Store {
    /// Chains and appends drafts to a seller's ledger in one transaction; returns the new head hash.
    @discardableResult
    public func appendLedger(seller: String, drafts: [LedgerDraft]) throws(StoreError) -> String {
        try write { s in try s.appendLedger(seller: seller, drafts: drafts) }
    }

    /// Every flag of one seller (all sellers when nil).
    public func flags(seller: String?) throws(StoreError) -> [FlagRecord] { try flags(seller: seller, state: nil) }

    /// Every conflict of one seller (all when nil).
    public func conflicts(seller: String?) throws(StoreError) -> [ConflictRecord] { try conflicts(seller: seller, queueOnly: false) }

    /// Walks a seller's chain, checking every hash and link.
    public func verifyLedger(seller: String) throws(StoreError) -> LedgerReport { try verifyLedger(seller: seller, expectedHead: nil) }

    /// At most 500 flags whose SKU, rule or matched text contains `text`.
    public func searchFlags(_ text: String) throws(StoreError) -> [FlagRecord] { try searchFlags(text, limit: 500) }
}

/// Tells whether anyone has committed to a store since the last look.
public protocol StoreChangeWatch: AnyObject, Sendable {
    /// True when a commit has landed since the last call (false on the first call).
    func changed() -> Bool
}
