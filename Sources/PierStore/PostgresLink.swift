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
        let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: Self.logger).wait()
        return result.rows.map { $0.makeRandomAccess() }
    }

    /// Runs one statement; returns how many rows it wrote.
    @discardableResult
    func run(_ sql: String, _ values: [StoredValue] = []) throws -> Int {
        let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: StoredValue.bindings(values)), logger: Self.logger).wait()
        return result.metadata.rows ?? 0
    }

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
        if let underlying = e.underlying { return "\(e.code): \(underlying)" }
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
