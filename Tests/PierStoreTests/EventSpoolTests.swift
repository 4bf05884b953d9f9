import Foundation
import Testing

@testable import PierCore
@testable import PierStore

@Suite("Event spool: written in emission order, read back in ledger order")
struct EventSpoolTests {
    @Test func readsBackByTimeThenEmissionOrderWithEveryFieldIntact() throws {
        let spool = try EventSpool()
        var rng = SeededRandom(seed: 7, stream: "spool")
        var emitted = [(at: Int64, ordinal: Int, type: String, actor: String, sku: String?, data: JSONValue)]()
        // Enough events (and a few large ones) that the spool flushes to its file many times.
        for i in 0..<6_000 {
            let at = Int64(rng.int(in: 0...400))
            let sku: String? = i % 7 == 0 ? nil : i % 11 == 0 ? "" : "SKU-é-\(i)"
            let text = i % 997 == 0 ? String(repeating: "crème ✓ ", count: 40_000) : "item \(i) \"quoted\"\n"
            let data: JSONValue = ["i": .int(Int64(i)), "text": .string(text), "tags": ["a", .string("ß\(i)")]]
            emitted.append((at, i, "type.\(i % 5)", "actor:\(i % 3)", sku, data))
            try spool.append(at: at, type: "type.\(i % 5)", actor: "actor:\(i % 3)", sku: sku, data: data)
        }
        #expect(spool.count == emitted.count)
        let expected = emitted.sorted { ($0.at, $0.ordinal) < ($1.at, $1.ordinal) }
        var read = [EventSpool.Event]()
        try spool.forEachInLedgerOrder { read.append($0) }
        #expect(read.count == expected.count)
        for (r, e) in zip(read, expected) {
            #expect(r.at == e.at)
            #expect(r.type == e.type)
            #expect(r.actor == e.actor)
            #expect(r.sku == e.sku)
            #expect(r.data == e.data.canonical)
        }
    }

    @Test func anEmptySpoolVisitsNothing() throws {
        let spool = try EventSpool()
        var visited = 0
        try spool.forEachInLedgerOrder { _ in visited += 1 }
        #expect(visited == 0)
    }

    @Test func aMissingDirectoryIsAClearError() {
        #expect(throws: StoreError.self) { try EventSpool(directory: "/nonexistent/pier-spool-dir") }
    }
}
