import PierCore
import PierStore

/// Builds a seller's state from its ledger events. The engine persists exactly what this
/// projects from the events it emits, and `replay` projects the stored ledger again to check
/// that the tables still match it.
struct SellerProjection: Sendable {
    let sellerID: String
    private(set) var listings: [String: ListingRecord] = [:]
    private var resolvers: [String: ConflictResolver] = [:]
    private(set) var flags: [Int64: FlagRecord] = [:]
    /// The wall clock of each flag's last decision, for telling a late reviewer who was first.
    private(set) var decidedWallClock: [Int64: String] = [:]
    private var flagsBySKU: [String: [Int64]] = [:]
    private(set) var conflicts: [ConflictRecord] = []
    private(set) var installs: [String: InstallRecord] = [:]
    private(set) var orders: [String: OrderRecord] = [:]
    private(set) var profile: SellerRecord?
    /// The store's last onboarding as it started: who its unnamed garments are for and which of
    /// its shelves hold mostly prohibited goods or mostly services.
    private(set) var started: OnboardingStarted?
    private(set) var events: Int64 = 0
    private(set) var lastAt: Int64 = 0
    /// The latest virtual time of any event (events are not all in time order).
    private(set) var maxAt: Int64 = 0
    /// Why a SKU has no TikTok category and the kind of reason (`not-eligible`, `no-category`…),
    /// kept when moderation holds it too: clearing its flags returns it to "unmapped", never
    /// live; the not eligible and uncategorisable are counted apart from coverage.
    private var unmapped: [String: (reason: String, kind: MappingResult.Kind)] = [:]
    /// The TikTok product each published SKU belongs to: a merchant's later change updates it.
    private(set) var tiktokProduct: [String: String] = [:]
    /// Values a person chose for a SKU's field in the conflict queue (`price`, `inventory.US`),
    /// holding until the next change to the listing from either side.
    private var overrides: [String: [String: Int64]] = [:]
    /// The workbench fixes applied to the seller's catalogue, by number, reverted ones marked.
    private(set) var fixes: [Int64: CatalogueFix] = [:]
    /// One copy of each repeated text (a product's variants share their description).
    private var strings = StringInterner()

    init(sellerID: String) { self.sellerID = sellerID }

    /// Stamps what follows after the seller's last event when only part of its ledger was
    /// replayed (a commit scoped to some SKUs or to its apps).
    mutating func follow(lastAt at: Int64) {
        lastAt = at
        maxAt = max(maxAt, at)
    }

    /// The figures of the days after go-live, once they have been traded.
    var trading: JSONValue? { profile?.metrics?["trading"] }

    mutating func apply(_ e: LedgerEvent) { apply(type: e.type, at: e.at, actor: e.actor, sku: e.sku, data: e.data) }

    mutating func apply(_ d: LedgerDraft) { apply(type: d.type, at: d.at, actor: d.actor, sku: d.sku, data: d.data) }

