import Testing

@testable import PierCore

@Suite("Canonical JSON")
struct JSONValueTests {
    @Test func canonicalFormSortsKeysAndEscapesControls() {
        let v: JSONValue = ["b": 1, "a": ["x": "q\"\\\n\u{01}", "é": true], "c": nil, "d": [1, -2]]
        #expect(v.canonical == #"{"a":{"x":"q\"\\\n\u0001","é":true},"b":1,"c":null,"d":[1,-2]}"#)
    }

    @Test func parseRoundTrips() throws {
        var rng = SeededRandom(seed: 11)
        for _ in 0..<200 {
            let v = Self.random(&rng, depth: 0)
            #expect(try JSONParser.parse(v.canonical) == v)
            #expect(try JSONParser.parse(v.pretty) == v)
        }
    }

    @Test func parserRejectsFloatsAndGarbage() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("1.5") }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("{\"a\":1,}") }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("\"open") }
        #expect((try? JSONParser.parse("\"\\ud83d\\ude00\"")) == .string("😀"))
        #expect((try? JSONParser.parse("9007199254740993")) == .int(9_007_199_254_740_993), "ids above 2^53 stay exact")
    }

    static func random(_ rng: inout SeededRandom, depth: Int) -> JSONValue {
        switch rng.int(in: depth > 2 ? 0...3 : 0...5) {
        case 0: return .null
        case 1: return .bool(rng.chance(0.5))
        case 2: return .int(Int64(bitPattern: rng.next()))
        case 3: return .string(String((0..<rng.int(in: 0...8)).map { _ in rng.pick(Array("aZ\"\\\n\t é✨\u{01}")) }))
        case 4: return .array((0..<rng.int(in: 0...4)).map { _ in random(&rng, depth: depth + 1) })
        default:
            var o = [String: JSONValue]()
            for i in 0..<rng.int(in: 0...4) { o["k\(i)\(rng.int(in: 0...9))"] = random(&rng, depth: depth + 1) }
            return .object(o)
        }
    }
}
