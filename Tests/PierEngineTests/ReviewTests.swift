import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Flag review and appeals")
struct ReviewTests {
    static func openFlag(_ run: Fixture.Run) throws -> FlagRecord {
        try #require(try run.engine.db.flags(seller: "prairie", state: .open).first { $0.severity == .hold })
    }

    @Test func clearingTheOnlyFlagPutsTheListingLive() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let flag = try Self.openFlag(run)
        #expect(try run.engine.db.listing(seller: "prairie", sku: flag.sku)?.status == .held)
        #expect(try run.engine.db.listing(seller: "prairie", sku: flag.sku)?.moderationTags == [flag.ruleCategory])
        try run.engine.decide(seller: "prairie", flags: [flag.id], decision: .clear)
        let listing = try #require(try run.engine.db.listing(seller: "prairie", sku: flag.sku))
        #expect(listing.status == .live && listing.moderationTags.isEmpty)
        #expect(try run.engine.db.events(seller: "prairie").last?.type == "flag.decided")
        #expect(throws: OnboardingError.self, "a decided flag is not decided twice") {
            try run.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold)
        }
        #expect(try run.engine.replay(seller: "prairie").differences.isEmpty)
        let decided = try #require(try run.engine.db.events(seller: "prairie").last)
        let changes = try run.engine.fieldChanges(seller: "prairie", sku: flag.sku, seq: decided.seq)
        #expect(changes.contains(FieldChangeRow(field: "status", before: "held", after: "live")), "the ledger detail shows before and after")
        #expect(changes.contains { $0.field == "moderation_tags" && $0.after.isEmpty })
    }

    @Test func upheldAppealedAndGranted() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let flag = try Self.openFlag(run)
        #expect(throws: OnboardingError.self, "an open flag cannot be appealed") {
            try run.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: "x", evidence: "")
        }
        try run.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold)
        #expect(try run.engine.db.listing(seller: "prairie", sku: flag.sku)?.status == .rejected)
        try run.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: "Bamboo viscose is lab tested", evidence: "report-114.pdf")
        try run.engine.decideAppeal(seller: "prairie", flag: flag.id, decision: .grant)
        let listing = try #require(try run.engine.db.listing(seller: "prairie", sku: flag.sku))
        #expect(listing.status == .live && listing.moderationTags.isEmpty)
        let types = try run.engine.db.events(seller: "prairie").suffix(3).map(\.type)
        #expect(types == ["flag.decided", "appeal.filed", "appeal.decided"])
        #expect(try run.engine.replay(seller: "prairie").differences.isEmpty)
    }

    @Test func secondDenialIsFinal() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let flag = try Self.openFlag(run)
        try run.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold)
        for _ in 1...2 {
            try run.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: "please", evidence: "")
            try run.engine.decideAppeal(seller: "prairie", flag: flag.id, decision: .deny)
        }
        #expect(try run.engine.db.flags(seller: "prairie").first { $0.id == flag.id }?.state == .final)
        #expect(throws: OnboardingError.self) { try run.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: "third", evidence: "") }
        #expect(try run.engine.db.listing(seller: "prairie", sku: flag.sku)?.status == .rejected)
    }

    @Test func bulkDecisionIsOneTransaction() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let open = try run.engine.db.flags(seller: "prairie", state: .open)
        #expect(open.count >= 2)
        let before = try DeterminismTests.snapshot(run.engine.sqlite)
        #expect(throws: OnboardingError.self) {
            try run.engine.decide(seller: "prairie", flags: open.map(\.id) + [999_999], decision: .clear)
        }
        #expect(try DeterminismTests.snapshot(run.engine.sqlite) == before, "a bad id in a bulk decision writes nothing")
        try run.engine.decide(seller: "prairie", flags: open.map(\.id), decision: .requestEdit)
        #expect(try run.engine.db.flags(seller: "prairie", state: .editRequested).count == open.count)
    }

    @Test func everyHumanActionNamesTheOperatorAndTheWallClock() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let flag = try Self.openFlag(run)
        try run.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold, note: "  a cure claim, twice  ")
        try run.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: "lab tested", evidence: "r.pdf")
        try run.engine.decideAppeal(seller: "prairie", flag: flag.id, decision: .deny)
        try run.engine.uninstall(seller: "prairie", app: "klaviyo")
        try run.engine.install(seller: "prairie", app: "judgeme")
        let events = try run.engine.db.events(seller: "prairie")
        let human =
            events.filter { ["onboarding.started", "flag.decided", "appeal.filed", "appeal.decided", "app.uninstalled"].contains($0.type) }
            + events.suffix(1)
        #expect(human.count == 6)
        for e in human {
            #expect(e.data["operator"]?.stringValue == "tester" && e.data["wall_clock"]?.stringValue == "2026-01-05T09:00:00Z", "\(e.type)")
        }
        #expect(events.first { $0.type == "flag.decided" }?.data["note"]?.stringValue == "a cure claim, twice", "the note is trimmed")
        #expect(events.first { $0.type == "appeal.decided" }?.data["note"] == nil, "no note, no field")
        #expect(events.filter { $0.type.hasPrefix("sku.") }.allSatisfy { $0.data["operator"] == nil }, "machine events name no operator")
    }

    @Test func aNoteIsOneShortLineOrNothingIsWritten() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let flag = try Self.openFlag(run)
        let before = try DeterminismTests.snapshot(run.engine.sqlite)
        for bad in [String(repeating: "x", count: PierEngine.maxNoteLength + 1), "first line\nsecond line"] {
            #expect(throws: OnboardingError.self) { try run.engine.decide(seller: "prairie", flags: [flag.id], decision: .clear, note: bad) }
        }
        #expect(try DeterminismTests.snapshot(run.engine.sqlite) == before)
    }
}
