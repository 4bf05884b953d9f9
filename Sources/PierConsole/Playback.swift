import PierCore
import PierEngine

/// Plays a seller's onboarding back from its ledger on the virtual clock, at a chosen speed,
/// accumulating what the Sync pane shows: phase progress, throughput and the two queues.
public struct Playback: Sendable {
    public let seller: String
    public let events: [LedgerEvent]
    public let startAt: Int64
    public let endAt: Int64
    public let totalSKUs: Int
    /// Virtual milliseconds since `startAt`.
    public private(set) var now: Int64 = 0
    public private(set) var next = 0
    public static let speeds: [Int64] = [1, 10, 60, 600, 0]
    public var speedIndex = 2
    public var paused = false

    public private(set) var imported = 0
    public private(set) var mapped = 0
    public private(set) var unmapped = 0
    public private(set) var moderated = 0
    public private(set) var flaggedSKUs = 0
    public private(set) var live = 0
    public private(set) var changes = 0
    /// Live SKUs a status change took off TikTok (merchant deactivation, platform suspension).
    public private(set) var offline = Set<String>()
    public private(set) var connectedAt: Int64?
    public private(set) var syncedAt: Int64?
    public private(set) var importStartedAt: Int64?
    /// SKUs gone live per virtual minute.
    public private(set) var livePerMinute: [Int] = []
    public private(set) var conflicts: [Resolution] = []
    public private(set) var conflictQueue = 0
    public private(set) var inventoryConflictSKUs = Set<String>()
    public private(set) var flags: [(sku: String, rule: String, severity: ModerationSeverity, matched: String)] = []

    public init(seller: String, events: [LedgerEvent]) {
        self.seller = seller
        let start = events.firstIndex { $0.kind == .onboardingStarted } ?? 0
        self.events = Array(events[start...])
        startAt = self.events.first?.at ?? 0
        endAt = self.events.last?.at ?? 0
        let first = self.events.first
        totalSKUs = first?.payload(OnboardingStarted.self)?.skus ?? first?.payload(SellerRegistered.self)?.skus ?? 0
    }

    public var speedLabel: String {
        let s = Playback.speeds[speedIndex]
        return paused ? "paused" : (s == 0 ? "max" : "\(s)×")
    }

    public var finished: Bool { next >= events.count }
    public var duration: Int64 { endAt - startAt }

    /// Advances the virtual clock by `realMillis` at the current speed.
    public mutating func advance(realMillis: Int64) {
        guard !paused, !finished else { return }
        let speed = Playback.speeds[speedIndex]
        now = speed == 0 ? duration : min(duration, now + realMillis * speed)
        while next < events.count, events[next].at - startAt <= now { apply(events[next]); next += 1 }
    }

    /// Plays exactly the next event (step mode).
    public mutating func step() {
        guard next < events.count else { return }
        now = events[next].at - startAt
        apply(events[next])
        next += 1
    }

    private mutating func apply(_ e: LedgerEvent) {
        let t = e.at - startAt
        switch e.kind {
        case .connectCompleted?: connectedAt = t
        case .skuImported?:
            if importStartedAt == nil { importStartedAt = t }
            imported += 1
        case .skuMapped?: mapped += 1; moderated += 1
        case .skuUnmapped?: unmapped += 1
        case .skuModerated?: flaggedSKUs += 1
        case .flagRaised?:
            if let f = e.payload(FlagRaised.self), f.severity != .warn { flags.append((e.sku ?? "", f.rule, f.severity, f.matched)) }
        case .listingLive?:
            live += 1
            let minute = Int(max(0, t - (importStartedAt ?? 0)) / 60_000)
            if livePerMinute.count <= minute { livePerMinute += Array(repeating: 0, count: minute + 1 - livePerMinute.count) }
            livePerMinute[minute] += 1
        case .syncCompleted?: syncedAt = t
        case .listingChanged?:
            changes += 1
            if case .status(let s) = e.payload(ListingChanged.self)?.change, s != .active, let sku = e.sku { offline.insert(sku) }
        case .conflictResolved?, .conflictQueued?:
            guard let r = e.resolution else { break }
            conflicts.append(r)
            if r.needsHuman { conflictQueue += 1 }
            if r.field.hasPrefix("inventory.") { inventoryConflictSKUs.insert(r.sku) }
        default: break
        }
    }

    /// SKUs live now: those published, less those a status change took off TikTok since.
    public var liveNow: Int { live - offline.count }

    /// Percent of SKUs live so far, in basis points.
    public var coverageBP: Int { totalSKUs == 0 ? 0 : Int(OnboardingMetrics.basisPoints(liveNow, totalSKUs)) }
    public var flaggedBP: Int { Int(OnboardingMetrics.basisPoints(flaggedSKUs, totalSKUs)) }
    public var inventoryConflictBP: Int { Int(OnboardingMetrics.basisPoints(inventoryConflictSKUs.count, liveNow)) }
}