    mutating func apply(type: String, at: Int64, actor: String, sku: String?, data: JSONValue) {
        events += 1
        lastAt = at
        maxAt = max(maxAt, at)
        switch LedgerEventType(rawValue: type) {
        case .sellerRegistered?:
            let r =
                SellerRegistered(data: data)
                ?? SellerRegistered(name: sellerID, platform: .shopify, vertical: "", regions: [], currency: "USD", skus: 0, origin: "archetype")
            profile = SellerRecord(
                id: sellerID, name: r.name, platform: r.platform, vertical: r.vertical, regions: r.regions, currency: r.currency, skuCount: r.skus,
                origin: r.origin)
        case .catalogImported?:
            if let i = CatalogImported(data: data) { profile?.skuCount = i.skus }
        case .catalogSynced?:
            if let metrics = CatalogSynced(data: data)?.metrics {
                let trading = profile?.metrics?["trading"]
                profile?.metrics = metrics
                if case .object(var m) = metrics, let trading {
                    m["trading"] = trading
                    profile?.metrics = .object(m)
                }
            }
        case .onboardingStarted?:
            let s = OnboardingStarted(data: data)
            profile?.tier = s?.tier
            profile?.apps = s?.apps ?? []
            profile?.seed = s?.seed
            profile?.status = .onboarding
            started = s
        case .onboardingCompleted?:
            profile?.status = .onboarded
            profile?.metrics = OnboardingCompleted(data: data)?.metrics
        case .appInstalled?:
            if let i = AppInstalled(data: data) {
                installs[i.app] = InstallRecord(sellerID: sellerID, appID: i.app, scopes: i.scopes, installedAt: at)
            }
        case .appUninstalled?:
            if let u = AppUninstalled(data: data) { installs[u.app]?.revokedAt = at }
        case .skuImported?:
            guard let sku, let i = SKUImported(data: data) else { return }
            unmapped[sku] = nil
            listings[sku] = ListingRecord(
                sellerID: sellerID, sku: sku, productID: strings.intern(i.product), title: i.title, description: strings.intern(i.description),
                tags: i.tags.map { strings.intern($0) }, sourceCategory: strings.intern(i.category), tiktokCategoryID: nil,
                tiktokCategoryPath: nil, coverageReason: "not synced yet", moderation: .pending, status: .imported, priceMinor: i.priceMinor,
                currency: i.currency, campaignPriceMinor: nil, inventory: i.inventory, moderationTags: [], liveAt: nil)
        case .skuUnmapped?:
            guard let sku, let u = SKUUnmapped(data: data) else { return }
            unmapped[sku] = (u.reason, u.kind)
            listings[sku]?.tiktokCategoryID = u.categoryID
            if u.takenDown != nil { listings[sku]?.liveAt = nil }
            // A fix on a SKU moderation holds changes its category, not its place in the queue.
            guard !hasBlockingFlags(sku) else { return }
            listings[sku]?.status = .unmapped
            listings[sku]?.coverageReason = strings.intern(u.reason)
        case .skuMapped?:
            guard let sku, let m = SKUMapped(data: data) else { return }
            unmapped[sku] = nil
            listings[sku]?.tiktokCategoryID = m.categoryID
            listings[sku]?.tiktokCategoryPath = strings.intern(m.path)
            guard !hasBlockingFlags(sku) else { return }
            listings[sku]?.status = .mapped
            listings[sku]?.moderation = .pass
        case .flagRaised?:
            guard let sku, let f = FlagRaised(data: data) else { return }
            flags[f.flag] = FlagRecord(
                id: f.flag, sellerID: sellerID, sku: sku, ruleID: f.rule, ruleCategory: f.ruleCategory, severity: f.severity,
                field: f.field, matched: f.matched, spanStart: f.start, spanEnd: f.end, state: f.state, raisedAt: at)
            flagsBySKU[sku, default: []].append(f.flag)
        case .skuModerated?:
            guard let sku, let m = SKUModerated(data: data) else { return }
            let outcome = m.outcome
            listings[sku]?.moderation = ListingModeration(outcome)
            listings[sku]?.status = outcome == .reject ? .rejected : .held
            if m.takenDown != nil { listings[sku]?.liveAt = nil }
            let current = (flagsBySKU[sku] ?? []).compactMap { flags[$0] }.filter { $0.severity != .warn && $0.state != .withdrawn }
            let rules = current.map(\.ruleID).sorted()
            listings[sku]?.coverageReason = (outcome == .reject ? "rejected by moderation: " : "held for review: ") + rules.joined(separator: ", ")
            let categories = current.map(\.ruleCategory)
            listings[sku]?.moderationTags = Array(Set(categories)).sorted()
        case .flagDecided?:
            guard let d = FlagDecided(data: data), var flag = flags[d.flag] else { return }
            flag.decidedBy = actor
            flag.decidedAt = at
            decidedWallClock[d.flag] = data["wall_clock"]?.stringValue
            flag.state = d.decision.state
            flags[d.flag] = flag
            settle(sku: flag.sku, at: at)
        case .flagWithdrawn?:
            guard let id = FlagWithdrawn(data: data)?.flag, var flag = flags[id] else { return }
            flag.state = .withdrawn
            flag.decidedBy = actor
            flag.decidedAt = at
            flags[id] = flag
        case .listingRemoved?:
            guard let sku, let r = ListingRemoved(data: data) else { return }
            listings[sku]?.status = .removed
            listings[sku]?.liveAt = nil
            listings[sku]?.coverageReason = strings.intern(r.reason)
            tiktokProduct[sku] = nil
        case .appealFiled?:
            guard let id = AppealFiled(data: data)?.flag, var flag = flags[id] else { return }
            flag.appeals += 1
            flag.state = .appealed
            flags[id] = flag
        case .appealDecided?:
            guard let d = AppealDecided(data: data), var flag = flags[d.flag] else { return }
            flag.decidedBy = actor
            flag.decidedAt = at
            decidedWallClock[d.flag] = data["wall_clock"]?.stringValue
            flag.state = d.decision == .grant ? .granted : (flag.appeals >= PierEngine.maxAppeals ? .final : .upheld)
            flags[d.flag] = flag
            settle(sku: flag.sku, at: at)
        case .listingLive?:
            guard let sku else { return }
            listings[sku]?.status = .live
            listings[sku]?.liveAt = at
            if let id = ListingLive(data: data)?.tiktokProduct { tiktokProduct[sku] = id }
            listings[sku]?.coverageReason = nil
        case .listingChanged?:
            guard let sku, let change = ListingChanged(data: data)?.event(sku: sku), let listing = listings[sku] else { return }
            overrides[sku] = nil
            var resolver =
                resolvers[sku]
                ?? ConflictResolver(
                    initial: ListingState(price: listing.priceMinor, inventory: listing.inventory, tags: Set(listing.moderationTags)),
                    windowMillis: OnboardingSimulation.reconcileMillis)
            resolver.apply(change)
            resolvers[sku] = resolver
        case .fixApplied?:
            if let fix = CatalogueFix(event: data, at: at) { fixes[fix.id] = fix }
        case .fixReverted?:
            guard let id = FixReverted(data: data)?.fix else { return }
            fixes[id]?.reverted = (data["operator"]?.stringValue ?? actor, data["wall_clock"]?.stringValue ?? "")
        case .tradingCompleted?:
            if case .object(var m) = profile?.metrics, let t = TradingCompleted(data: data)?.metrics {
                m["trading"] = t
                profile?.metrics = .object(m)
            }
        case .orderCreated?:
            guard let sku, let c = OrderCreated(data: data) else { return }
            orders[c.order] = OrderRecord(
                sellerID: sellerID, orderID: c.order, sku: sku, region: c.region.rawValue, quantity: c.quantity, amountMinor: c.amountMinor,
                status: c.status, placedAt: c.placedAt, updatedAt: at)
        case .orderStatus?:
            guard let s = OrderStatusChanged(data: data) else { return }
            orders[s.order]?.status = s.to
            orders[s.order]?.updatedAt = at
        case .orderCancelled?:
            guard let c = OrderCancelled(data: data) else { return }
            orders[c.order]?.note = c.reason
        case .fulfilmentRouted?, .fulfilmentLabelled?, .fulfilmentShipped?, .fulfilmentDelivered?, .fulfilmentFailed?:
            guard let step = OrderSteps.decode(LedgerEventType(rawValue: type), data) else { return }
            let stage = String(type.dropFirst("fulfilment.".count))
            orders[step.order]?.fulfilment = (step as? FulfilmentShipped)?.late == true ? "shipped late" : stage
            orders[step.order]?.updatedAt = at
        case .appActivity?:
            guard let call = AppActivity(data: data), call.scope == Scope.fulfilmentWrite.rawValue, let id = call.order else { return }
            orders[id]?.fulfilment = "routed to \(call.app)"
        case .returnRequested?, .returnApproved?, .returnRejected?:
            guard let step = OrderSteps.decode(LedgerEventType(rawValue: type), data) else { return }
            let state = String(type.dropFirst("return.".count))
            let reason = (step as? ReturnRequested)?.reason ?? (step as? ReturnRejected)?.reason ?? (state == "approved" ? "refund issued" : "")
            orders[step.order]?.returnState = state + ": " + reason
        case .conflictDecided?:
            guard let sku, let d = ConflictDecided(data: data),
                let i = conflicts.firstIndex(where: {
                    $0.resolution.sku == sku && $0.resolution.eventID == d.eventID && $0.resolution.field == d.field && $0.state == .open
                })
            else { return }
            conflicts[i].state = d.choice.state
            if d.choice != .accept, let value = d.number { overrides[sku, default: [:]][d.field] = value }
        case .conflictQueued?, .conflictResolved?:
            guard let sku, let r = Resolution.recorded(LedgerEventType(rawValue: type), data, sku: sku, at: at) else { return }
            conflicts.append(ConflictRecord(sellerID: sellerID, resolution: r, state: r.needsHuman ? .open : .auto))
        default:
            break
        }
    }

