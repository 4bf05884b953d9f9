import Foundation
import GRDB
import PierCore

/// Pier's SQLite store: one file in WAL mode, versioned migrations, safe to open from two
/// processes at once (readers never block the writer; writers wait up to the busy timeout).
public final class PierDatabase: Store {
    /// The underlying GRDB pool.
    let pool: DatabasePool
    /// Where the file is.
    public let path: String
    /// The migrations opening the file applied.
    public let migratedOnOpen: [String]

    /// The file's path.
    public var location: String { path }

    /// A watch on the file's `PRAGMA data_version`.
    public func changeWatch() throws(StoreError) -> any StoreChangeWatch { try StoreWatch(path: path) }

    /// Opens (creating if needed) the database at `path` and runs pending migrations.
    public init(path: String) throws(StoreError) {
        self.path = path
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw StoreError.unreadable(path: path, reason: "cannot create folder \(dir): \(error.localizedDescription)")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if try pool.read({ db in try PierDatabase.migrator.hasBeenSuperseded(db) }) {
                throw StoreError.unreadable(
                    path: path, reason: "its schema has migrations this version of Pier does not know: it was written by a newer Pier; upgrade pier")
            }
            let before = try pool.read { db in try PierDatabase.migrator.appliedIdentifiers(db) }
            try PierDatabase.migrator.migrate(pool)
            migratedOnOpen = PierDatabase.migrator.migrations.filter { !before.contains($0) }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.unreadable(path: path, reason: PierDatabase.describe(error))
        }
    }

    /// The schema migrations applied to the file, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        let applied = try readDB { db in try PierDatabase.migrator.appliedIdentifiers(db) }
        return PierDatabase.migrator.migrations.filter { applied.contains($0) }
    }

    /// Whether a database file exists at `path`.
    public static func exists(at path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The default location: `$PIER_DB`, else `$XDG_DATA_HOME/pier/pier.sqlite`, else
    /// `~/.local/share/pier/pier.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["PIER_DB"], !explicit.isEmpty { return explicit }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = HomeFolder.path(environment: environment) + "/.local/share"
        }
        return base + "/pier/pier.sqlite"
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError {
            return e.message ?? "\(e.resultCode)"
        }
        return "\(error)"
    }

    /// Runs `body` in one write transaction; any error rolls everything back.
    public func write<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> T) throws(StoreError) -> T {
        try writeDB { db in try body(SQLiteSession(db)) }
    }

    /// Runs `body` in one write transaction that it commits or rolls back by its answer, and
    /// returns its value either way (a refusal found halfway leaves nothing written).
    public func transaction<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> (value: T, commit: Bool)) throws(StoreError) -> T {
        try transactionDB { db in try body(SQLiteSession(db)) }
    }

    /// Runs `body` on a read snapshot.
    public func read<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> T) throws(StoreError) -> T {
        try readDB { db in try body(SQLiteSession(db)) }
    }

    /// `write`, with GRDB's connection: for this module's own SQL.
    func writeDB<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.failed(PierDatabase.describe(error))
        }
    }

    /// `transaction`, with GRDB's connection.
    func transactionDB<T: Sendable>(_ body: @Sendable (Database) throws -> (value: T, commit: Bool)) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction {
                    let (v, commit) = try body(db)
                    value = v
                    return commit ? .commit : .rollback
                }
                guard let value else { throw StoreError.failed("transaction produced no value") }
                return value
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.failed(PierDatabase.describe(error))
        }
    }

    /// `read`, with GRDB's connection.
    func readDB<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.failed(PierDatabase.describe(error))
        }
    }
}

/// A store failure with a one-line reason.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case failed(String)
    case notFound(String)
    case conflict(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot open database \(path): \(reason)"
        case .failed(let reason): "database error: \(reason)"
        case .notFound(let what): what
        case .conflict(let what): what
        }
    }
}
