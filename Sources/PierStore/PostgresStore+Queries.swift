import PierCore

extension PostgresStore {
    // MARK: Sellers

    public func sellers() throws(StoreError) -> [SellerRecord] {
        try snapshot { s in try s.rows("SELECT * FROM sellers ORDER BY id").map { try StoredRecords.seller($0) } }
    }

    public func seller(_ id: String) throws(StoreError) -> SellerRecord? {
        try snapshot { s in try s.seller(id) }
    }

    // MARK: Ledger

    public func events(seller: String) throws(StoreError) -> [LedgerEvent] {
        try snapshot { s in
            var out = [LedgerEvent]()
            try s.forEachEvent(seller: seller) {
                out.append($0)
                return true
            }
            return out
        }
    }

    public func events(seller: String, sku: String) throws(StoreError) -> [LedgerEvent] {
        try snapshot { s in
            var out = [LedgerEvent]()
            try s.forEachEvent(seller: seller, skus: [sku]) { out.append($0) }
            return out
        }
    }

    public func ledgerSellers() throws(StoreError) -> [String] {
        try snapshot { s in try s.rows("SELECT DISTINCT seller_id FROM ledger ORDER BY seller_id").map { try $0.text("seller_id") } }
    }

    public func verifyLedger(seller: String, expectedHead: String?) throws(StoreError) -> LedgerReport {
        try snapshot { s in
            try StoredChain.verify(seller: seller, expectedHead: expectedHead) { visit in try Self.forEachStoredEvent(s, seller: seller, visit) }
        }
    }

    public func writeChainedBytes(seller: String, to path: String) throws(StoreError) -> Int {
        try snapshot { s in
            try StoredChain.writeBytes(seller: seller, to: path) { visit in try Self.forEachStoredEvent(s, seller: seller, visit) }
        }
    }

    /// Visits a seller's rows as stored, a page at a time, without decoding the data.
    static func forEachStoredEvent(_ s: PostgresSession, seller: String, _ visit: StoredChain.Visit) throws {
        try s.forEachLedgerRow(seller: seller, fromSeq: 1) { row in
            try visit(
                try row.integer("seq"), try row.integer("at"), try row.text("type"), try row.text("actor"), try row.optionalText("sku"),
                try row.text("data"), try row.text("prev_hash"), try row.text("hash"))
        }
    }

    public func ledgerTypes(seller: String) throws(StoreError) -> [String] {
        try snapshot { s in
            try s.rows("SELECT DISTINCT type FROM ledger WHERE seller_id = $1 ORDER BY type", [.text(seller)]).map { try $0.text("type") }
        }
    }

    public func ledgerCount(seller: String, filter: LedgerFilter) throws(StoreError) -> Int {
        try snapshot { s in
            if filter.isEmpty { return Int(try s.ledgerHead(seller: seller).seq) }
            let (sql, values) = filter.whereClause(seller: seller, like: "ILIKE") { "$\($0)" }
            return Int(try s.rows("SELECT count(*) AS n FROM ledger WHERE \(sql)", values).first?.integer("n") ?? 0)
        }
    }

    public func ledgerPage(
        seller: String, filter: LedgerFilter, start: LedgerPageStart, descending: Bool, limit: Int
    ) throws(StoreError) -> [LedgerEvent] {
        guard limit > 0 else { return [] }
        return try snapshot { s in
            var (sql, values) = filter.whereClause(seller: seller, like: "ILIKE") { "$\($0)" }
            switch start {
            case .first: break
            case .from(let seq):
                values.append(.int(seq))
                sql += descending ? " AND seq <= $\(values.count)" : " AND seq >= $\(values.count)"
            case .after(let seq):
                values.append(.int(seq))
                sql += descending ? " AND seq < $\(values.count)" : " AND seq > $\(values.count)"
            }
            values.append(.int(Int64(limit)))
            return try s.rows(
                "SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE \(sql) ORDER BY seq \(descending ? "DESC" : "ASC") LIMIT $\(values.count)",
                values
            ).map { try StoredRecords.ledgerEvent($0, seller: seller) }
        }
    }

    public func ledgerPage(seller: String, filter: LedgerFilter, position: Int, descending: Bool, limit: Int) throws(StoreError) -> [LedgerEvent] {
        guard limit > 0 else { return [] }
        return try snapshot { s in
            var (sql, values) = filter.whereClause(seller: seller, like: "ILIKE") { "$\($0)" }
            values += [.int(Int64(limit)), .int(Int64(max(0, position)))]
            sql =
                "SELECT \(PierDatabase.ledgerColumns) FROM ledger WHERE \(sql) ORDER BY seq \(descending ? "DESC" : "ASC") "
                + "LIMIT $\(values.count - 1) OFFSET $\(values.count)"
            return try s.rows(sql, values).map { try StoredRecords.ledgerEvent($0, seller: seller) }
        }
    }

    public func lastEventAt(seller: String) throws(StoreError) -> Int64 {
        try snapshot { s in try s.lastEventAt(seller: seller) }
    }

    // MARK: Derived tables

    public func listings(seller: String) throws(StoreError) -> [ListingRecord] {
        try snapshot { s in try s.listings(seller: seller) }
    }

