import Testing

@testable import PierCore

@Suite("Field-level conflict resolution")
struct ConflictResolverTests {
    static func randomEvents(_ rng: inout SeededRandom, count: Int) -> [ChangeEvent] {
        var events = [ChangeEvent]()
        for i in 0..<count {
            let source = rng.pick(ChangeSource.allCases)
            let change: FieldChange =
                switch rng.int(in: 0...9) {
                case 0: .price(Int64(rng.int(in: 500...5000)))
                case 1: .campaignPrice(rng.chance(0.3) ? nil : Int64(rng.int(in: 400...4000)))
                case 2: .tagAdd(rng.pick(["health-claim", "image-review", "ip"]))
                case 3: .tagRemove(rng.pick(["health-claim", "image-review", "ip"]))
                case 4: .status(rng.pick(ListingStatus.allCases))
                default: .inventoryDelta(rng.pick([Region.us, .eu]), rng.chance(0.1) ? rng.int(in: 5...30) : -rng.int(in: 1...3))
                }
            // Few distinct wall times, so HLC ties (broken by source and id) are common.
            let hlc = HLC(wall: Int64(rng.int(in: 0...40)) * 30_000, counter: Int32(rng.int(in: 0...1)))
            events.append(ChangeEvent(id: "e\(i)", sku: "SKU-1", hlc: hlc, source: source, change: change))
        }
        return events
    }

    static func shuffled(_ events: [ChangeEvent], _ rng: inout SeededRandom) -> [ChangeEvent] {
        var out = events
        for i in stride(from: out.count - 1, to: 0, by: -1) { out.swapAt(i, rng.int(in: 0...i)) }
        return out
    }

    @Test("any delivery order of the same events converges", arguments: 0..<60)
    func convergesForRandomInterleavings(seed: UInt64) {
        var rng = SeededRandom(seed: seed, stream: "resolver-property")
        let events = Self.randomEvents(&rng, count: rng.int(in: 5...80))
        let initial = ListingState(price: 1999, inventory: [.us: rng.int(in: 0...10), .eu: rng.int(in: 0...10)])
        var reference = ConflictResolver(initial: initial, windowMillis: 300_000)
        for e in events.sorted(by: ChangeEvent.precedes) { reference.apply(e) }
        for _ in 0..<8 {
            var order = Self.shuffled(events, &rng)
            if rng.chance(0.5) { order += order.prefix(rng.int(in: 0...order.count)) }
            var r = ConflictResolver(initial: initial, windowMillis: 300_000)
            for e in order { r.apply(e) }
            #expect(r.state == reference.state)
            #expect(r.resolutions == reference.resolutions)
            #expect(r.events.count == events.count, "duplicate deliveries are ignored")
        }
    }

    @Test func merchantOwnsThePriceAndCampaignPriceIsKeptApart() throws {
        var r = ConflictResolver(initial: ListingState(price: 2000, inventory: [:]))
        r.apply(ChangeEvent(id: "a", sku: "S", hlc: HLC(wall: 10), source: .tiktok, change: .price(1500)))
        r.apply(ChangeEvent(id: "b", sku: "S", hlc: HLC(wall: 20), source: .tiktok, change: .campaignPrice(1700)))
        #expect(r.state.price == 2000)
        #expect(r.state.campaignPrice == 1700)
        let res = try #require(r.resolutions.first)
        #expect(res.policy == "merchant-source-of-truth" && res.winner == "merchant" && res.tiktokValue == "1500")
        r.apply(ChangeEvent(id: "c", sku: "S", hlc: HLC(wall: 30), source: .merchant, change: .price(2100)))
        #expect(r.state.price == 2100)
    }

    @Test func inventoryMergesDeltasAndClampsOversell() {
        var r = ConflictResolver(initial: ListingState(price: 100, inventory: [.us: 3]), windowMillis: 60_000)
        r.apply(ChangeEvent(id: "m1", sku: "S", hlc: HLC(wall: 1_000), source: .merchant, change: .inventoryDelta(.us, -1)))
        r.apply(ChangeEvent(id: "t1", sku: "S", hlc: HLC(wall: 2_000), source: .tiktok, change: .inventoryDelta(.us, -1)))
        #expect(r.state.inventory[.us] == 1, "both sides' sales are kept, not last-writer-wins")
        let merge = r.resolutions.first { $0.policy == "merge-deltas" }
        #expect(merge?.merchantValue == "2" && merge?.tiktokValue == "2" && merge?.resolvedValue == "1")
        r.apply(ChangeEvent(id: "t2", sku: "S", hlc: HLC(wall: 3_000), source: .tiktok, change: .inventoryDelta(.us, -2)))
        #expect(r.state.inventory[.us] == 0)
        let clamp = r.resolutions.first { $0.policy == "oversell-clamp" }
        #expect(clamp?.needsHuman == true, "an oversell goes to the conflict queue")
    }

