import PierCore
import PostgresNIO

/// One PostgreSQL transaction: `StoreSession` on a connection. Bulk writes (listings, flags,
/// ledger events, catalogue items) are gathered and sent as multi-row statements, flushed
/// before any other statement of the transaction, so the transaction reads what it wrote.
/// In a write transaction each seller is locked (`pg_advisory_xact_lock`) before the first
/// statement that names it, so two writers never read the same chain head.
final class PostgresSession: StoreSession {
    let link: PostgresLink
    let writable: Bool
    private var locked = Set<String>()
    private var batches = [String: PostgresBatch]()
    private var batchOrder = [PostgresBatch]()

    init(_ link: PostgresLink, writable: Bool) {
        self.link = link
        self.writable = writable
    }

    // MARK: Plumbing

    /// Locks a seller for the rest of a write transaction (a no-op in a read).
    func lockSeller(_ seller: String) throws {
        guard writable, !locked.contains(seller) else { return }
        try flush()
        try link.run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [.text("pier-seller:" + seller)])
        locked.insert(seller)
    }

    /// Runs a statement after sending whatever is gathered.
    @discardableResult
    func rows(_ sql: String, _ values: [StoredValue] = []) throws -> [PostgresRandomAccessRow] {
        try flush()
        return try link.rows(sql, values)
    }

    /// Runs a statement with postgres-nio's own bindings, after sending whatever is gathered.
    func rows(_ sql: String, bindings: PostgresBindings) throws -> [PostgresRandomAccessRow] {
        try flush()
        return try link.rows(sql, bindings: bindings)
    }

    @discardableResult
    func run(_ sql: String, _ values: [StoredValue] = []) throws -> Int {
        try flush()
        return try link.run(sql, values)
    }

    /// Sends every gathered row.
    func flush() throws {
        for batch in batchOrder where !batch.isEmpty { try batch.flush(link) }
    }

    /// Gathers one row for `table`, sending the table's rows when enough are gathered.
    func gather(_ table: String, columns: [String], upsertKey: [String], _ values: [StoredValue]) throws {
        let batch: PostgresBatch
        if let existing = batches[table] {
            batch = existing
        } else {
            batch = PostgresBatch(table: table, columns: columns, upsertKey: upsertKey)
            batches[table] = batch
            batchOrder.append(batch)
        }
        if batch.add(values) { try batch.flush(link) }
    }

    // MARK: Sellers

    func seller(_ id: String) throws -> SellerRecord? {
        try lockSeller(id)
        return try rows("SELECT * FROM sellers WHERE id = $1", [.text(id)]).first.map { try StoredRecords.seller($0) }
    }

    func upsert(_ seller: SellerRecord) throws {
        try lockSeller(seller.id)
        let columns = StoredRecords.sellerColumns
        try run(
            PostgresBatch.insertSQL(table: "sellers", columns: columns, rows: 1, upsertKey: ["id"]), StoredRecords.sellerValues(seller))
    }

    // MARK: Ledger

    func ledgerHead(seller: String) throws -> (seq: Int64, hash: String) {
        try lockSeller(seller)
        guard let row = try rows("SELECT seq, hash FROM ledger WHERE seller_id = $1 ORDER BY seq DESC LIMIT 1", [.text(seller)]).first else {
            return (0, LedgerEvent.genesis)
        }
        return (try row.integer("seq"), try row.text("hash"))
    }

    func lastEventAt(seller: String) throws -> Int64 {
        try lockSeller(seller)
        return try rows("SELECT at FROM ledger WHERE seller_id = $1 ORDER BY seq DESC LIMIT 1", [.text(seller)]).first?.integer("at") ?? 0
    }

    func lastEventAt(seller: String, type: String) throws -> Int64? {
        try lockSeller(seller)
        return try rows(
            "SELECT at FROM ledger WHERE seller_id = $1 AND type = $2 ORDER BY seq DESC LIMIT 1", [.text(seller), .text(type)]
        ).first?.integer("at")
    }

    func ledgerAppender(seller: String) throws -> any LedgerSink { try PostgresLedgerAppender(self, seller: seller) }

    /// Events come in pages of this many, by seq, so a long ledger is never held whole.
    static let pageSize = 2_000

    func forEachEvent(seller: String, fromSeq: Int64, _ body: (LedgerEvent) throws -> Bool) throws {
        try forEachLedgerRow(seller: seller, fromSeq: fromSeq) { row in try body(try StoredRecords.ledgerEvent(row, seller: seller)) }
    }

    /// Visits a seller's ledger rows (selected with `ledgerColumns`) in chain order from
    /// `fromSeq`, a page at a time, until `body` answers false.
    func forEachLedgerRow(seller: String, fromSeq: Int64, _ body: (PostgresRandomAccessRow) throws -> Bool) throws {
        try lockSeller(seller)
        var next = fromSeq
        while true {
            let page = try rows(
                "SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE seller_id = $1 AND seq >= $2 ORDER BY seq LIMIT \(Self.pageSize)",
                [.text(seller), .int(next)])
            for row in page {
                if try !body(row) { return }
                next = try row.integer("seq") + 1
            }
            if page.count < Self.pageSize { return }
        }
    }

    func forEachEvent(seller: String, skus: [String], _ body: (LedgerEvent) throws -> Void) throws {
        try forEachEvent(seller: seller, column: "sku", in: skus, body)
    }

    func forEachEvent(seller: String, types: [String], _ body: (LedgerEvent) throws -> Void) throws {
        try forEachEvent(seller: seller, column: "type", in: types, body)
    }

    private func forEachEvent(seller: String, column: String, in values: [String], _ body: (LedgerEvent) throws -> Void) throws {
        guard !values.isEmpty else { return }
        try lockSeller(seller)
        var after: Int64 = 0
        while true {
            var b = PostgresBindings()
            b.append(seller)
            b.append(values)
            b.append(after)
            let page = try rows(
                """
                SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE seller_id = $1 AND \(column) = ANY($2) AND seq > $3
                ORDER BY seq LIMIT \(Self.pageSize)
                """, bindings: b)
            for row in page {
                let event = try StoredRecords.ledgerEvent(row, seller: seller)
                try body(event)
                after = event.seq
            }
            if page.count < Self.pageSize { return }
        }
    }

    /// PostgreSQL maintains its indexes as it goes; nothing is set aside.
    func withLedgerIndexesDeferred<T>(events: Int, _ body: () throws -> T) throws -> T { try body() }

    // MARK: Derived tables

    func clearDerived(seller: String) throws {
        try lockSeller(seller)
        for table in ["listings", "flags", "conflicts", "installs", "orders"] {
            try run("DELETE FROM \(table) WHERE seller_id = $1", [.text(seller)])
        }
    }

    func listingSaver() throws -> any ListingSink { PostgresListingSaver(session: self) }

    func listings(seller: String) throws -> [ListingRecord] {
        try lockSeller(seller)
        return try rows("SELECT * FROM listings WHERE seller_id = $1 ORDER BY sku", [.text(seller)]).map { try StoredRecords.listing($0) }
    }

    func saveFlags(_ flags: [FlagRecord]) throws {
        for f in flags {
            try lockSeller(f.sellerID)
            try gather("flags", columns: StoredRecords.flagColumns, upsertKey: ["seller_id", "id"], StoredRecords.flagValues(f))
        }
    }

    func sourceCategories(seller: String) throws -> [String] {
        try lockSeller(seller)
        return try rows("SELECT DISTINCT source_category FROM listings WHERE seller_id = $1 ORDER BY source_category", [.text(seller)]).map {
            try $0.text("source_category")
        }
    }

    func listingSKUs(seller: String, sourceCategories: [String]) throws -> [String] {
        try lockSeller(seller)
        var b = PostgresBindings()
        b.append(seller)
        b.append(sourceCategories)
        return try rows("SELECT sku FROM listings WHERE seller_id = $1 AND source_category = ANY($2) ORDER BY sku", bindings: b).map { try $0.text("sku") }
    }

    func lastFlagID(seller: String) throws -> Int64 {
        try lockSeller(seller)
        return try rows("SELECT COALESCE(MAX(id), 0) AS id FROM flags WHERE seller_id = $1", [.text(seller)]).first?.integer("id") ?? 0
    }

    func flagSKUs(seller: String, ids: [Int64]) throws -> [String] {
        try lockSeller(seller)
        var b = PostgresBindings()
        b.append(seller)
        b.append(ids)
        return try rows("SELECT DISTINCT sku FROM flags WHERE seller_id = $1 AND id = ANY($2) ORDER BY sku", bindings: b).map { try $0.text("sku") }
    }

    func flags(seller: String) throws -> [FlagRecord] {
        try lockSeller(seller)
        return try rows("SELECT * FROM flags WHERE seller_id = $1 ORDER BY id", [.text(seller)]).map { try StoredRecords.flag($0) }
    }

    func saveConflicts(_ conflicts: [ConflictRecord]) throws {
        for c in conflicts {
            try lockSeller(c.sellerID)
            try gather("conflicts", columns: StoredRecords.conflictColumns, upsertKey: [], StoredRecords.conflictValues(c))
        }
    }

    func conflicts(seller: String) throws -> [ConflictRecord] {
        try lockSeller(seller)
        return try rows("SELECT * FROM conflicts WHERE seller_id = $1 ORDER BY id", [.text(seller)]).map { try StoredRecords.conflict($0) }
    }

    func setConflictState(seller: String, sku: String, eventID: String, field: String, state: ConflictState) throws {
        try lockSeller(seller)
        try run(
            "UPDATE conflicts SET state = $1 WHERE seller_id = $2 AND sku = $3 AND event_id = $4 AND field = $5 AND needs_human = 1",
            [.text(state.rawValue), .text(seller), .text(sku), .text(eventID), .text(field)])
    }

    func saveInstalls(_ installs: [InstallRecord]) throws {
        for i in installs {
            try lockSeller(i.sellerID)
            try gather("installs", columns: StoredRecords.installColumns, upsertKey: ["seller_id", "app_id"], StoredRecords.installValues(i))
        }
    }

    func installs(seller: String) throws -> [InstallRecord] {
        try lockSeller(seller)
        return try rows("SELECT * FROM installs WHERE seller_id = $1 ORDER BY app_id", [.text(seller)]).map { try StoredRecords.install($0) }
    }

    func saveOrders(_ orders: [OrderRecord]) throws {
        for o in orders {
            try lockSeller(o.sellerID)
            try gather("orders", columns: StoredRecords.orderColumns, upsertKey: ["seller_id", "order_id"], StoredRecords.orderValues(o))
        }
    }

    func orders(seller: String) throws -> [OrderRecord] {
        try lockSeller(seller)
        return try rows("SELECT * FROM orders WHERE seller_id = $1 ORDER BY placed_at DESC, order_id", [.text(seller)]).map {
            try StoredRecords.order($0)
        }
    }

    // MARK: Operators

    func putOperator(_ entry: RosterEntry) throws {
        try run(RosterEntry.upsertSQL, [.text(entry.operatorName), .text(entry.role.rawValue), .text(entry.grantedBy), .text(entry.grantedAt)])
    }

    // MARK: Imported catalogues

    func catalogueItems(seller: String, skus: [String]) throws -> [String: String] {
        try lockSeller(seller)
        var out = [String: String](minimumCapacity: skus.count)
        let wanted = Array(Set(skus)).sorted()
        var start = 0
        while start < wanted.count {
            let chunk = Array(wanted[start..<min(wanted.count, start + Self.pageSize)])
            var b = PostgresBindings()
            b.append(seller)
            b.append(chunk)
            for row in try rows("SELECT sku, item FROM catalog_items WHERE seller_id = $1 AND sku = ANY($2)", bindings: b) {
                out[try row.text("sku")] = try row.text("item")
            }
            start += Self.pageSize
        }
        return out
    }

    func forEachCatalogueItem(seller: String, _ body: (String, Int, String) throws -> Void) throws {
        try lockSeller(seller)
        var after = Int64.min
        while true {
            let page = try rows(
                """
                SELECT sku, position, document, item FROM catalog_items WHERE seller_id = $1 AND position > $2
                ORDER BY position LIMIT \(Self.pageSize)
                """, [.text(seller), .int(after)])
            for row in page {
                try body(try row.text("sku"), try row.int("document"), try row.text("item"))
                after = try row.integer("position")
            }
            if page.count < Self.pageSize { return }
        }
    }

    func catalogueWriter(seller: String) throws -> any CatalogueSink {
        try lockSeller(seller)
        try run("DELETE FROM catalog_items WHERE seller_id = $1", [.text(seller)])
        return PostgresCatalogueWriter(session: self, seller: seller)
    }
}

