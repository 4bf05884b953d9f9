import Foundation
import GRDB
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierStore

@Suite("Bulk ledger append with the secondary indexes set aside")
struct BulkAppendTests {
    static func indexSQL(_ db: PierDatabase) throws -> [String] {
        try db.pool.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger' AND sql IS NOT NULL ORDER BY name")
        }
    }

    static func append(_ db: Database, seller: String, _ n: Int, from: Int = 0) throws {
        var appender = try LedgerAppender(db, seller: seller)
        for i in from..<(from + n) {
            try appender.append(
                at: Int64(i), type: i % 3 == 0 ? "sku.imported" : "listing.live", actor: "pier:test", sku: "SKU-\(i % 50)",
                dataCanonical: JSONValue.object(["i": .int(Int64(i))]).canonical)
        }
    }

    @Test func theIndexesComeBackIdenticalAndServeTheirQueries() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        let before = try Self.indexSQL(db)
        #expect(before.count == 2)
        try db.writeDB { db in
            try PierDatabase.withLedgerIndexesDeferred(db, events: 300, threshold: 100) {
                // Set aside while the run appends.
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger' AND sql IS NOT NULL") == 0)
                try Self.append(db, seller: "bulk", 300)
            }
        }
        #expect(try Self.indexSQL(db) == before)
        let events = try db.events(seller: "bulk", sku: "SKU-7")
        #expect(events.count == 6)
        #expect(try db.verifyLedger(seller: "bulk").problem == nil)
    }

    @Test func aRunSmallerThanTheLedgerOrTheThresholdKeepsThem() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        try db.writeDB { db in try Self.append(db, seller: "big", 500) }
        for (events, threshold) in [(300, 100), (50, 100)] {
            try db.writeDB { db in
                let kept = try PierDatabase.withLedgerIndexesDeferred(db, events: events, threshold: threshold) { () throws -> Int? in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger' AND sql IS NOT NULL")
                }
                #expect(kept == 2)
            }
        }
    }

    @Test func aRunThatFailsLeavesTheIndexesAndTheLedgerAsTheyWere() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let db = try tmp.open()
        let before = try Self.indexSQL(db)
        struct Halfway: Error {}
        #expect(throws: (any Error).self) {
            try db.writeDB { db in
                try PierDatabase.withLedgerIndexesDeferred(db, events: 300, threshold: 100) {
                    try Self.append(db, seller: "bulk", 150)
                    throw Halfway()
                }
            }
        }
        #expect(try Self.indexSQL(db) == before)
        #expect(try db.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger WHERE seller_id = 'bulk'") } == 0)
    }
}
