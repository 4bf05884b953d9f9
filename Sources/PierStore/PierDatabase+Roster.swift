import GRDB
import PierCore

/// One operator on the store's roster: their role, who granted it and when (wall clock).
public struct RosterEntry: Sendable, Equatable {
    public let operatorName: String
    public let role: OperatorRole
    public let grantedBy: String
    public let grantedAt: String

    public init(operatorName: String, role: OperatorRole, grantedBy: String, grantedAt: String) {
        self.operatorName = operatorName
        self.role = role
        self.grantedBy = grantedBy
        self.grantedAt = grantedAt
    }
}

extension PierDatabase {
    /// The roster, by operator name; empty when the store has none (every operator acts as the role they start in).
    public func roster() throws(StoreError) -> [RosterEntry] {
        try readDB { db in try PierDatabase.roster(db) }
    }

    /// Grants an operator a role, replacing any role they had, in one transaction that first
    /// checks `allowed` against the roster as it is (who may grant, the last ops kept).
    public func grant(
        _ entry: RosterEntry, allowed: @escaping @Sendable ([RosterEntry]) -> String?
    ) throws(StoreError) -> String? {
        try writeDB { db in
            if let why = allowed(try PierDatabase.roster(db)) { return why }
            try SQLiteSession(db).putOperator(entry)
            return nil
        }
    }

    /// Takes an operator off the roster after `allowed` accepts the roster as it is.
    public func revoke(_ name: String, allowed: @escaping @Sendable ([RosterEntry]) -> String?) throws(StoreError) -> String? {
        try writeDB { db in
            if let why = allowed(try PierDatabase.roster(db)) { return why }
            try db.execute(sql: "DELETE FROM operator_roles WHERE operator = ?", arguments: [name])
            return nil
        }
    }

    /// The roster inside the caller's transaction, by operator name.
    static func roster(_ db: Database) throws -> [RosterEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM operator_roles ORDER BY operator").compactMap { try StoredRecords.rosterEntry($0) }
    }
}

extension SQLiteSession {
    /// Puts an operator on the roster with a role, replacing any role they had.
    func putOperator(_ entry: RosterEntry) throws {
        try db.execute(
            sql: PierDatabase.numbered(RosterEntry.upsertSQL), arguments: [entry.operatorName, entry.role.rawValue, entry.grantedBy, entry.grantedAt])
    }
}

extension RosterEntry {
    /// Inserts or replaces a roster row; parameters operator, role, granted by, granted at
    /// (PostgreSQL's `$n`; SQLite takes it through `PierDatabase.numbered`).
    static let upsertSQL = """
        INSERT INTO operator_roles (operator, role, granted_by, granted_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (operator) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at
        """
}
