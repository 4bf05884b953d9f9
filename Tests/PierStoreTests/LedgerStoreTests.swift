import Foundation
import GRDB
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierStore

@Suite("SQLite ledger: append-only, verified, tamper-evident")
struct LedgerStoreTests {
    static func drafts(_ n: Int) -> [LedgerDraft] {
        (0..<n).map { i in LedgerDraft(at: Int64(i * 1000), type: .skuImported, actor: "pier:test", sku: "SKU-\(i)", data: ["i": .int(Int64(i))]) }
    }

    @Test func appendsChainAcrossCallsAndVerifies() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        let head1 = try db.appendLedger(seller: "s", drafts: Self.drafts(3))
        let head2 = try db.appendLedger(seller: "s", drafts: Self.drafts(2))
        #expect(head1 != head2)
        let report = try db.verifyLedger(seller: "s")
        #expect(report.problem == nil && report.events == 5 && report.head == head2)
        let events = try db.events(seller: "s")
        #expect(events.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(events[3].prevHash == head1)
    }

    @Test func triggersForbidUpdateAndDelete() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        try db.appendLedger(seller: "s", drafts: Self.drafts(2))
        #expect(throws: StoreError.self) { try db.writeDB { db in try db.execute(sql: "UPDATE ledger SET data = '{}' WHERE seq = 1") } }
        #expect(throws: StoreError.self) { try db.writeDB { db in try db.execute(sql: "DELETE FROM ledger WHERE seq = 2") } }
        #expect(try db.verifyLedger(seller: "s").problem == nil)
    }

    /// Tampering as someone with the file would: drop the triggers first.
    static func tamper(_ db: PierDatabase, _ sql: String) throws {
        try db.writeDB { db in
            try db.execute(sql: "DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete")
            try db.execute(sql: sql)
        }
    }

    @Test func changedEventIsNamed() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        try db.appendLedger(seller: "s", drafts: Self.drafts(6))
        try Self.tamper(db, #"UPDATE ledger SET data = '{"i":99}' WHERE seq = 4"#)
        #expect(try db.verifyLedger(seller: "s").problem == .altered(seq: 4))
    }

    @Test func deletedEventIsNamed() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        try db.appendLedger(seller: "s", drafts: Self.drafts(6))
        try Self.tamper(db, "DELETE FROM ledger WHERE seq = 3")
        #expect(try db.verifyLedger(seller: "s").problem == .gap(expected: 3, found: 4))
    }

    @Test func swappedEventsAreCaught() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        try db.appendLedger(seller: "s", drafts: Self.drafts(6))
        try Self.tamper(
            db,
            """
            UPDATE ledger SET seq = -2 WHERE seq = 2; UPDATE ledger SET seq = 2 WHERE seq = 5; UPDATE ledger SET seq = 5 WHERE seq = -2
            """)
        #expect(try db.verifyLedger(seller: "s").problem?.seq == 2)
    }

    @Test func truncatedTailIsCaughtAgainstTheHead() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        let head = try db.appendLedger(seller: "s", drafts: Self.drafts(6))
        try Self.tamper(db, "DELETE FROM ledger WHERE seq = 6")
        #expect(try db.verifyLedger(seller: "s").problem == nil)
        if case .truncated = try db.verifyLedger(seller: "s", expectedHead: head).problem {} else { Issue.record("truncation not reported") }
    }

    @Test func twoConnectionsOnOneFileSeeEachOther() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let a = try tmp.open()
        let b = try tmp.open()
        try a.appendLedger(seller: "s", drafts: Self.drafts(2))
        try b.appendLedger(seller: "s", drafts: Self.drafts(2))
        #expect(try a.verifyLedger(seller: "s").events == 4)
        let mode = try a.readDB { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func unreadableFileIsAClearError() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: tmp.path))
        #expect {
            _ = try PierDatabase(path: tmp.path)
        } throws: { error in
            "\(error)".contains("file is not a database")
        }
        #expect(try String(contentsOfFile: tmp.path, encoding: .utf8) == "not a database at all")
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(PierDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]) == "/x/data/pier/pier.sqlite")
        #expect(PierDatabase.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/pier/pier.sqlite")
        #expect(PierDatabase.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.local/share/pier/pier.sqlite")
        #expect(PierDatabase.defaultPath(environment: ["PIER_DB": "/tmp/p.sqlite", "HOME": "/home/u"]) == "/tmp/p.sqlite")
    }
}
