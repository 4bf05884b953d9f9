import Foundation
import PierCore
import PierStore

/// One onboarding, played on the virtual clock: connect (OAuth with signed requests), import,
/// map, moderate, publish to the simulated TikTok Shop, then an hour of both sides changing
/// the live catalogue, resolved field by field. It produces the ledger events; everything the
/// store holds about the run is projected from them.
struct OnboardingSimulation: LedgerEmitting {
    let sellerID: String
    let sellerName: String
    let regions: [Region]
    let tier: Tier
    let apps: [PartnerApp]
    let seed: UInt64
    let resources: EngineResources
    let catalogue: SourceCatalogue
    let tiktokDemand: (median: Double, sigma: Double)
    /// Who started the onboarding and when by the wall clock (`Operator.stamp`), carried by
    /// `onboarding.started`.
    var startedBy: [String: JSONValue] = [:]

    /// The first hour after the catalogue sync, during which both sides keep changing things.
    static let shakedownMillis: Int64 = 3_600_000
    /// How often Pier reconciles inventory; both sides moving one region within it is a conflict.
    static let reconcileMillis: Int64 = 3_600_000
    static let webhookTopics = [
        "ORDER_STATUS_CHANGE", "PRODUCT_STATUS_CHANGE", "PRODUCT_INFORMATION_CHANGE",
        "RETURN_STATUS_CHANGE", "SELLER_DEAUTHORIZATION", "PACKAGE_UPDATE",
    ]
    static let coreScopes = ["catalog.read", "catalog.write", "inventory.write", "orders.read", "webhooks.manage"]

    struct Output {
        let metrics: OnboardingMetrics
        let reservation: RateReservation
        /// Wall time per stage (import, map, moderate, publish, resolve), for the benchmark.
        let stages: StageClock
    }

    /// Where `run` sends events as they are made, in emission order (ledger order is time, then
    /// emission order). The engine spools them to disk, so a 100K-SKU run never holds them.
    private var sink: (LedgerDraft) throws -> Void = { _ in }
    private var sinkError: (any Error)?
    private var lastAt: Int64 = 0
    private var importTimes = [String: Int64]()
    private var clock = StageClock()

    init(
        sellerID: String, sellerName: String, regions: [Region], tier: Tier, apps: [PartnerApp], seed: UInt64,
        resources: EngineResources, catalogue: SourceCatalogue, tiktokDemand: (median: Double, sigma: Double)
    ) {
        self.sellerID = sellerID
        self.sellerName = sellerName
        self.regions = regions
        self.tier = tier
        self.apps = apps
        self.seed = seed
        self.resources = resources
        self.catalogue = catalogue
        self.tiktokDemand = tiktokDemand
    }

    mutating func emit(_ at: Int64, _ type: LedgerEventType, _ actor: String, sku: String? = nil, _ data: JSONValue) {
        let draft = LedgerDraft(at: at, type: type, actor: actor, sku: sku, data: data)
        lastAt = max(lastAt, at)
        if type == .skuImported, let sku, importTimes[sku] == nil { importTimes[sku] = at }
        guard sinkError == nil else { return }
        do { try sink(draft) } catch { sinkError = error }
    }

    var importPageMillis: Int64 {
        switch catalogue.platform {
        case .shopify: 450
        case .amazon: 600
        case .woocommerce: 1_200
        }
    }

    var pageSize: Int {
        switch catalogue.platform {
        case .shopify: 50
        case .amazon: 20
        case .woocommerce: 100
        }
    }

    /// The catalogue's shape, as the reservation needs it.
    static func shape(documents: [[CatalogItem]], mapper: TaxonomyMapper, regions: Int, pageSize: Int) -> CatalogueShape {
        var products = Set<String>()
        var images = 0
        var categories = Set<Int64>()
        var skus = 0
        // A catalogue names few categories for many SKUs: each label is looked up once.
        var leafOf = [String: Int64]()
        for doc in documents {
            for item in doc {
                skus += 1
                if products.insert(item.productID).inserted { images += item.imageCount }
                let label = item.category.label
                if let id = leafOf[label] {
                    categories.insert(id)
                    continue
                }
                // The merchant's mapped leaf when there is one; each other distinct source category
                // stands for one leaf the product's words will choose.
                let id: Int64
                if let mapped = mapper.sourceID(item.category)?.id, mapped > 0 {
                    id = mapped
                } else {
                    id = -Int64(SeededRandom.fnv1a(label) >> 2) - 1_000
                }
                leafOf[label] = id
                categories.insert(id)
            }
        }
        return CatalogueShape(
            products: products.count, skus: skus, images: images, categories: categories.count,
            regions: regions, sourcePages: (documents.count + pageSize - 1) / max(pageSize, 1))
    }

