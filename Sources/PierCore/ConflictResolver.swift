/// Field-level, deterministic conflict resolution for one listing.
///
/// The state is a fold of the listing's change events in their total order (HLC, source
/// priority, event id), so any delivery order of the same events yields the same state and the
/// same resolutions. Events that arrive in order are applied incrementally; a late one causes a
/// refold from the initial state.
///
/// Policies: price — the merchant is the source of truth, a TikTok price edit is overruled and a
/// campaign price is kept apart; inventory per region — deltas merge (never last-writer-wins),
/// both sides moving the same region in one sync window is a merge conflict, and a would-be
/// oversell clamps to zero and goes to the conflict queue; moderation tags — the platform's set,
/// removed only by a reviewer or a granted appeal; status — banned > suspended > inactive >
/// active, a suspension lifted only by an appeal.
public struct ConflictResolver: Sendable {
    public let initial: ListingState
    /// The sync window: changes from both sides to one region within it are a merge conflict.
    public let windowMillis: Int64
    public private(set) var events: [ChangeEvent] = []
    public private(set) var state: ListingState
    private var applied: [Resolution] = []
    private var windows: [WindowKey: WindowTotals] = [:]

    struct WindowKey: Hashable { let region: Region; let window: Int64 }
    struct WindowTotals {
        var merchant = 0, tiktok = 0, merchantEvents = 0, tiktokEvents = 0
        var base = 0
        var lastEventID = ""
        var lastAt: Int64 = 0
    }

    public init(initial: ListingState, windowMillis: Int64 = 60_000) {
        self.initial = initial
        self.windowMillis = windowMillis
        state = initial
    }

    /// Applies one event, in whatever order it arrives. A duplicate (same id) changes nothing.
    public mutating func apply(_ event: ChangeEvent) {
        if let last = events.last, !ChangeEvent.precedes(last, event) {
            if events.contains(where: { $0.id == event.id }) { return }
            let index = events.firstIndex { ChangeEvent.precedes(event, $0) } ?? events.count
            events.insert(event, at: index)
            refold()
            return
        }
        events.append(event)
        fold(event)
    }

    /// Every resolution: applied-policy records plus inventory merge conflicts per window.
    public var resolutions: [Resolution] {
        var all = applied
        for (key, w) in windows.sorted(by: { ($0.key.window, $0.key.region) < ($1.key.window, $1.key.region) })
        where w.merchantEvents > 0 && w.tiktokEvents > 0 {
            all.append(
                Resolution(
                    eventID: w.lastEventID, sku: events.first?.sku ?? "", field: "inventory.\(key.region.rawValue)",
                    merchantValue: String(w.base + w.merchant), tiktokValue: String(w.base + w.tiktok),
                    resolvedValue: String(max(0, w.base + w.merchant + w.tiktok)), policy: "merge-deltas",
                    winner: "merged", needsHuman: false, at: w.lastAt))
        }
        return all
    }

    private mutating func refold() {
        state = initial
        applied = []
        windows = [:]
        for e in events { fold(e) }
    }

    private mutating func record(
        _ e: ChangeEvent, merchant: String, tiktok: String, resolved: String, policy: String,
        winner: String, needsHuman: Bool = false
    ) {
        applied.append(
            Resolution(
                eventID: e.id, sku: e.sku, field: e.change.field, merchantValue: merchant, tiktokValue: tiktok,
                resolvedValue: resolved, policy: policy, winner: winner, needsHuman: needsHuman, at: e.hlc.wall))
    }

    private mutating func fold(_ e: ChangeEvent) {
        switch e.change {
        case .price(let p):
            if e.source == .merchant {
                state.price = p
            } else {
                record(
                    e, merchant: String(state.price), tiktok: String(p), resolved: String(state.price),
                    policy: "merchant-source-of-truth", winner: "merchant")
            }
        case .campaignPrice(let p):
            if e.source == .tiktok {
                state.campaignPrice = p
            } else {
                record(
                    e, merchant: p.map(String.init) ?? "none", tiktok: state.campaignPrice.map(String.init) ?? "none",
                    resolved: state.campaignPrice.map(String.init) ?? "none", policy: "campaign-price-platform-owned", winner: "tiktok")
            }
        case .inventoryDelta(let region, let delta):
            let current = state.inventory[region] ?? 0
            let key = WindowKey(region: region, window: e.hlc.wall / windowMillis)
            var w = windows[key] ?? WindowTotals(base: current)
            if e.source == .merchant { w.merchant += delta; w.merchantEvents += 1 } else { w.tiktok += delta; w.tiktokEvents += 1 }
            w.lastEventID = e.id
            w.lastAt = e.hlc.wall
            windows[key] = w
            let next = current + delta
            if next < 0 {
                state.inventory[region] = 0
                let fromMerchant = e.source == .merchant
                record(
                    e, merchant: fromMerchant ? String(delta) : String(current), tiktok: fromMerchant ? String(current) : String(delta),
                    resolved: "0", policy: "oversell-clamp", winner: "clamped", needsHuman: true)
            } else {
                state.inventory[region] = next
            }
        case .tagAdd(let tag):
            if e.source == .merchant {
                record(
                    e, merchant: "+\(tag)", tiktok: state.tags.sorted().joined(separator: "|"),
                    resolved: state.tags.sorted().joined(separator: "|"), policy: "tags-platform-authoritative", winner: "tiktok")
            } else {
                state.tags.insert(tag)
            }
        case .tagRemove(let tag):
            if e.source == .reviewer || e.source == .appeal {
                state.tags.remove(tag)
            } else if state.tags.contains(tag) {
                record(
                    e, merchant: e.source == .merchant ? "-\(tag)" : "", tiktok: e.source == .tiktok ? "-\(tag)" : "",
                    resolved: state.tags.sorted().joined(separator: "|"), policy: "tags-removed-by-review-only", winner: "kept")
            }
        case .status(let s):
            foldStatus(e, s)
        }
    }

    private mutating func foldStatus(_ e: ChangeEvent, _ s: ListingStatus) {
        let before = state.status
        switch e.source {
        case .merchant:
            if s == .active || s == .inactive {
                state.merchantStatus = s
            }
            if state.status != s {
                record(
                    e, merchant: s.rawValue, tiktok: state.platformStatus.rawValue, resolved: state.status.rawValue,
                    policy: "status-precedence", winner: "tiktok")
            }
        case .tiktok, .reviewer:
            if state.platformStatus == .banned { break }
            if state.platformStatus == .suspended && s < .suspended {
                record(
                    e, merchant: state.merchantStatus.rawValue, tiktok: s.rawValue, resolved: before.rawValue,
                    policy: "suspension-lifted-by-appeal-only", winner: "kept")
                break
            }
            state.platformStatus = s
        case .appeal:
            if state.platformStatus != .banned { state.platformStatus = s }
        }
    }
}
