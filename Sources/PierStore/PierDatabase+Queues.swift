import GRDB
import PierCore

extension PierDatabase {
    /// Writes flags inside the caller's transaction, replacing any stored flag of the same id.
    static func saveFlags(_ db: Database, _ flags: [FlagRecord]) throws {
        let columns = StoredRecords.flagColumns
        let insert = try db.makeStatement(
            sql: "INSERT OR REPLACE INTO flags (\(columns.joined(separator: ", "))) VALUES (\(PierDatabase.marks(columns.count)))")
        for f in flags {
            insert.setUncheckedArguments(StatementArguments(StoredRecords.flagValues(f).map(\.sqlite)))
            try insert.execute()
        }
    }

    /// The SKUs the given flags were raised on (ids the seller has no flag for are skipped).
    static func flagSKUs(_ db: Database, seller: String, ids: [Int64]) throws -> [String] {
        let select = try db.cachedStatement(sql: "SELECT sku FROM flags WHERE seller_id = ? AND id = ?")
        var out = Set<String>()
        for id in ids {
            if let sku = try String.fetchOne(select, arguments: [seller, id]) { out.insert(sku) }
        }
        return out.sorted()
    }

    /// A seller's flags inside the caller's transaction, by id.
    static func flags(_ db: Database, seller: String) throws -> [FlagRecord] {
        try flags(db, seller: seller, state: nil)
    }

    /// A seller's flags (all sellers' when nil), optionally only in one state.
    public func flags(seller: String?, state: FlagState?) throws(StoreError) -> [FlagRecord] {
        try readDB { db in try PierDatabase.flags(db, seller: seller, state: state) }
    }

    static func flags(_ db: Database, seller: String?, state: FlagState?) throws -> [FlagRecord] {
        var sql = "SELECT * FROM flags WHERE 1"
        var args: [any DatabaseValueConvertible] = []
        if let seller { sql += " AND seller_id = ?"; args.append(seller) }
        if let state { sql += " AND state = ?"; args.append(state) }
        sql += " ORDER BY seller_id, id"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { try StoredRecords.flag($0) }
    }

    /// Writes conflict resolutions inside the caller's transaction.
    static func saveConflicts(_ db: Database, _ conflicts: [ConflictRecord]) throws {
        let columns = StoredRecords.conflictColumns
        let insert = try db.makeStatement(
            sql: "INSERT INTO conflicts (\(columns.joined(separator: ", "))) VALUES (\(PierDatabase.marks(columns.count)))")
        for c in conflicts {
            insert.setUncheckedArguments(StatementArguments(StoredRecords.conflictValues(c).map(\.sqlite)))
            try insert.execute()
        }
    }

    /// A seller's conflicts inside the caller's transaction, in resolution order.
    static func conflicts(_ db: Database, seller: String) throws -> [ConflictRecord] {
        try conflicts(db, seller: seller, queueOnly: false)
    }

    /// A seller's conflicts (all sellers' when nil); `queueOnly` keeps those needing a person.
    public func conflicts(seller: String?, queueOnly: Bool) throws(StoreError) -> [ConflictRecord] {
        try readDB { db in try PierDatabase.conflicts(db, seller: seller, queueOnly: queueOnly) }
    }

    static func conflicts(_ db: Database, seller: String?, queueOnly: Bool) throws -> [ConflictRecord] {
        var sql = "SELECT * FROM conflicts WHERE 1"
        var args: [any DatabaseValueConvertible] = []
        if let seller { sql += " AND seller_id = ?"; args.append(seller) }
        if queueOnly { sql += " AND needs_human = 1" }
        sql += " ORDER BY seller_id, id"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { try StoredRecords.conflict($0) }
    }

    /// Writes installs inside the caller's transaction.
    static func saveInstalls(_ db: Database, _ installs: [InstallRecord]) throws {
        let columns = StoredRecords.installColumns
        for i in installs {
            try db.execute(
                sql: "INSERT OR REPLACE INTO installs (\(columns.joined(separator: ", "))) VALUES (\(PierDatabase.marks(columns.count)))",
                arguments: StatementArguments(StoredRecords.installValues(i).map(\.sqlite)))
        }
    }

    /// A seller's app installs, by app id.
    public func installs(seller: String) throws(StoreError) -> [InstallRecord] {
        try readDB { db in try PierDatabase.installs(db, seller: seller) }
    }

    /// A seller's app installs inside the caller's transaction, by app id.
    static func installs(_ db: Database, seller: String) throws -> [InstallRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM installs WHERE seller_id = ? ORDER BY app_id", arguments: [seller]).map {
            try StoredRecords.install($0)
        }
    }
}

extension PierDatabase {
    /// A seller's open flags: how many, and when the oldest was raised (virtual time).
    public func openFlagSummary(seller: String) throws(StoreError) -> (count: Int, oldestRaisedAt: Int64?) {
        try readDB { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT count(*) AS n, min(raised_at) AS oldest FROM flags WHERE seller_id = ? AND state = ?",
                arguments: [seller, FlagState.open])
            return (row?["n"] ?? 0, row?["oldest"])
        }
    }

    /// How many of a seller's conflicts wait for a person.
    public func conflictQueueCount(seller: String) throws(StoreError) -> Int {
        try readDB { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM conflicts WHERE seller_id = ? AND needs_human = 1 AND state = ?", arguments: [seller, ConflictState.open]) ?? 0
        }
    }

    /// The virtual time of a seller's last event (0 when it has none).
    public func lastEventAt(seller: String) throws(StoreError) -> Int64 {
        try readDB { db in try PierDatabase.lastEventAt(db, seller: seller) }
    }
}

extension PierDatabase {
    /// Flags of every seller whose SKU, rule or matched words contain `text` (any case), by
    /// seller and id, at most `limit`.
    public func searchFlags(_ text: String, limit: Int) throws(StoreError) -> [FlagRecord] {
        try readDB { db in
            let like = "%" + PierDatabase.likeEscaped(text) + "%"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM flags WHERE sku LIKE ? ESCAPE '\\' OR rule_id LIKE ? ESCAPE '\\' OR matched LIKE ? ESCAPE '\\'
                    ORDER BY seller_id, id LIMIT ?
                    """, arguments: [like, like, like, limit]
            ).map { try StoredRecords.flag($0) }
        }
    }
}

extension SQLiteSession {
    /// Sets the state of one queued conflict (a person decided it), found by its SKU, change
    /// event and field.
    public func setConflictState(seller: String, sku: String, eventID: String, field: String, state: ConflictState) throws {
        try db.execute(
            sql: "UPDATE conflicts SET state = ? WHERE seller_id = ? AND sku = ? AND event_id = ? AND field = ? AND needs_human = 1",
            arguments: [state, seller, sku, eventID, field])
    }
}
