import Foundation
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously from the engine's own threads
/// (never from an event loop): every statement is sent with its values bound, never spliced
/// into the SQL.
final class PostgresLink: @unchecked Sendable {
    let connection: PostgresConnection
    let address: PostgresAddress

    /// One event-loop thread serves every connection of the process.
    static let loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// postgres-nio logs through swift-log; the console owns the terminal, so only a
    /// critical failure could ever print.
    static let logger: Logger = {
        var l = Logger(label: "pier.postgres")
        l.logLevel = .critical
        return l
    }()

    private init(connection: PostgresConnection, address: PostgresAddress) {
        self.connection = connection
        self.address = address
    }

    /// Connects, or fails with the server's own words (refused, no such database, password).
    static func connect(_ address: PostgresAddress) throws(StoreError) -> PostgresLink {
        let config: PostgresConnection.Configuration
        if let socket = address.socketPath {
            config = .init(unixSocketPath: socket, username: address.user, password: address.password, database: address.database)
        } else {
            config = .init(
                host: address.host, port: address.port, username: address.user, password: address.password, database: address.database,
                tls: .disable)
        }
        do {
            let connection = try PostgresConnection.connect(on: loops.next(), configuration: config, id: 1, logger: logger).wait()
            return PostgresLink(connection: connection, address: address)
        } catch {
            throw StoreError.unreadable(path: address.description, reason: describe(error))
        }
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    func rows(_ sql: String, _ values: [StoredValue] = []) throws -> [PostgresRandomAccessRow] {
        try rows(sql, bindings: StoredValue.bindings(values))
    }

    /// Runs one statement with values bound as postgres-nio binds them (arrays among them).
    func rows(_ sql: String, bindings: PostgresBindings) throws -> [PostgresRandomAccessRow] {
        try answer(connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: Self.logger)).rows.map { $0.makeRandomAccess() }
    }

    /// Runs one statement; returns how many rows it wrote.
    @discardableResult
    func run(_ sql: String, _ values: [StoredValue] = []) throws -> Int {
        try answer(connection.query(PostgresQuery(unsafeSQL: sql, binds: StoredValue.bindings(values)), logger: Self.logger)).metadata.rows ?? 0
    }

    /// The longest a statement may take before the connection is given up (a lock held by a
    /// long onboarding of the same seller is waited for; a connection the server dropped
    /// without a word is not waited on forever).
    static let statementTimeout = TimeAmount.seconds(300)

    /// Waits for a statement's answer; a connection already closed, or silent past the timeout,
    /// is closed and reported as lost.
    private func answer<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        guard !connection.isClosed else { throw StoreError.failed(Self.lost) }
        let promise = future.eventLoop.makePromise(of: T.self)
        let timeout = future.eventLoop.scheduleTask(in: Self.statementTimeout) {
            promise.fail(StoreError.failed("the server did not answer in \(Self.statementTimeout.nanoseconds / 1_000_000_000) s; \(Self.lost)"))
        }
        future.whenComplete { result in
            timeout.cancel()
            promise.completeWith(result)
        }
        do {
            return try promise.futureResult.wait()
        } catch {
            if connection.isClosed || (error as? StoreError) != nil {
                let closing: EventLoopFuture<Void> = connection.close()
                _ = closing
            }
            throw error
        }
    }

    static let lost = "the connection to the server was lost (the server stopped or restarted); try again"

    /// Closes the connection (errors on the way out are of no use to anyone).
    func close() {
        _ = try? connection.close().wait()
    }

    var isClosed: Bool { connection.isClosed }

    /// A failure as one line: the server's message and detail when it sent one, else what broke.
    static func describe(_ error: any Error) -> String {
        if let e = error as? StoreError { return e.description }
        guard let e = error as? PSQLError else { return "\(error)" }
        if let info = e.serverInfo, let message = info[.message] {
            let detail = info[.detail].map { " (\($0))" } ?? ""
            return message + detail
        }
        let underlying = e.underlying.map { "\($0)" } ?? ""
        if e.code == .connectionError {
            if underlying.contains("refused") { return "the server refused the connection: is PostgreSQL running and listening there?" }
            if underlying.lowercased().contains("timed out") || underlying.contains("timeout") { return "the server did not answer in time" }
            if underlying.contains("No such file") { return "no server socket there: is PostgreSQL running, and is the socket folder right?" }
            return "cannot connect to the server (\(underlying))"
        }
        if e.code == .serverClosedConnection || e.code == .clientClosedConnection {
            return lost
        }
        if !underlying.isEmpty { return "\(e.code): \(underlying)" }
        return "\(e.code)"
    }

    /// The SQLSTATE a server error carries, if any.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}

extension StoredValue {
    /// The values as postgres-nio binds them.
    static func bindings(_ values: [StoredValue]) -> PostgresBindings {
        var b = PostgresBindings(capacity: values.count)
        for v in values {
            switch v {
            case .text(let s): b.append(s)
            case .int(let n): b.append(n)
            }
        }
        return b
    }
}
