import Testing

@testable import PierCore

@Suite("GCRA rate budget on a fake clock")
struct RateLimiterTests {
    @Test func burstThenSustainedRate() {
        var limiter = RateLimiter(RateBudget(perSecond: 10, burst: 5))
        let sent = (0..<5).map { _ in limiter.reserve(at: 0) }
        #expect(sent == [0, 0, 0, 0, 0], "a full bucket lets the burst through at once")
        #expect(limiter.reserve(at: 0) == 100, "the sixth waits one emission interval")
        #expect(limiter.reserve(at: 0) == 200)
    }

    @Test func sustainedThroughputMatchesTheBudget() {
        for budget in [RateBudget(perSecond: 2, burst: 4), RateBudget(perSecond: 50, burst: 100), RateBudget(perSecond: 0.5, burst: 1)] {
            var limiter = RateLimiter(budget)
            var last: Int64 = 0
            let n = 1_000
            for _ in 0..<n { last = limiter.reserve(at: 0) }
            let expected = Double(n - budget.burst) / budget.perSecond * 1000
            #expect(abs(Double(last) - expected) <= 1, "\(budget): last request at \(last) ms, expected \(expected)")
        }
    }

    @Test func idleTimeRefillsTheBucketButNotBeyondBurst() {
        var limiter = RateLimiter(RateBudget(perSecond: 1, burst: 3))
        for _ in 0..<3 { _ = limiter.reserve(at: 0) }
        #expect(!limiter.conforms(at: 0))
        #expect(limiter.conforms(at: 1_000))
        let afterIdle = (0..<3).map { _ in limiter.reserve(at: 60_000) }
        #expect(afterIdle == [60_000, 60_000, 60_000], "a long idle refills to the burst")
        #expect(limiter.reserve(at: 60_000) == 61_000, "and not beyond it")
    }

    @Test func requestsAreNeverSentBeforeTheyAreWanted() {
        var limiter = RateLimiter(RateBudget(perSecond: 5, burst: 2))
        var rng = SeededRandom(seed: 3)
        var now: Int64 = 0
        for _ in 0..<500 {
            now += Int64(rng.int(in: 0...400))
            #expect(limiter.reserve(at: now) >= now)
        }
    }

    @Test func tiersReserveIncreasingBudgets() {
        for family in EndpointFamily.allCases {
            #expect(Tier.lite.budget(for: family).perSecond < Tier.standard.budget(for: family).perSecond)
            #expect(Tier.standard.budget(for: family).perSecond < Tier.premium.budget(for: family).perSecond)
        }
        #expect(Tier.standard.limits.appRequestsPerSecond == 50)
        #expect(Tier.standard.limits.maxRegions == 1 && Tier.premium.limits.maxRegions > 1)
    }
}
