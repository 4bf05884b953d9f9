import Foundation
import PierStore

/// The two stores every store test runs against.
public enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }
}

/// A fresh, empty store of either kind, removed by `remove()`: a SQLite file in a new folder,
/// or a new database on the PostgreSQL server `PIER_TEST_POSTGRES` names (`.ci/run` starts one).
public final class TestStore: @unchecked Sendable {
    public let kind: StoreKind
    /// Where the store is: a file path or a URL, as `--db` takes it.
    public let location: String
    public let store: any Store
    private let cleanup: @Sendable () -> Void

    private init(kind: StoreKind, location: String, store: any Store, cleanup: @escaping @Sendable () -> Void) {
        self.kind = kind
        self.location = location
        self.store = store
        self.cleanup = cleanup
    }

    /// The reason PostgreSQL tests cannot run, when `PIER_TEST_POSTGRES` is not set.
    public struct NoServer: Error, CustomStringConvertible {
        public var description: String {
            "PIER_TEST_POSTGRES is not set: run the tests through .ci/run (it starts a private PostgreSQL server), "
                + "or set it to a server's URL (postgres://user@host:port/postgres), or to 'skip'"
        }
    }

    /// The server URL the PostgreSQL tests use; nil when they are skipped on purpose.
    public static func serverURL() throws -> String? {
        let value = ProcessInfo.processInfo.environment["PIER_TEST_POSTGRES"] ?? ""
        if value == "skip" { return nil }
        guard !value.isEmpty else { throw NoServer() }
        return value
    }

    /// A new empty store; nil for PostgreSQL when `PIER_TEST_POSTGRES=skip`.
    public static func make(_ kind: StoreKind) throws -> TestStore? {
        switch kind {
        case .sqlite:
            let tmp = TempDatabase()
            return TestStore(kind: kind, location: tmp.path, store: try tmp.open(), cleanup: { tmp.remove() })
        case .postgres:
            guard let url = try serverURL() else { return nil }
            let server = try PostgresAddress(url: url)
            let name = "pier_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try PostgresStore.createDatabase(name, server: server)
            let address = server.database(name)
            let location = address.url
            return TestStore(
                kind: kind, location: location, store: try PostgresStore(address: address),
                cleanup: { try? PostgresStore.dropDatabase(name, server: server) })
        }
    }

    /// Another handle on the same store, as a second process would open it.
    public func reopen() throws -> any Store { try StoreLocation.open(location) }

    public func remove() { cleanup() }
}
