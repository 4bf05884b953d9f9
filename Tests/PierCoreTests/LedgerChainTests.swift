import Testing

@testable import PierCore

@Suite("Hash-chained ledger verification")
struct LedgerChainTests {
    static func chain(_ n: Int) -> [LedgerEvent] {
        var prev = LedgerEvent.genesis
        return (1...n).map { i in
            let e = LedgerEvent.make(
                seq: Int64(i), seller: "lumina", at: Int64(i * 1000), type: i % 2 == 0 ? "sku.mapped" : "sku.imported",
                actor: "pier:test", sku: "LUM-\(i)", data: ["title": .string("Serum \(i) — 30ml ✨"), "price": .int(Int64(i * 100))],
                prevHash: prev)
            prev = e.hash
            return e
        }
    }

    @Test func intactChainVerifies() {
        let events = Self.chain(12)
        let result = LedgerVerifier.verify(events)
        #expect(result.problem == nil)
        #expect(result.head == events.last?.hash)
        #expect(result.count == 12)
    }

    /// Rebuilds an event from its JSON line with one byte of the line flipped.
    static func tampered(_ e: LedgerEvent, flipping index: Int) -> LedgerEvent? {
        var bytes = Array(e.jsonLine.utf8)
        bytes[index] ^= 0x01
        guard let text = String(validating: bytes, as: UTF8.self), let v = try? JSONParser.parse(text),
            let seq = v["seq"]?.intValue, let seller = v["seller"]?.stringValue, let at = v["at"]?.intValue,
            let type = v["type"]?.stringValue, let actor = v["actor"]?.stringValue, let data = v["data"],
            let prev = v["prev_hash"]?.stringValue, let hash = v["hash"]?.stringValue
        else { return nil }
        return LedgerEvent(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: v["sku"]?.stringValue, data: data, prevHash: prev, hash: hash)
    }

    @Test func flippingAnyByteOfAnyEventIsCaught() {
        let events = Self.chain(6)
        var checked = 0
        for (i, event) in events.enumerated() {
            for index in 0..<event.jsonLine.utf8.count {
                guard let bad = Self.tampered(event, flipping: index), bad != event else { continue }
                var copy = events
                copy[i] = bad
                let result = LedgerVerifier.verify(copy, expectedHead: events.last?.hash)
                #expect(result.problem != nil, "flipping byte \(index) of event \(i + 1) went unnoticed")
                if let seq = result.problem?.seq { #expect(seq <= Int64(i + 1) + 1) }
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test func removedEventIsNamed() {
        var events = Self.chain(8)
        events.remove(at: 3)
        let problem = LedgerVerifier.verify(events).problem
        #expect(problem == .gap(expected: 4, found: 5))
    }

    @Test func swappedEventsAreCaught() {
        for (a, b) in [(0, 1), (2, 5), (6, 7)] {
            var events = Self.chain(8)
            events.swapAt(a, b)
            let problem = LedgerVerifier.verify(events).problem
            #expect(problem?.seq == Int64(a + 1), "swap \(a)<->\(b): \(String(describing: problem))")
        }
    }

    @Test func renumberedReorderIsCaught() {
        let events = Self.chain(5)
        let moved = events[3]
        let renumbered = LedgerEvent(
            seq: 3, seller: moved.seller, at: moved.at, type: moved.type, actor: moved.actor, sku: moved.sku,
            data: moved.data, prevHash: events[1].hash, hash: moved.hash)
        let problem = LedgerVerifier.verify([events[0], events[1], renumbered]).problem
        #expect(problem == .altered(seq: 3))
    }

    @Test func truncationIsCaughtAgainstTheExportedHead() {
        let events = Self.chain(10)
        let head = events.last?.hash
        #expect(LedgerVerifier.verify(events.dropLast(), expectedHead: head).problem != nil)
        #expect(LedgerVerifier.verify(events.dropLast()).problem == nil, "without a head a shorter chain is still a valid chain")
    }

    @Test func databaseHeadIsOrderIndependentAndSensitive() {
        let a = LedgerVerifier.databaseHead([("b", "2"), ("a", "1")])
        #expect(a == LedgerVerifier.databaseHead([("a", "1"), ("b", "2")]))
        #expect(a != LedgerVerifier.databaseHead([("a", "1"), ("b", "3")]))
    }
}

@Suite("Canonical event bytes")
struct CanonicalBodyTests {
    @Test func handWrittenBodyEqualsTheGenericEncoding() {
        var rng = SeededRandom(seed: 21)
        for i in 0..<200 {
            let data = JSONValueTests.random(&rng, depth: 0)
            let sku: String? = i % 3 == 0 ? nil : "SKU-\"\(i)\"\n"
            let generic = JSONValue.object([
                "seq": .int(Int64(i)), "seller": "s\\x", "at": .int(Int64(-i)), "type": "t.y", "actor": "a:b\u{1}",
                "sku": .optional(sku), "data": data,
            ]).canonical
            #expect(LedgerEvent.canonicalBody(seq: Int64(i), seller: "s\\x", at: Int64(-i), type: "t.y", actor: "a:b\u{1}", sku: sku, data: data) == generic)
        }
    }
}
