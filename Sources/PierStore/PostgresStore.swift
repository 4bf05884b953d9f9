import Foundation
import PierCore

/// Pier's store on a PostgreSQL server, for a team: the same tables, the same canonical ledger
/// bytes and hash chain as the SQLite store, with the ledger's append-only rule enforced by the
/// server's triggers and each seller's appends serialised across connections by an advisory
/// lock taken before anything of that seller is read in a write transaction.
public final class PostgresStore: Store, @unchecked Sendable {
    /// Where the server is.
    public let address: PostgresAddress
    private let lock = NSLock()
    private var idle = [PostgresLink]()
    /// The migrations opening the store applied.
    public let migratedOnOpen: [String]
    /// At most this many idle connections are kept for the next transaction.
    private let keepIdle = 4

    /// The URL, without its password.
    public var location: String { address.description }

    /// Connects, migrates the schema when it is behind, and refuses a newer one.
    public init(address: PostgresAddress) throws(StoreError) {
        self.address = address
        let link = try PostgresLink.connect(address)
        do {
            migratedOnOpen = try PostgresStore.migrate(link)
        } catch {
            link.close()
            throw StoreError.unreadable(path: address.description, reason: PostgresLink.describe(error))
        }
        idle.append(link)
    }

    /// Opens the store at a URL.
    public convenience init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        try self.init(address: try PostgresAddress(url: url, environment: environment))
    }

    deinit {
        for link in idle { link.close() }
    }

    /// The migrations applied to the database, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        let applied = Set(try withLink { link in try link.rows("SELECT id FROM pier_migrations").map { try $0.text("id") } })
        return PostgresStore.migrations.map(\.id).filter { applied.contains($0) }
    }

    /// Runs `body` on a connection of the pool (a new one when none is idle); a connection the
    /// server dropped is not put back, so the next call connects again.
    func withLink<T>(_ body: (PostgresLink) throws -> T) throws(StoreError) -> T {
        lock.lock()
        var pooled = idle.popLast()
        while pooled?.isClosed == true { pooled = idle.popLast() }
        lock.unlock()
        let link: PostgresLink
        if let pooled { link = pooled } else { link = try PostgresLink.connect(address) }
        do {
            let value = try body(link)
            release(link)
            return value
        } catch let e as StoreError {
            release(link)
            throw e
        } catch {
            release(link)
            throw StoreError.failed(PostgresLink.describe(error))
        }
    }

    private func release(_ link: PostgresLink) {
        guard !link.isClosed else { return }
        lock.lock()
        if idle.count < keepIdle {
            idle.append(link)
            lock.unlock()
        } else {
            lock.unlock()
            link.close()
        }
    }

    /// One transaction: read committed for writes (each seller locked before it is read),
    /// a repeatable-read snapshot for reads. Writes notify listening consoles on commit.
    func inTransaction<T>(write: Bool, _ body: (PostgresSession) throws -> (value: T, commit: Bool)) throws(StoreError) -> T {
        try withLink { link in
            try link.run(write ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            let session = PostgresSession(link, writable: write)
            do {
                let (value, commit) = try body(session)
                if commit {
                    try session.flush()
                    if write { try link.run("SELECT pg_notify('\(PostgresStore.channel)', '')") }
                    try link.run("COMMIT")
                } else {
                    try link.run("ROLLBACK")
                }
                return value
            } catch {
                if !link.isClosed { _ = try? link.run("ROLLBACK") }
                throw error
            }
        }
    }

    /// The channel every write transaction notifies on commit.
    static let channel = "pier_changes"

    public func write<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> T) throws(StoreError) -> T {
        try inTransaction(write: true) { session in (try body(session), true) }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> (value: T, commit: Bool)) throws(StoreError) -> T {
        try inTransaction(write: true) { session in try body(session) }
    }

    public func read<T: Sendable>(_ body: @Sendable (any StoreSession) throws -> T) throws(StoreError) -> T {
        try inTransaction(write: false) { session in (try body(session), true) }
    }

    /// Runs `body` on a read snapshot with this module's session.
    func snapshot<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        try inTransaction(write: false) { session in (try body(session), true) }
    }

    /// A watch fed by `LISTEN`: a connection of its own that hears every commit.
    public func changeWatch() throws(StoreError) -> any StoreChangeWatch { try PostgresChangeWatch(address: address) }
}

extension PostgresStore {
    /// Creates an empty database on the server `server` names (connecting to its own database).
    public static func createDatabase(_ name: String, server: PostgresAddress) throws(StoreError) {
        try admin(server) { link in try link.run("CREATE DATABASE \(quoted(name))") }
    }

    /// Drops a database, ending any session still on it.
    public static func dropDatabase(_ name: String, server: PostgresAddress) throws(StoreError) {
        try admin(server) { link in try link.run("DROP DATABASE IF EXISTS \(quoted(name)) WITH (FORCE)") }
    }

    private static func admin(_ server: PostgresAddress, _ body: (PostgresLink) throws -> Void) throws(StoreError) {
        let link = try PostgresLink.connect(server)
        defer { link.close() }
        do { try body(link) } catch { throw StoreError.failed(PostgresLink.describe(error)) }
    }

    /// An identifier in double quotes, its own quotes doubled.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
