import Foundation

/// Where a PostgreSQL store is: a `postgres://user:password@host:port/database` URL (or
/// `postgresql://`), completed from the usual `PG*` variables where the URL is silent.
/// `?host=/run/postgresql` names a Unix-socket folder, as libpq reads it.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// A Unix-socket folder; when set, `host` is not used.
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String

    /// True when `text` names a PostgreSQL store rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; anything missing comes from PGHOST, PGPORT, PGUSER, PGPASSWORD and
    /// PGDATABASE, then from libpq's defaults (localhost, 5432, the login name).
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        func bad(_ why: String) -> StoreError {
            .unreadable(path: PostgresAddress.masked(text), reason: "\(why) (expected postgres://user[:password]@host[:port]/database)")
        }
        guard Self.isURL(text), let parts = URLComponents(string: text) else { throw bad("not a PostgreSQL URL") }
        let env = environment.filter { !$0.value.isEmpty }
        if let port = parts.port, !(1...65_535).contains(port) { throw bad("port \(port) is out of range") }
        if let rawPort = env["PGPORT"], parts.port == nil, Int(rawPort) == nil { throw bad("PGPORT=\(rawPort) is not a port number") }
        let query = Dictionary((parts.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        for key in query.keys where !["host", "port", "user", "password", "dbname", "sslmode", "application_name"].contains(key) {
            throw bad("unknown parameter \(key)")
        }
        if let mode = query["sslmode"], !["disable", "allow", "prefer"].contains(mode) {
            throw bad("sslmode=\(mode) is not supported (Pier connects without TLS: use a local server or a tunnel)")
        }
        let hostText =
            query["host"] ?? (parts.percentEncodedHost.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }) ?? env["PGHOST"] ?? "localhost"
        if hostText.hasPrefix("/") {
            socketFolder = hostText
            host = "localhost"
        } else {
            host = hostText
        }
        if let p = query["port"] {
            guard let n = Int(p), (1...65_535).contains(n) else { throw bad("port \(p) is not a port number") }
            port = n
        } else {
            port = parts.port ?? env["PGPORT"].flatMap(Int.init) ?? 5432
        }
        user = query["user"] ?? parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? env["PGUSER"] ?? NSUserName()
        password = query["password"] ?? parts.password ?? env["PGPASSWORD"]
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        guard !path.contains("/") else { throw bad("the database name \(path) has a slash") }
        database = query["dbname"] ?? (path.isEmpty ? nil : path) ?? env["PGDATABASE"] ?? user
        guard !user.isEmpty else { throw bad("no user") }
    }

    /// The socket file for `socketFolder` and `port`, as the server names it.
    public var socketPath: String? { socketFolder.map { "\($0)/.s.PGSQL.\(port)" } }

    /// The URL, password included: what another process needs to open the same store.
    public var url: String {
        var parts = URLComponents()
        parts.scheme = "postgres"
        parts.user = user
        parts.password = password
        parts.host = socketFolder == nil ? host : ""
        parts.port = socketFolder == nil ? port : nil
        parts.path = "/" + database
        if let socketFolder { parts.queryItems = [URLQueryItem(name: "host", value: socketFolder), URLQueryItem(name: "port", value: "\(port)")] }
        return parts.string ?? description
    }

    /// The URL without its password, for messages.
    public var description: String {
        let at = socketFolder.map { "?host=\($0)" } ?? ""
        let server = socketFolder == nil ? "\(host):\(port)" : ""
        return "postgres://\(user)@\(server)/\(database)\(at)"
    }

    /// The address of another database on the same server.
    public func database(_ name: String) -> PostgresAddress {
        var copy = self
        copy.database = name
        return copy
    }

    /// `text` with any password in it replaced by `***`.
    static func masked(_ text: String) -> String {
        guard var parts = URLComponents(string: text), parts.password != nil else { return text }
        parts.password = "***"
        return parts.string ?? text
    }
}