    /// Runs the onboarding, handing each event to `sink` as it is made.
    mutating func run(into sink: @escaping (LedgerDraft) throws -> Void) throws(OnboardingError) -> Output {
        self.sink = sink
        let documents = catalogue.documents
        let mapper = TaxonomyMapper(mapping: resources.mapping)
        let reserving = StageClock.now()
        let shape = Self.shape(documents: documents, mapper: mapper, regions: regions.count, pageSize: pageSize)
        let buyer = mapper.storeBuyer(documents)
        let plain = Moderator(pack: resources.rules)
        let shelves = plain.prohibitedShelves(documents)
        let serviceShelves = mapper.serviceShelves(documents)
        clock.lap("reserve", since: reserving)
        let reservation = TierPlanner.reserve(
            tier: tier, sellerName: sellerName, regions: regions, shape: shape, apps: apps,
            importPageMillis: importPageMillis, webhookTopics: Self.webhookTopics.count)
        guard reservation.fits else {
            throw .refused(tier: tier.title, seller: sellerName, reasons: reservation.refusals)
        }
        var metrics = OnboardingMetrics()
        metrics.projectedSyncMillis = reservation.projectedSyncMillis
        metrics.skus = shape.skus
        metrics.products = shape.products
        metrics.apps = apps.count

        let started = OnboardingStarted(
            seller: sellerID, tier: tier, apps: apps.map(\.id), seed: seed, platform: catalogue.platform, regions: regions,
            rulePack: resources.rules.version, categoryMap: resources.mapping.version, skus: shape.skus, buyer: buyer,
            shelves: shelves, serviceShelves: serviceShelves)
        emit(0, "pier:engine", started, stamp: startedBy)
        emit(
            0, "pier:engine",
            TierReserved(tier: tier, budgets: reservation.budgets, calls: reservation.calls, projectedSyncMillis: reservation.projectedSyncMillis))

        var client = TikTokClient(shop: SimulatedTikTokShop(seed: seed, seller: sellerID), tier: tier, seed: seed, seller: sellerID)
        let connected = try connect(&client)
        metrics.oauthMillis = connected
        try sync(
            documents: documents, mapper: mapper.readingShelves(serviceShelves), buyer: buyer, moderator: plain.readingShelves(shelves), client: &client,
            start: connected, metrics: &metrics)
        metrics.requests = client.requests
        metrics.retries = client.retries
        let end = max(lastAt, connected)
        emit(end, "pier:engine", OnboardingCompleted(metrics: metrics.json))
        if let sinkError { throw .store("staging the run's events failed: \(sinkError)") }
        return Output(metrics: metrics, reservation: reservation, stages: clock)
    }

    // MARK: Connect

    private mutating func connect(_ client: inout TikTokClient) throws(OnboardingError) -> Int64 {
        var human = SeededRandom(seed: seed, stream: "merchant:\(sellerID)")
        var t = Int64(human.logNormal(median: 75_000, sigma: 0.2))
        let scopes = Array(Set(Self.coreScopes + apps.flatMap { $0.scopes.map(\.rawValue) })).sorted()
        t += 20_000 + Int64(Double(scopes.count) * human.logNormal(median: 6_000, sigma: 0.2))
        emit(t, "merchant:\(sellerID)", OAuthAuthorized(scopes: scopes))
        do {
            t = try client.send(.auth, "POST", "/api/v2/token/get", extra: ["grant_type": "authorized_code"], at: t)
            emit(t, "tiktok:auth", OAuthTokenIssued())
            t = try client.send(.auth, "GET", "/authorization/202309/shops", at: t)
            emit(t, "tiktok:auth", ShopAuthorized(shopCipher: client.shop.shopCipher, regions: regions))
            for topic in Self.webhookTopics {
                let body = JSONValue.object(["address": "https://pier.example/webhooks/tiktok", "event_type": .string(topic)]).canonical
                t = try client.send(.auth, "PUT", "/event/202309/webhooks", body: body, at: t)
            }
        } catch {
            throw .apiFailure("\(error.path) failed with HTTP \(error.status)")
        }
        emit(t, "pier:engine", WebhooksRegistered(topics: Self.webhookTopics))
        t += Int64(human.logNormal(median: 60_000, sigma: 0.3))
        emit(t, "tiktok:seller-center", ShopActivated(regions: regions))
        for app in apps.sorted(by: { $0.id < $1.id }) {
            t += Int64(human.logNormal(median: 14_000, sigma: 0.3))
            emit(t, "merchant:\(sellerID)", AppInstalled(app))
        }
        emit(t, "pier:engine", ConnectCompleted(durationMillis: t))
        return t
    }

