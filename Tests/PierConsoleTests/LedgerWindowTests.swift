import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The Ledger pane pages through keyset reads; whatever the moves, the rows it shows are the
/// ones a whole filtered read of the ledger has at those positions.
@Suite("Ledger window paging")
struct LedgerWindowTests {
    static func expected(_ all: [LedgerEvent], _ filter: LedgerFilter, newestFirst: Bool) -> [LedgerEvent] {
        func has(_ field: String?, _ text: String) -> Bool { field?.range(of: text, options: .caseInsensitive) != nil }
        let kept = all.filter { e in
            (filter.typePrefix.map { e.type.hasPrefix($0) } ?? true) && (filter.sku.map { e.sku == $0 } ?? true)
                && (filter.actorPrefix.map { e.actor.hasPrefix($0) } ?? true)
                && (filter.text.isEmpty || has(e.type, filter.text) || has(e.actor, filter.text) || has(e.sku, filter.text)
                    || has(e.data.canonical, filter.text))
        }
        return newestFirst ? kept.reversed() : kept
    }

    @Test(
        arguments: [("", nil), ("sku:PRA-00043", nil), ("actor:pier:moder", nil), ("webhook", nil), ("", "sku."), ("listing", "flag.")]
            as [(String, String?)])
    func everyMoveShowsTheRowsAWholeReadHas(search: String, type: String?) throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        let db = m.engine.db
        let all = try db.events(seller: "prairie")
        for newestFirst in [true, false] {
            var w = LedgerWindow()
            w.seller = "prairie"
            w.search = search
            w.typePrefix = type
            w.newestFirst = newestFirst
            w.load(db, visibleRows: 20)
            let want = Self.expected(all, w.filter, newestFirst: newestFirst)
            #expect(w.count == want.count, "\(search) \(type ?? "all"): count")
            #expect(w.failure == nil)
            guard !want.isEmpty else { continue }
            let moves = [1, 1, 19, 20, 20, 90, 200, -20, -1, -300, 5_000, -20, -20, -1, -5_000, want.count / 2, 7, -40]
            for move in moves {
                w.cursor = max(0, min(want.count - 1, w.cursor + move))
                w.load(db, visibleRows: 20)
                for i in w.top..<min(w.top + 20, want.count) {
                    #expect(w.row(i)?.seq == want[i].seq, "\(search) \(type ?? "all") \(newestFirst ? "desc" : "asc") row \(i) after move \(move)")
                }
            }
        }
    }

    @Test func searchWordsNarrowBySKUActorAndType() {
        let f = LedgerFilter(search: "sku:A-1 actor:ops: type:flag. lab  report", typePrefix: "sku.")
        #expect(f == LedgerFilter(typePrefix: "flag.", sku: "A-1", actorPrefix: "ops:", text: "lab report"))
        #expect(LedgerFilter(search: "50%_off").text == "50%_off")
        #expect(LedgerFilter(search: "").isEmpty && !LedgerFilter(search: "sku:x").isEmpty)
    }

    @Test func likeWildcardsInTheSearchAreLiteral() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        let all = try m.engine.db.events(seller: "prairie")
        for text in ["%", "_", "e_s", "1%", "\\"] {
            let filter = LedgerFilter(text: text)
            #expect(try m.engine.db.ledgerCount(seller: "prairie", filter: filter) == Self.expected(all, filter, newestFirst: true).count, "\(text)")
        }
        #expect(try m.engine.db.ledgerCount(seller: "prairie", filter: LedgerFilter(text: "e_s")) < all.count / 2, "_ is not a wildcard")
    }
}