    /// Re-derives a held listing's status from its flags after a decision: live when none is
    /// still blocking, otherwise the most severe outcome; a tag goes when its last flag does.
    private mutating func settle(sku: String, at: Int64) {
        guard var l = listings[sku], l.status != .live, l.status != .unmapped, l.status != .removed else { return }
        let blocking = (flagsBySKU[sku] ?? []).compactMap { flags[$0] }.filter { $0.severity != .warn }
        let open = blocking.filter { !$0.state.isSettled }
        l.moderationTags = Array(Set(open.map(\.ruleCategory))).sorted()
        if open.isEmpty, let reason = unmapped[sku]?.reason {
            l.status = .unmapped
            l.moderation = .pass
            l.coverageReason = strings.intern(reason)
        } else if open.isEmpty {
            l.status = .live
            l.moderation = .pass
            l.liveAt = at
            l.coverageReason = nil
        } else if open.contains(where: \.state.keepsRejected) {
            l.status = .rejected
            l.coverageReason = "upheld by review: " + open.map(\.ruleID).sorted().joined(separator: ", ")
        } else if open.contains(where: { $0.state == .editRequested }) {
            l.status = .editRequested
            l.coverageReason = "seller asked to edit: " + open.map(\.ruleID).sorted().joined(separator: ", ")
        } else {
            l.status = .held
        }
        listings[sku] = l
    }