    // MARK: Sync

    private struct Published {
        let sku: String
        let liveAt: Int64
        let item: CatalogItem
    }

    private mutating func sync(
        documents: [[CatalogItem]], mapper: TaxonomyMapper, buyer: Audience?, moderator: Moderator, client: inout TikTokClient, start: Int64,
        metrics: inout OnboardingMetrics
    ) throws(OnboardingError) {
        var pageRng = SeededRandom(seed: seed, stream: "source-api:\(sellerID)")
        var pageArrival = start
        var categoryReady = [Int64: Int64]()
        var flagID: Int64 = 0
        var finished = [Int64]()
        var publishable = [(item: CatalogItem, ready: Int64)]()
        var healthFlagged = 0
        var seen = Set<String>()
        // Each SKU's plain text, mapping and moderation depend on the SKU alone: the second core
        // works them out ahead while this thread runs the clock, the API calls and the events.
        let prepared = Handoff<[SKUAssessment]>(capacity: 64)
        let preparer = Worker(name: "pier.prepare") { [mapper] in
            for doc in documents {
                guard prepared.put(SKUAssessment.assess(doc, mapper: mapper, moderator: moderator, buyer: buyer)) else { return }
            }
            prepared.finish()
        }
        // Cancel first: a sync that stops early (an API call that gave up) must not wait for a
        // preparer blocked on a full hand-off.
        defer {
            prepared.cancel()
            preparer.join()
        }

        for (index, doc) in documents.enumerated() {
            if index % pageSize == 0 {
                pageArrival += Int64(pageRng.logNormal(median: Double(importPageMillis), sigma: 0.25))
            }
            let importedAt = pageArrival
            let ready = prepared.take() ?? []
            for (position, item) in doc.enumerated() {
                guard position < ready.count else { throw .store("the catalogue's preparation stopped early") }
                let work = ready[position]
                var lap = StageClock.now()
                guard seen.insert(item.sku).inserted else {
                    metrics.skipped += 1
                    emit(importedAt, "pier:import", sku: item.sku, SKUSkipped.duplicate(product: item.productID))
                    continue
                }
                let plain = work.plain
                emit(importedAt, "merchant:\(catalogue.platform.rawValue)", sku: item.sku, SKUEvents.imported(item, plain: plain))
                lap = clock.lap("import", since: lap)
                let mapping = work.mapping
                guard case .mapped(let category) = mapping else {
                    switch mapping {
                    case .missingAttribute: metrics.missingAttribute += 1
                    case .notEligible: metrics.notEligible += 1
                    case .noCategory: metrics.noCategory += 1
                    default: metrics.unmapped += 1
                    }
                    emit(importedAt, "pier:mapper", sku: item.sku, SKUEvents.unmapped(work))
                    // Every SKU is moderated, mapped or not: a prohibited good is rejected with
                    // its rule even when it has no TikTok category.
                    if raise(work.moderation, sku: item.sku, at: importedAt, flagID: &flagID, metrics: &metrics) { healthFlagged += 1 }
                    finished.append(importedAt)
                    clock.lap("map", since: lap)
                    continue
                }
                let mappedAt: Int64
                do {
                    mappedAt = try client.categoryRules(category.id, at: importedAt, known: &categoryReady)
                } catch {
                    throw .apiFailure("\(error.path) failed with HTTP \(error.status)")
                }
                let parcel = work.parcel
                if parcel.weightSource == .pierDefault { metrics.defaultWeight += 1 }
                if parcel.dimensionsSource == .pierDefault { metrics.defaultDimensions += 1 }
                emit(mappedAt, "pier:mapper", sku: item.sku, SKUEvents.mapped(category, parcel: parcel))
                lap = clock.lap("map", since: lap)

                let result = work.moderation
                if result.outcome == .pass {
                    for f in result.flags { raiseFlag(f, sku: item.sku, at: mappedAt, flagID: &flagID, metrics: &metrics) }
                    publishable.append((item, mappedAt))
                } else {
                    if raise(result, sku: item.sku, at: mappedAt, flagID: &flagID, metrics: &metrics) { healthFlagged += 1 }
                    finished.append(mappedAt)
                }
                clock.lap("moderate", since: lap)
            }
        }
        metrics.healthClaimFlaggedSKUs = healthFlagged

        let publishing = StageClock.now()
        let published = try publish(publishable, client: &client)
        clock.lap("publish", since: publishing)
        finished.append(contentsOf: published.map(\.liveAt))
        let syncEnd = finished.max() ?? start
        metrics.syncMillis = syncEnd - start
        metrics.firstLiveMillis = (published.map(\.liveAt).min() ?? start) - start
        let perSKU = published.map { $0.liveAt - start }.sorted()
        metrics.p95SkuMillis = perSKU.isEmpty ? 0 : perSKU[min(perSKU.count - 1, Int(Double(perSKU.count) * 0.95))]
        emit(syncEnd, "pier:engine", SyncCompleted(durationMillis: syncEnd - start, published: published.count))

        let trading = StageClock.now()
        trade(published, importTimes: importTimes, until: syncEnd + Self.shakedownMillis, metrics: &metrics)
        clock.lap("resolve", since: trading)
    }

