import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The store's roster: with one, every human action is held to the operator's role, whichever
/// way it comes in (console worker or command line both call the engine).
@Suite("Operator roster")
struct RosterTests {
    static func engine(_ run: Fixture.Run, as name: String) -> PierEngine {
        PierEngine(db: run.engine.db, resources: Fixture.resources, operator: .pinned(name))
    }

    @Test func withoutARosterEveryoneActsAndTheFirstGrantMustBeOps() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let bob = Self.engine(run, as: "bob")
        #expect(try bob.rosterRole() == nil)
        #expect(throws: OnboardingError.self, "a roster that starts without ops could never grant again") { try bob.grant("bob", role: .support) }
        #expect(try bob.roster().isEmpty, "nothing half-written")
        let flag = try #require(try run.engine.db.flags(seller: "prairie", state: .open).first)
        try bob.decide(seller: "prairie", flags: [flag.id], decision: .clear)
    }

    @Test func aRosterHoldsDecisionsAndChangesToTheRole() throws {
        let run = try Fixture.onboard("prairie", .lite, ["klaviyo"], seed: 9)
        defer { run.tmp.remove() }
        let alice = Self.engine(run, as: "alice")
        let bob = Self.engine(run, as: "bob")
        let pat = Self.engine(run, as: "pat")
        let carol = Self.engine(run, as: "carol")
        try alice.grant("alice", role: .ops)
        try alice.grant("bob", role: .support)
        try alice.grant("pat", role: .presenter)
        #expect(try bob.rosterRole() == .support && carol.rosterRole() == .support, "an operator the roster does not name is read-only")
        #expect(try pat.rosterRole() == .presenter)
        let flag = try #require(try run.engine.db.flags(seller: "prairie", state: .open).first)
        let before = try run.engine.db.events(seller: "prairie").count
        for (engine, name) in [(bob, "bob"), (carol, "carol"), (pat, "pat")] {
            do {
                try engine.decide(seller: "prairie", flags: [flag.id], decision: .clear)
                Issue.record("\(name) decided a flag")
            } catch {
                #expect(error.description.contains("\(name) is") && error.description.contains("roster"), "\(error.description)")
            }
        }
        #expect(throws: OnboardingError.self, "support cannot uninstall") { try bob.uninstall(seller: "prairie", app: "klaviyo") }
        #expect(throws: OnboardingError.self, "only ops grant") { try pat.grant("pat", role: .ops) }
        #expect(try run.engine.db.events(seller: "prairie").count == before, "a refused action writes nothing")
        try pat.uninstall(seller: "prairie", app: "klaviyo")
        try alice.decide(seller: "prairie", flags: [flag.id], decision: .clear, note: "checked")
        let decided = try #require(try run.engine.db.events(seller: "prairie").last { $0.type == "flag.decided" })
        #expect(decided.actor == "ops:alice")
        #expect(throws: OnboardingError.self, "the last ops stays") { try alice.revoke("alice") }
        #expect(throws: OnboardingError.self, "the last ops keeps ops") { try alice.grant("alice", role: .support) }
        try alice.grant("bob", role: .ops)
        try bob.revoke("alice")
        #expect(try alice.rosterRole() == .support, "off the roster is read-only")
        #expect(OperatorRole.ops.covers(.presenter) && OperatorRole.presenter.covers(.support) && !OperatorRole.presenter.covers(.ops))
    }
}
