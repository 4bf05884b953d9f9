import GRDB
import PierCore

/// One SQLite transaction: `StoreSession` on a GRDB connection, so no SQL and no GRDB type
/// leaves this module.
struct SQLiteSession: StoreSession {
    let db: Database

    init(_ db: Database) { self.db = db }

    // MARK: Sellers

    /// One seller, or nil.
    public func seller(_ id: String) throws -> SellerRecord? { try PierDatabase.seller(db, id) }

    /// Inserts or replaces a seller row.
    public func upsert(_ seller: SellerRecord) throws { try PierDatabase.upsert(db, seller) }

    // MARK: Ledger

    /// The last event's seq and hash for a seller (0 and the genesis hash when empty).
    public func ledgerHead(seller: String) throws -> (seq: Int64, hash: String) { try PierDatabase.ledgerHead(db, seller: seller) }

    /// The virtual time of a seller's last event in chain order (0 when it has none).
    public func lastEventAt(seller: String) throws -> Int64 { try PierDatabase.lastEventAt(db, seller: seller) }

    /// The virtual time of a seller's latest event of one type, or nil.
    public func lastEventAt(seller: String, type: String) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT at FROM ledger INDEXED BY ledger_type WHERE seller_id = ? AND type = ? ORDER BY seq DESC LIMIT 1",
            arguments: [seller, type])
    }

    /// An appender that chains events onto a seller's ledger one at a time.
    public func ledgerAppender(seller: String) throws -> any LedgerSink { try LedgerAppender(db, seller: seller) }

    /// Visits a seller's events in chain order from `fromSeq` until `body` answers false.
    public func forEachEvent(seller: String, fromSeq: Int64, _ body: (LedgerEvent) throws -> Bool) throws {
        try PierDatabase.forEachEvent(db, seller: seller, fromSeq: fromSeq, body)
    }

    /// Visits a seller's events about some SKUs, in chain order, through the SKU index.
    public func forEachEvent(seller: String, skus: [String], _ body: (LedgerEvent) throws -> Void) throws {
        try PierDatabase.forEachEvent(db, seller: seller, skus: skus, body)
    }

    /// Visits a seller's events of some types, in chain order, through the type index.
    public func forEachEvent(seller: String, types: [String], _ body: (LedgerEvent) throws -> Void) throws {
        try PierDatabase.forEachEvent(db, seller: seller, types: types, body)
    }

    /// Runs a bulk append of `events` events with the ledger's secondary indexes set aside when
    /// that is cheaper (see `PierDatabase.withLedgerIndexesDeferred`).
    public func withLedgerIndexesDeferred<T>(events: Int, _ body: () throws -> T) throws -> T {
        try PierDatabase.withLedgerIndexesDeferred(db, events: events, body)
    }

    // MARK: Derived tables

    /// Deletes a seller's derived rows (listings, flags, conflicts, installs, orders), to be
    /// written again from a full projection of its ledger.
    public func clearDerived(seller: String) throws {
        for table in ["listings", "flags", "conflicts", "installs", "orders"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE seller_id = ?", arguments: [seller])
        }
    }

    /// A saver of listings with one prepared statement.
    public func listingSaver() throws -> any ListingSink { try PierDatabase.ListingSaver(db) }

    /// A seller's listings ordered by SKU.
    public func listings(seller: String) throws -> [ListingRecord] { try PierDatabase.listings(db, seller: seller) }

    /// Writes flags, replacing any stored flag of the same id.
    public func saveFlags(_ flags: [FlagRecord]) throws { try PierDatabase.saveFlags(db, flags) }

    /// The SKUs the given flags were raised on (ids the seller has no flag for are skipped).
    public func flagSKUs(seller: String, ids: [Int64]) throws -> [String] { try PierDatabase.flagSKUs(db, seller: seller, ids: ids) }

    /// The merchant categories (labels) the seller's listings carry, each once.
    public func sourceCategories(seller: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT source_category FROM listings WHERE seller_id = ? ORDER BY source_category", arguments: [seller])
    }

    /// The SKUs of the seller's listings whose merchant category is one of these labels.
    public func listingSKUs(seller: String, sourceCategories: [String]) throws -> [String] {
        let select = try db.cachedStatement(sql: "SELECT sku FROM listings WHERE seller_id = ? AND source_category = ? ORDER BY sku")
        var out = [String]()
        for c in sourceCategories { out += try String.fetchAll(select, arguments: [seller, c]) }
        return out.sorted()
    }

    /// The highest flag number the seller has (0 for none).
    public func lastFlagID(seller: String) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM flags WHERE seller_id = ?", arguments: [seller]) ?? 0
    }

    /// A seller's flags, by id.
    public func flags(seller: String) throws -> [FlagRecord] { try PierDatabase.flags(db, seller: seller) }

    /// Writes conflict resolutions.
    public func saveConflicts(_ conflicts: [ConflictRecord]) throws { try PierDatabase.saveConflicts(db, conflicts) }

    /// A seller's conflicts, in resolution order.
    public func conflicts(seller: String) throws -> [ConflictRecord] { try PierDatabase.conflicts(db, seller: seller) }

    /// Writes installs, replacing any of the same app.
    public func saveInstalls(_ installs: [InstallRecord]) throws { try PierDatabase.saveInstalls(db, installs) }

    /// A seller's app installs, by app id.
    public func installs(seller: String) throws -> [InstallRecord] { try PierDatabase.installs(db, seller: seller) }

    /// Writes orders.
    public func saveOrders(_ orders: [OrderRecord]) throws { try PierDatabase.saveOrders(db, orders) }

    /// A seller's orders, newest first.
    public func orders(seller: String) throws -> [OrderRecord] { try PierDatabase.orders(db, seller: seller) }

    // MARK: Imported catalogues

    /// Visits an imported catalogue's stored items (SKU, document, item JSON) in order.
    public func forEachCatalogueItem(seller: String, _ body: (String, Int, String) throws -> Void) throws {
        try PierDatabase.forEachCatalogueItem(db, seller: seller, body)
    }

    /// The stored item JSON of each of these SKUs the catalogue has, by SKU.
    public func catalogueItems(seller: String, skus: [String]) throws -> [String: String] {
        try PierDatabase.catalogueItems(db, seller: seller, skus: skus)
    }

    /// Deletes a seller's stored catalogue and returns a writer for the new one.
    public func catalogueWriter(seller: String) throws -> any CatalogueSink { try PierDatabase.CatalogueWriter(db, seller: seller) }
}