    public func waitingListings(seller: String) throws(StoreError) -> [ListingRecord] {
        try snapshot { s in try s.rows(ListingCounts.waitingSQL, [.text(seller)]).map { try StoredRecords.listing($0) } }
    }

    public func listingCounts(seller: String) throws(StoreError) -> ListingCounts {
        try snapshot { s in
            var counts = ListingCounts()
            for row in try s.rows(ListingCounts.sql, [.text(seller)]) {
                counts.add(
                    category: try row.text("source_category"), total: Int(try row.integer("n")), live: Int(try row.integer("live")),
                    notEligible: Int(try row.integer("not_eligible")))
            }
            return counts
        }
    }

    public func listing(seller: String, sku: String) throws(StoreError) -> ListingRecord? {
        try snapshot { s in
            try s.rows("SELECT * FROM listings WHERE seller_id = $1 AND sku = $2", [.text(seller), .text(sku)]).first.map {
                try StoredRecords.listing($0)
            }
        }
    }

    public func flags(seller: String?, state: FlagState?) throws(StoreError) -> [FlagRecord] {
        try snapshot { s in
            var sql = "SELECT * FROM flags WHERE true"
            var values = [StoredValue]()
            if let seller {
                values.append(.text(seller))
                sql += " AND seller_id = $\(values.count)"
            }
            if let state {
                values.append(.text(state.rawValue))
                sql += " AND state = $\(values.count)"
            }
            return try s.rows(sql + " ORDER BY seller_id, id", values).map { try StoredRecords.flag($0) }
        }
    }

    public func searchFlags(_ text: String, limit: Int) throws(StoreError) -> [FlagRecord] {
        try snapshot { s in
            let like = "%" + PierDatabase.likeEscaped(text) + "%"
            return try s.rows(
                """
                SELECT * FROM flags WHERE sku ILIKE $1 ESCAPE '\\' OR rule_id ILIKE $1 ESCAPE '\\' OR matched ILIKE $1 ESCAPE '\\'
                ORDER BY seller_id, id LIMIT $2
                """, [.text(like), .int(Int64(limit))]
            ).map { try StoredRecords.flag($0) }
        }
    }

    public func openFlagSummary(seller: String) throws(StoreError) -> (count: Int, oldestRaisedAt: Int64?) {
        try snapshot { s in
            let row = try s.rows(
                "SELECT count(*) AS n, min(raised_at) AS oldest FROM flags WHERE seller_id = $1 AND state = $2",
                [.text(seller), .text(FlagState.open.rawValue)]
            ).first
            return (Int(try row?.integer("n") ?? 0), try row?.optionalInteger("oldest"))
        }
    }

    public func conflicts(seller: String?, queueOnly: Bool) throws(StoreError) -> [ConflictRecord] {
        try snapshot { s in
            var sql = "SELECT * FROM conflicts WHERE true"
            var values = [StoredValue]()
            if let seller {
                values.append(.text(seller))
                sql += " AND seller_id = $1"
            }
            if queueOnly { sql += " AND needs_human = 1" }
            return try s.rows(sql + " ORDER BY seller_id, id", values).map { try StoredRecords.conflict($0) }
        }
    }

    public func conflictQueueCount(seller: String) throws(StoreError) -> Int {
        try snapshot { s in
            Int(
                try s.rows(
                    "SELECT count(*) AS n FROM conflicts WHERE seller_id = $1 AND needs_human = 1 AND state = $2",
                    [.text(seller), .text(ConflictState.open.rawValue)]
                ).first?.integer("n") ?? 0)
        }
    }

    public func installs(seller: String) throws(StoreError) -> [InstallRecord] {
        try snapshot { s in try s.installs(seller: seller) }
    }

    public func orders(seller: String) throws(StoreError) -> [OrderRecord] {
        try snapshot { s in try s.orders(seller: seller) }
    }

    // MARK: Operators

    public func roster() throws(StoreError) -> [RosterEntry] {
        try snapshot { s in try Self.roster(s) }
    }

    static func roster(_ s: PostgresSession) throws -> [RosterEntry] {
        try s.rows("SELECT * FROM operator_roles ORDER BY operator").compactMap { try StoredRecords.rosterEntry($0) }
    }

    public func grant(_ entry: RosterEntry, allowed: @escaping @Sendable ([RosterEntry]) -> String?) throws(StoreError) -> String? {
        try inTransaction(write: true) { s in
            try s.lockSeller(Self.rosterLock)
            if let why = allowed(try Self.roster(s)) { return (why, false) }
            try s.putOperator(entry)
            return (nil, true)
        }
    }

    public func revoke(_ name: String, allowed: @escaping @Sendable ([RosterEntry]) -> String?) throws(StoreError) -> String? {
        try inTransaction(write: true) { s in
            try s.lockSeller(Self.rosterLock)
            if let why = allowed(try Self.roster(s)) { return (why, false) }
            try s.run("DELETE FROM operator_roles WHERE operator = $1", [.text(name)])
            return (nil, true)
        }
    }

    /// The lock every roster change takes (a name no seller id can have: ids are slugs).
    static let rosterLock = " roster"
}