    /// Records moderation's flags on a SKU and, when they hold or reject it, the outcome;
    /// true when a health-claim rule held or rejected it.
    private mutating func raise(
        _ result: ModerationResult, sku: String, at: Int64, flagID: inout Int64,
        metrics: inout OnboardingMetrics
    ) -> Bool {
        var health = false
        for f in result.flags {
            raiseFlag(f, sku: sku, at: at, flagID: &flagID, metrics: &metrics)
            if resources.rules.rule(f.ruleID)?.category == "health-claim" && f.severity != .warn { health = true }
        }
        guard result.outcome != .pass else { return false }
        metrics.flaggedSKUs += 1
        if result.outcome == .hold { metrics.heldSKUs += 1 } else { metrics.rejectedSKUs += 1 }
        emit(at, "pier:moderation", sku: sku, SKUModerated(outcome: result.outcome))
        return health
    }

    private mutating func raiseFlag(_ f: ModerationFlag, sku: String, at: Int64, flagID: inout Int64, metrics: inout OnboardingMetrics) {
        flagID += 1
        metrics.flagsByRule[f.ruleID, default: 0] += 1
        emit(at, "pier:moderation", sku: sku, SKUEvents.flag(flagID, f, rules: resources.rules))
    }

    private mutating func publish(_ items: [(item: CatalogItem, ready: Int64)], client: inout TikTokClient) throws(OnboardingError) -> [Published] {
        var out = [Published]()
        out.reserveCapacity(items.count)
        do {
            for entries in TikTokClient.byProduct(items) {
                guard let first = entries.first else { continue }
                let product = first.item.productID
                let (imagesDone, body) = try client.productImagesAndBody(entries, first: first.item)
                let created = try client.send(.product, "POST", "/product/202309/products", body: body, at: imagesDone)
                let tiktokID = client.shop.productID()
                emit(created, "tiktok:product-api", ProductCreated(product: product, tiktokProduct: tiktokID, skus: entries.map(\.item.sku)))
                let reviewed = created + client.shop.reviewLatency()
                for entry in entries {
                    var stocked = created
                    for region in regions where entry.item.inventory[region] != nil {
                        stocked = max(
                            stocked,
                            try client.send(
                                .inventory, "POST", "/product/202309/products/\(tiktokID)/inventory/update",
                                extra: ["warehouse": "WH-\(region.rawValue)"], at: created))
                    }
                    let live = max(reviewed, stocked)
                    emit(live, "tiktok:review", sku: entry.item.sku, ListingLive(tiktokProduct: tiktokID))
                    out.append(Published(sku: entry.item.sku, liveAt: live, item: entry.item))
                }
            }
        } catch {
            throw .apiFailure("\(error.path) failed with HTTP \(error.status) after \(TikTokClient.maxAttempts) attempts")
        }
        return out
    }

    // MARK: Trading while the sync settles

