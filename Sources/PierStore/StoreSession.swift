import PierCore

/// One transaction on a store, handed to the bodies of `Store.read`, `write` and
/// `transaction`: everything the engine reads or writes inside a transaction goes through it.
public protocol StoreSession {
    // MARK: Sellers

    /// One seller, or nil.
    func seller(_ id: String) throws -> SellerRecord?

    /// Inserts or replaces a seller.
    func upsert(_ seller: SellerRecord) throws

    // MARK: Ledger

    /// The last event's seq and hash for a seller (0 and the genesis hash when empty).
    func ledgerHead(seller: String) throws -> (seq: Int64, hash: String)

    /// The virtual time of a seller's last event in chain order (0 when it has none).
    func lastEventAt(seller: String) throws -> Int64

    /// The virtual time of a seller's latest event of one type, or nil.
    func lastEventAt(seller: String, type: String) throws -> Int64?

    /// An appender that chains events onto a seller's ledger one at a time.
    func ledgerAppender(seller: String) throws -> any LedgerSink

    /// Visits a seller's events in chain order from `fromSeq` until `body` answers false.
    func forEachEvent(seller: String, fromSeq: Int64, _ body: (LedgerEvent) throws -> Bool) throws

    /// Visits a seller's events about some SKUs, in chain order.
    func forEachEvent(seller: String, skus: [String], _ body: (LedgerEvent) throws -> Void) throws

    /// Visits a seller's events of some types, in chain order.
    func forEachEvent(seller: String, types: [String], _ body: (LedgerEvent) throws -> Void) throws

    /// Runs a bulk append of `events` events, with whatever the store sets aside to make that cheaper.
    func withLedgerIndexesDeferred<T>(events: Int, _ body: () throws -> T) throws -> T

    // MARK: Derived tables

    /// Deletes a seller's derived rows (listings, flags, conflicts, installs, orders), to be
    /// written again from a full projection of its ledger.
    func clearDerived(seller: String) throws

    /// A writer of listings.
    func listingSaver() throws -> any ListingSink

    /// A seller's listings ordered by SKU.
    func listings(seller: String) throws -> [ListingRecord]

    /// Writes flags, replacing any stored flag of the same id.
    func saveFlags(_ flags: [FlagRecord]) throws

    /// The SKUs the given flags were raised on (ids the seller has no flag for are skipped).
    func flagSKUs(seller: String, ids: [Int64]) throws -> [String]

    /// The merchant categories (labels) the seller's listings carry, each once.
    func sourceCategories(seller: String) throws -> [String]

    /// The SKUs of the seller's listings whose merchant category is one of these labels.
    func listingSKUs(seller: String, sourceCategories: [String]) throws -> [String]

    /// The highest flag number the seller has (0 for none): a new flag takes the next.
    func lastFlagID(seller: String) throws -> Int64

    /// A seller's flags, by id.
    func flags(seller: String) throws -> [FlagRecord]

    /// Writes conflict resolutions.
    func saveConflicts(_ conflicts: [ConflictRecord]) throws

    /// A seller's conflicts, in resolution order.
    func conflicts(seller: String) throws -> [ConflictRecord]

    /// Sets the state of one queued conflict, found by its SKU, change event and field.
    func setConflictState(seller: String, sku: String, eventID: String, field: String, state: ConflictState) throws

    /// Writes installs, replacing any of the same app.
    func saveInstalls(_ installs: [InstallRecord]) throws

    /// A seller's app installs, by app id.
    func installs(seller: String) throws -> [InstallRecord]

    /// Writes orders.
    func saveOrders(_ orders: [OrderRecord]) throws

    /// A seller's orders, newest first.
    func orders(seller: String) throws -> [OrderRecord]

    // MARK: Operators

    /// Puts an operator on the roster with a role, replacing any role they had.
    func putOperator(_ entry: RosterEntry) throws

    // MARK: Imported catalogues

    /// Visits an imported catalogue's stored items (SKU, document, item JSON) in order.
    func forEachCatalogueItem(seller: String, _ body: (String, Int, String) throws -> Void) throws

    /// The stored item JSON of each of these SKUs the catalogue has, by SKU.
    func catalogueItems(seller: String, skus: [String]) throws -> [String: String]

    /// Deletes a seller's stored catalogue and returns a writer for the new one.
    func catalogueWriter(seller: String) throws -> any CatalogueSink
}

extension StoreSession {
    /// Chains and appends drafts to a seller's ledger; returns the new head hash.
    @discardableResult
    public func appendLedger(seller: String, drafts: [LedgerDraft]) throws -> String {
        var appender = try ledgerAppender(seller: seller)
        for d in drafts { try appender.append(at: d.at, type: d.type, actor: d.actor, sku: d.sku, dataCanonical: d.data.canonical) }
        return appender.head
    }

    /// Visits a seller's events in chain order until `body` answers false.
    public func forEachEvent(seller: String, _ body: (LedgerEvent) throws -> Bool) throws {
        try forEachEvent(seller: seller, fromSeq: 1, body)
    }
}

/// Chains events onto a seller's ledger one at a time inside a transaction.
public protocol LedgerSink {
    /// The hash of the last event appended (or of the chain's head before any).
    var head: String { get }

    /// Appends one event whose data is already in canonical form.
    mutating func append(at: Int64, type: String, actor: String, sku: String?, dataCanonical: String) throws
}

/// Writes listings inside a transaction.
public protocol ListingSink {
    /// Inserts or replaces one listing.
    mutating func save(_ listing: ListingRecord) throws
}

/// Writes an imported catalogue's items inside a transaction.
public protocol CatalogueSink {
    /// Stores one item; false when the catalogue already has its SKU (the first one stays).
    func insert(sku: String, position: Int, document: Int, json: String) throws -> Bool
}