    @Test func changesInDifferentWindowsAreNotAConflict() {
        var r = ConflictResolver(initial: ListingState(price: 100, inventory: [.us: 10]), windowMillis: 60_000)
        r.apply(ChangeEvent(id: "m1", sku: "S", hlc: HLC(wall: 1_000), source: .merchant, change: .inventoryDelta(.us, -1)))
        r.apply(ChangeEvent(id: "t1", sku: "S", hlc: HLC(wall: 70_000), source: .tiktok, change: .inventoryDelta(.us, -1)))
        #expect(r.resolutions.isEmpty)
        #expect(r.state.inventory[.us] == 8)
    }

    @Test func moderationTagsAreRemovedOnlyByReviewOrAppeal() {
        var r = ConflictResolver(initial: ListingState(price: 100, inventory: [:]))
        r.apply(ChangeEvent(id: "1", sku: "S", hlc: HLC(wall: 1), source: .tiktok, change: .tagAdd("health-claim")))
        r.apply(ChangeEvent(id: "2", sku: "S", hlc: HLC(wall: 2), source: .merchant, change: .tagRemove("health-claim")))
        r.apply(ChangeEvent(id: "3", sku: "S", hlc: HLC(wall: 3), source: .tiktok, change: .tagRemove("health-claim")))
        #expect(r.state.tags == ["health-claim"])
        r.apply(ChangeEvent(id: "4", sku: "S", hlc: HLC(wall: 4), source: .reviewer, change: .tagRemove("health-claim")))
        #expect(r.state.tags.isEmpty)
        r.apply(ChangeEvent(id: "5", sku: "S", hlc: HLC(wall: 5), source: .merchant, change: .tagAdd("mine")))
        #expect(r.state.tags.isEmpty, "merchants cannot add platform tags")
    }

    @Test func statusPrecedenceAndAppeals() {
        var r = ConflictResolver(initial: ListingState(price: 100, inventory: [:]))
        r.apply(ChangeEvent(id: "1", sku: "S", hlc: HLC(wall: 1), source: .merchant, change: .status(.inactive)))
        #expect(r.state.status == .inactive)
        r.apply(ChangeEvent(id: "2", sku: "S", hlc: HLC(wall: 2), source: .tiktok, change: .status(.suspended)))
        r.apply(ChangeEvent(id: "3", sku: "S", hlc: HLC(wall: 3), source: .merchant, change: .status(.active)))
        r.apply(ChangeEvent(id: "4", sku: "S", hlc: HLC(wall: 4), source: .tiktok, change: .status(.active)))
        #expect(r.state.status == .suspended, "only an appeal lifts a suspension")
        r.apply(ChangeEvent(id: "5", sku: "S", hlc: HLC(wall: 5), source: .appeal, change: .status(.active)))
        #expect(r.state.status == .active)
        r.apply(ChangeEvent(id: "6", sku: "S", hlc: HLC(wall: 6), source: .tiktok, change: .status(.banned)))
        r.apply(ChangeEvent(id: "7", sku: "S", hlc: HLC(wall: 7), source: .appeal, change: .status(.active)))
        #expect(r.state.status == .banned, "a ban is final")
    }

    @Test func hybridLogicalClockIsMonotonic() {
        var clock = HLC(wall: 0)
        var rng = SeededRandom(seed: 5)
        for _ in 0..<1_000 {
            let next =
                rng.chance(0.5)
                ? clock.tick(now: Int64(rng.int(in: 0...50)))
                : clock.receive(HLC(wall: Int64(rng.int(in: 0...60)), counter: 2), now: Int64(rng.int(in: 0...50)))
            #expect(clock < next)
            clock = next
        }
    }
}
