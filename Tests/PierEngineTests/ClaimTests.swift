import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// A team on one store: reviewers claim disjoint batches, a claim keeps others' decisions off
/// its flags until it lapses, and a late decision is told who decided first and when.
@Suite("Claims: a team never works the same flags")
struct ClaimTests {
    static func team(_ t: TestStore) throws -> (alice: PierEngine, bob: PierEngine) {
        let alice = PierEngine(db: t.store, resources: Fixture.resources, operator: .pinned("alice"))
        try alice.seedSellersIfNeeded()
        _ = try alice.onboard(seller: "lumina", tier: .standard, apps: ["yotpo"], seed: 2)
        return (alice, PierEngine(db: try t.reopen(), resources: Fixture.resources, operator: .pinned("bob")))
    }

    @Test(arguments: StoreKind.allCases)
    func claimsAreDisjointHeldAndLapse(kind: StoreKind) throws {
        guard let t = try TestStore.make(kind) else { return }
        defer { t.remove() }
        let (alice, bob) = try Self.team(t)
        let open = try alice.db.flags(seller: "lumina", state: .open)
        #expect(open.count >= 12)
        let mine = try alice.claimFlags(seller: "lumina", count: 5)
        let theirs = try bob.claimFlags(seller: nil, count: 5)
        #expect(mine.count == 5 && theirs.count == 5)
        #expect(Set(mine.map(\.id)).isDisjoint(with: theirs.map(\.id)))
        #expect(try alice.claimFlags(seller: "lumina", count: 5).map(\.id) == mine.map(\.id), "claiming again renews one's own first")

        let held = try #require(mine.first)
        let refused = #expect(throws: OnboardingError.self) { try bob.decide(seller: "lumina", flags: [held.id], decision: .clear) }
        #expect("\(refused.map { "\($0)" } ?? "")".contains("claimed by alice (since 2026-01-05T09:00:00Z, until 2026-01-05T09:15:00Z)"))
        #expect(try alice.db.flags(seller: "lumina", state: .open).count == open.count, "the refused decision wrote nothing")

        let later = PierEngine(db: bob.db, resources: Fixture.resources, operator: .pinned("bob", at: "2026-01-05T09:16:00Z"))
        let after = try later.claimFlags(seller: "lumina", count: 20)
        #expect(Set(mine.map(\.id)).isSubset(of: after.map(\.id)), "alice's lapsed claims go to the next reviewer")
        try later.decide(seller: "lumina", flags: [held.id], decision: .uphold)
        let late = #expect(throws: OnboardingError.self) { try alice.decide(seller: "lumina", flags: [held.id], decision: .clear) }
        #expect("\(late.map { "\($0)" } ?? "")".contains("is upheld, not open (decided by ops:bob at 2026-01-05T09:16:00Z)"))
        #expect(try later.releaseClaims(seller: nil) == 20)
        #expect(try later.db.claims(seller: nil, now: later.who.epochSeconds()).isEmpty)
    }

    /// Eight reviewers claiming at once from one queue: every flag goes to at most one of them.
    @Test(arguments: StoreKind.allCases)
    func reviewersClaimingAtOnceNeverShareAFlag(kind: StoreKind) throws {
        guard let t = try TestStore.make(kind) else { return }
        defer { t.remove() }
        _ = try Self.team(t)
        let failures = ThreadFailures()
        let workers = try (0..<8).map { n in
            let engine = PierEngine(db: try t.reopen(), resources: Fixture.resources, operator: .pinned("r\(n)"))
            return Worker(name: "reviewer-\(n)") { () -> [Int64] in
                do { return try engine.claimFlags(seller: "lumina", count: 4).map(\.id) } catch {
                    failures.add("\(error)")
                    return []
                }
            }
        }
        let claimed = workers.flatMap { $0.join() }
        #expect(failures.all.isEmpty)
        #expect(claimed.count == Set(claimed).count, "no flag claimed twice: \(claimed.sorted())")
        #expect(claimed.count == min(32, try t.store.flags(seller: "lumina", state: .open).count))
    }
}
