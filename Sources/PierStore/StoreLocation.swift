import Foundation

/// What `--db` / `PIER_DB` names: a `postgres://` URL is a team's PostgreSQL store, anything
/// else is a SQLite file.
public enum StoreLocation {
    /// True when `location` names a PostgreSQL server.
    public static func isServer(_ location: String) -> Bool { PostgresAddress.isURL(location) }

    /// Opens (creating or migrating as needed) the store `location` names.
    public static func open(_ location: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) -> any Store {
        if isServer(location) { return try PostgresStore(url: location, environment: environment) }
        return try PierDatabase(path: location)
    }

    /// Whether there is a store to read at `location`: a SQLite file that exists, or any server
    /// URL (the server itself says whether it can be reached when the store is opened).
    public static func exists(_ location: String) -> Bool {
        isServer(location) || PierDatabase.exists(at: location)
    }

    /// `location` as it may be printed: a URL without its password.
    public static func display(_ location: String) -> String {
        isServer(location) ? PostgresAddress.masked(location) : location
    }
}
