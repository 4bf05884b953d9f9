import Testing

@testable import PierCore

@Suite("Operator on record")
struct OperatorTests {
    @Test func namesAreCheckedAndNamed() throws {
        for good in ["alice", "a.b-c_d@pier", String(repeating: "x", count: 64)] {
            #expect((try? Operator(name: good)) != nil, "\(good)")
        }
        for bad in ["", "alice smith", "ops:alice", "al\u{1B}[2Jice", "ålice", String(repeating: "x", count: 65)] {
            #expect(throws: Operator.Invalid.self, "\(bad)") { try Operator(name: bad) }
        }
        do {
            _ = try Operator(name: "a\u{1B}[31mb")
        } catch {
            #expect(!error.description.contains("\u{1B}"), "the refusal never echoes an escape sequence")
        }
    }

    @Test func aPinnedClockIsAUTCInstantAndStaysPut() throws {
        let o = try Operator(name: "alice", pinnedClock: "2026-01-05T09:00:00Z")
        #expect(o.now() == "2026-01-05T09:00:00Z" && o.now() == o.now())
        #expect(o.stamp() == ["operator": "alice", "wall_clock": "2026-01-05T09:00:00Z"])
        for bad in ["2026-01-05", "2026-01-05T09:00:00", "2026-01-05T09:00:00+01:00", "2026-13-05T09:00:00Z", "soon"] {
            #expect(throws: Operator.Invalid.self, "\(bad)") { try Operator(name: "alice", pinnedClock: bad) }
        }
    }

    @Test func theSystemClockReadsAsAUTCInstant() throws {
        let now = try Operator(name: "alice").now()
        #expect(Operator.instant(now) != nil, "\(now)")
        #expect(now.hasPrefix("20") && now.hasSuffix("Z"))
    }

    @Test func anEventSaysWhoAndWhenReadably() {
        let e = LedgerEvent(
            seq: 1, seller: "s", at: 0, type: "flag.decided", actor: "ops:alice", sku: nil,
            data: ["operator": "alice", "wall_clock": "2026-01-05T09:00:00Z", "note": "cure claim\u{1B}[2J"], prevHash: "", hash: "")
        #expect(e.byline?.contains("\u{1B}") == false, "a note never reaches the terminal with its escape")
        #expect(e.byline?.hasPrefix("by alice at 2026-01-05 09:00:00 UTC; note: cure claim") == true)
        let machine = LedgerEvent(seq: 2, seller: "s", at: 0, type: "sku.mapped", actor: "pier:mapper", sku: "A", data: [:], prevHash: "", hash: "")
        #expect(machine.byline == nil)
    }
}
