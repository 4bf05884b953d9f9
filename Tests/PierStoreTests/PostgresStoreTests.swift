import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierStore

@Suite("PostgreSQL store: the server enforces the ledger, bad addresses are named")
struct PostgresStoreTests {
    @Test func theServerRefusesToChangeTheLedger() throws {
        guard let t = try TestStore.make(.postgres), let db = t.store as? PostgresStore else { return }
        defer { t.remove() }
        _ = try db.appendLedger(seller: "s", drafts: StoreContractTests.drafts(3))
        for sql in ["UPDATE ledger SET data = '{}' WHERE seq = 1", "DELETE FROM ledger WHERE seq = 2", "TRUNCATE ledger"] {
            let error = #expect(throws: StoreError.self) { try db.withLink { link in try link.run(sql) } }
            #expect("\(error.map { "\($0)" } ?? "")".contains("append-only"))
        }
        #expect(try db.verifyLedger(seller: "s").events == 3)
    }

    @Test func aSchemaFromANewerPierIsRefused() throws {
        guard let t = try TestStore.make(.postgres), let db = t.store as? PostgresStore else { return }
        defer { t.remove() }
        #expect(try db.appliedMigrations() == PostgresStore.migrations.map(\.id))
        _ = try db.withLink { link in try link.run("INSERT INTO pier_migrations (id) VALUES ('v99-from-the-future')") }
        let error = #expect(throws: StoreError.self) { try t.reopen() }
        #expect("\(error.map { "\($0)" } ?? "")".contains("newer Pier"))
    }

    @Test func aSQLiteFileFromANewerPierIsRefused() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        try db.writeDB { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        let error = #expect(throws: StoreError.self) { try tmp.open() }
        #expect("\(error.map { "\($0)" } ?? "")".contains("newer Pier"))
    }

    @Test func urlsAreReadAsLibpqReadsThem() throws {
        let env = ["PGUSER": "envuser", "PGPORT": "6543", "PGHOST": "db.internal", "PGDATABASE": "envdb", "PGPASSWORD": "pw"]
        let full = try PostgresAddress(url: "postgres://alice:secret@127.0.0.1:5433/pier", environment: env)
        #expect(full.host == "127.0.0.1" && full.port == 5433 && full.user == "alice" && full.password == "secret" && full.database == "pier")
        #expect(!full.description.contains("secret"))
        let bare = try PostgresAddress(url: "postgresql://", environment: env)
        #expect(bare.host == "db.internal" && bare.port == 6543 && bare.user == "envuser" && bare.password == "pw" && bare.database == "envdb")
        let socket = try PostgresAddress(url: "postgres://pier@/team?host=/run/postgresql", environment: [:])
        #expect(socket.socketPath == "/run/postgresql/.s.PGSQL.5432" && socket.database == "team")
        #expect(try PostgresAddress(url: socket.url, environment: [:]) == socket)
        #expect(try PostgresAddress(url: full.url, environment: [:]) == full)
        for bad in ["postgres://a@h:99999/db", "postgres://a@h/db?sslmode=require", "postgres://a@h/db?colour=blue", "postgres://a@h/x/y"] {
            let error = #expect(throws: StoreError.self) { try PostgresAddress(url: bad, environment: [:]) }
            #expect("\(error.map { "\($0)" } ?? "")".contains("expected postgres://"))
        }
    }

    @Test func aServerThatIsNotThereIsNamedNotHung() throws {
        let error = #expect(throws: StoreError.self) { try PostgresStore(url: "postgres://pier:hunter2@127.0.0.1:1/pier", environment: [:]) }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("cannot open database postgres://pier@127.0.0.1:1/pier"))
        #expect(!text.contains("hunter2"))
    }

    @Test func aDatabaseThatDoesNotExistIsNamed() throws {
        guard let url = try TestStore.serverURL() else { return }
        let server = try PostgresAddress(url: url)
        let error = #expect(throws: StoreError.self) { try PostgresStore(address: server.database("pier_no_such_database")) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("pier_no_such_database"))
    }
}