    /// Whether a flag that keeps a SKU off TikTok Shop still stands against it.
    func hasBlockingFlags(_ sku: String) -> Bool {
        (flagsBySKU[sku] ?? []).contains { id in flags[id].map { $0.severity != .warn && !$0.state.isSettled } ?? false }
    }

    /// The listings with every resolver's state folded in, ordered by SKU.
    func finalListings() -> [ListingRecord] {
        listings.keys.sorted().compactMap { finalListing($0) }
    }

    /// Each final listing in SKU order, one at a time (a 100K-SKU seller is never copied whole).
    func forEachFinalListing(_ body: (ListingRecord) throws -> Void) rethrows {
        for sku in listings.keys.sorted() { if let l = finalListing(sku) { try body(l) } }
    }

    /// A SKU's listing with its resolver's state folded in.
    func finalListing(_ sku: String) -> ListingRecord? {
        guard var l = listings[sku] else { return nil }
        if let state = resolvers[sku]?.state {
            l.priceMinor = state.price
            l.campaignPriceMinor = state.campaignPrice
            l.inventory = state.inventory
            l.moderationTags = state.tags.sorted()
            if l.status == .live && state.status != .active {
                l.status = SKUStatus(tiktok: state.status)
                l.coverageReason = "\(state.status.rawValue) on TikTok Shop"
            }
        }
        for (field, value) in overrides[sku] ?? [:] {
            if field == "price" {
                l.priceMinor = value
            } else if field.hasPrefix("inventory."), let region = Region(rawValue: String(field.dropFirst("inventory.".count))) {
                l.inventory[region] = Int(value)
            }
        }
        return l
    }

    /// How many SKUs the store still has are waiting with this kind of unmapped reason
    /// (`not-eligible`, `no-category`).
    func unmappedCount(kind: MappingResult.Kind) -> Int {
        unmapped.reduce(0) { n, e in e.value.kind == kind && listings[e.key]?.status != .removed ? n + 1 : n }
    }

    /// The kind of reason a SKU waits without a TikTok category (`needs-category`, `not-eligible`…), nil when it has one.
    func unmappedKind(_ sku: String) -> MappingResult.Kind? { unmapped[sku]?.kind }

    /// The fixes in the order they were applied.
    var fixesInOrder: [CatalogueFix] { fixes.keys.sorted().compactMap { fixes[$0] } }

    /// The flags raised on a SKU, oldest first.
    func flags(sku: String) -> [FlagRecord] { (flagsBySKU[sku] ?? []).compactMap { flags[$0] } }

    /// A SKU's conflict resolver, when TikTok or the merchant changed the live listing.
    func resolver(_ sku: String) -> ConflictResolver? { resolvers[sku] }

    func finalFlags() -> [FlagRecord] { flags.keys.sorted().compactMap { flags[$0] } }

    func finalInstalls() -> [InstallRecord] { installs.keys.sorted().compactMap { installs[$0] } }

    func finalOrders() -> [OrderRecord] { orders.keys.sorted().compactMap { orders[$0] } }
}