    private mutating func trade(_ published: [Published], importTimes: [String: Int64], until end: Int64, metrics: inout OnboardingMetrics) {
        let share: [Region: Double] =
            regions.count == 1
            ? [regions[0]: 1]
            : Dictionary(
                uniqueKeysWithValues: regions.enumerated().map {
                    ($0.element, $0.offset == 0 ? 0.6 : 0.4 / Double(regions.count - 1))
                })
        let day = 86_400_000.0
        for p in published {
            var rng = SeededRandom(seed: seed, stream: "changes:\(p.sku)")
            let velocity = catalogue.salesVelocity[p.sku] ?? 1
            let demand = rng.logNormal(median: tiktokDemand.median, sigma: tiktokDemand.sigma)
            var events = [ChangeEvent]()
            var n = 0
            func id(_ side: String) -> String { n += 1; return "\(side)-\(p.sku)-\(n)" }
            let importedAt = importTimes[p.sku] ?? p.liveAt
            for region in regions {
                let s = share[region] ?? 0
                var t = Double(importedAt)
                while true {
                    t += rng.exponential(mean: day / max(velocity * s, 1e-9))
                    if t >= Double(end) { break }
                    let delta = rng.chance(0.05) ? rng.int(in: 12...60) : -(rng.chance(0.85) ? 1 : 2)
                    events.append(ChangeEvent(id: id("m"), sku: p.sku, hlc: HLC(wall: Int64(t)), source: .merchant, change: .inventoryDelta(region, delta)))
                }
                t = Double(p.liveAt)
                while true {
                    t += rng.exponential(mean: day / max(demand * s, 1e-9))
                    if t >= Double(end) { break }
                    events.append(
                        ChangeEvent(
                            id: id("t"), sku: p.sku, hlc: HLC(wall: Int64(t)), source: .tiktok,
                            change: .inventoryDelta(region, rng.chance(0.9) ? -1 : -2)))
                }
            }
            let window = Double(end - p.liveAt)
            if rng.chance(0.01) {
                let at = p.liveAt + Int64(rng.unit() * window)
                events.append(
                    ChangeEvent(
                        id: id("m"), sku: p.sku, hlc: HLC(wall: at), source: .merchant,
                        change: .price(p.item.price.minorUnits + Int64(rng.int(in: -3...5)) * 100)))
            }
            if rng.chance(0.004) {
                let at = p.liveAt + Int64(rng.unit() * window)
                events.append(
                    ChangeEvent(
                        id: id("t"), sku: p.sku, hlc: HLC(wall: at), source: .tiktok,
                        change: .price(p.item.price.minorUnits * 9 / 10)))
            }
            if rng.chance(0.03) {
                let at = p.liveAt + Int64(rng.unit() * window)
                events.append(
                    ChangeEvent(
                        id: id("t"), sku: p.sku, hlc: HLC(wall: at), source: .tiktok,
                        change: .campaignPrice(p.item.price.minorUnits * 85 / 100)))
            }
            if rng.chance(0.002) {
                let at = p.liveAt + Int64(rng.unit() * window)
                events.append(ChangeEvent(id: id("m"), sku: p.sku, hlc: HLC(wall: at), source: .merchant, change: .status(.inactive)))
            }
            if rng.chance(0.002) {
                let at = p.liveAt + Int64(rng.unit() * window)
                events.append(ChangeEvent(id: id("t"), sku: p.sku, hlc: HLC(wall: at), source: .tiktok, change: .tagAdd("image-quality-review")))
            }
            if rng.chance(0.001) {
                // A rights-holder complaint: TikTok tags and suspends the listing; only an appeal brings it back.
                let at = p.liveAt + Int64(rng.unit() * window)
                events.append(ChangeEvent(id: id("t"), sku: p.sku, hlc: HLC(wall: at), source: .tiktok, change: .tagAdd("ip-complaint")))
                events.append(ChangeEvent(id: id("t"), sku: p.sku, hlc: HLC(wall: at, counter: 1), source: .tiktok, change: .status(.suspended)))
            }
            guard !events.isEmpty else { continue }

            // Webhooks arrive late and out of order; the resolver's total order makes that harmless.
            let delivered = events.map { e in (e, e.hlc.wall + (e.source == .tiktok ? Int64(rng.exponential(mean: 4_000)) : 0)) }
                .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }.map(\.0)
            var resolver = ConflictResolver(
                initial: ListingState(price: p.item.price.minorUnits, inventory: p.item.inventory),
                windowMillis: Self.reconcileMillis)
            for e in delivered { resolver.apply(e) }
            for e in events.sorted(by: ChangeEvent.precedes) {
                emit(
                    e.hlc.wall, "\(e.source.rawValue):\(e.source == .merchant ? catalogue.platform.rawValue : "webhook")", sku: e.sku,
                    ListingChanged(e))
            }
            metrics.changeEvents += events.count
            let resolutions = resolver.resolutions
            if !resolutions.isEmpty { metrics.conflictSKUs += 1 }
            if resolutions.contains(where: { $0.field.hasPrefix("inventory.") }) { metrics.inventoryConflictSKUs += 1 }
            for r in resolutions {
                metrics.resolutions += 1
                if r.needsHuman { metrics.conflictQueue += 1 }
                emit(r.at, "pier:resolver", sku: r.sku, r.outcome)
            }
            if resolver.state.status != .active { metrics.inactive += 1 }
        }
        metrics.live = published.count - metrics.inactive
    }
}
