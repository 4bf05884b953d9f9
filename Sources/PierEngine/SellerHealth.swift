import PierCore
import PierStore

/// One seller's health against the seed's targets, for the console's Overview: coverage above
/// 90%, fulfilment above 97% once trading, P95 time to live under 30 minutes, and the work
/// waiting on people (open flags and their age, the conflict queue, rejected webhooks).
public struct SellerHealth: Sendable, Equatable {
    public let seller: SellerRecord
    public let metrics: OnboardingMetrics?
    public let trading: TradingMetrics?
    public let openFlags: Int
    /// Virtual time since the oldest open flag was raised, at the seller's last event.
    public let oldestOpenFlagAge: Int64?
    public let conflictQueue: Int

    /// Coverage must be above this (basis points).
    public static let coverageTargetBP: Int64 = 9_000
    /// Fulfilment success must be above this (basis points).
    public static let fulfilmentTargetBP: Int64 = 9_700
    /// The 95th percentile SKU must be live within this (virtual milliseconds).
    public static let p95SyncTargetMillis: Int64 = 30 * 60_000

    public var coverageMet: Bool? { metrics.map { $0.coverageBP > Self.coverageTargetBP } }
    public var fulfilmentMet: Bool? { trading.flatMap { $0.fulfilmentOutcomes == 0 ? nil : $0.fulfilmentSuccessBP > Self.fulfilmentTargetBP } }
    public var p95Met: Bool? { metrics.map { $0.p95SkuMillis < Self.p95SyncTargetMillis } }
    public var webhookFailures: Int? { trading?.webhooksRejected }

    /// The targets this seller misses, by name.
    public var misses: [String] {
        [("coverage", coverageMet), ("fulfilment", fulfilmentMet), ("P95 sync", p95Met)].compactMap { $0.1 == false ? $0.0 : nil }
    }

    /// Worst first: missed targets, then work waiting on people, then the oldest open flag;
    /// sellers not onboarded after every onboarded one.
    public static func worstFirst(_ a: SellerHealth, _ b: SellerHealth) -> Bool {
        func key(_ h: SellerHealth) -> (Int, Int, Int, Int64, String) {
            (h.metrics == nil ? 1 : 0, -h.misses.count, -(h.openFlags + h.conflictQueue), -(h.oldestOpenFlagAge ?? 0), h.seller.id)
        }
        return key(a) < key(b)
    }
}

extension PierEngine {
    /// Every seller's health, worst first.
    public func health() throws(OnboardingError) -> [SellerHealth] {
        do throws(StoreError) {
            return try db.sellers().map { (s: SellerRecord) throws(StoreError) -> SellerHealth in
                let flags = try db.openFlagSummary(seller: s.id)
                let lastAt = try db.lastEventAt(seller: s.id)
                let metrics = s.metrics.map(OnboardingMetrics.init(json:))
                let trading = s.metrics?["trading"].map(TradingMetrics.init(json:))
                return SellerHealth(
                    seller: s, metrics: s.status == .onboarded ? metrics : nil, trading: trading, openFlags: flags.count,
                    oldestOpenFlagAge: flags.oldestRaisedAt.map { max(0, lastAt - $0) },
                    conflictQueue: try db.conflictQueueCount(seller: s.id))
            }.sorted(by: SellerHealth.worstFirst)
        } catch {
            throw .store(error.description)
        }
    }
}