/// Gathers listings for the session's multi-row upserts.
struct PostgresListingSaver: ListingSink {
    let session: PostgresSession

    mutating func save(_ listing: ListingRecord) throws {
        try session.lockSeller(listing.sellerID)
        try session.gather(
            "listings", columns: StoredRecords.listingColumns, upsertKey: ["seller_id", "sku"], StoredRecords.listingValues(listing))
    }
}

/// Gathers a new catalogue's items; the first item of a SKU stays, as on SQLite.
final class PostgresCatalogueWriter: CatalogueSink {
    let session: PostgresSession
    let seller: String
    private var seen = Set<String>()

    init(session: PostgresSession, seller: String) {
        self.session = session
        self.seller = seller
    }

    func insert(sku: String, position: Int, document: Int, json: String) throws -> Bool {
        guard seen.insert(sku).inserted else { return false }
        try session.gather(
            "catalog_items", columns: ["seller_id", "sku", "position", "document", "item"], upsertKey: [],
            [.text(seller), .text(sku), .int(Int64(position)), .int(Int64(document)), .text(json)])
        return true
    }
}

/// Chains events onto a seller's ledger, gathered into multi-row inserts.
struct PostgresLedgerAppender: LedgerSink {
    private let session: PostgresSession
    private var chain: ChainCursor

    init(_ session: PostgresSession, seller: String) throws {
        self.session = session
        let (seq, head) = try session.ledgerHead(seller: seller)
        chain = ChainCursor(seller: seller, seq: seq, head: head)
    }

    var head: String { chain.head }

    mutating func append(at: Int64, type: String, actor: String, sku: String?, dataCanonical: String) throws {
        let link = chain.next(at: at, type: type, actor: actor, sku: sku, dataCanonical: dataCanonical)
        try session.gather(
            "ledger", columns: ["seller_id", "seq", "at", "type", "actor", "sku", "data", "prev_hash", "hash"], upsertKey: [],
            [.text(chain.seller), .int(link.seq), .int(at), .text(type), .text(actor), .text(sku), .text(dataCanonical), .text(link.prev), .text(link.hash)])
    }
}
