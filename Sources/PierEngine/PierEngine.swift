import CMalloc
import Foundation
import PierCore
import PierStore

/// The in-process Pier engine over a store: seeds sellers, reserves tiers, runs onboardings,
/// replays and exports. Every state change goes through the ledger.
public final class PierEngine: Sendable {
    public let db: any Store
    public let resources: EngineResources
    /// Who acts through this engine: every human action's event names them and the wall clock.
    public let who: Operator
    /// The map and moderator the catalogue workbench reuses from fix to fix.
    let tools = CatalogueTools()

    public init(db: any Store, resources: EngineResources, operator who: Operator) {
        self.db = db
        self.resources = resources
        self.who = who
    }

    /// The ids of the seed's worked-example sellers.
    public static let archetypeIDs = SellerArchetype.all.map(\.id)

    /// Writes the three seed sellers (and their `seller.registered` events) if they are missing.
    public func seedSellersIfNeeded() throws(OnboardingError) {
        do {
            try db.write { db in
                for a in SellerArchetype.all where try db.seller(a.id) == nil {
                    let record = SellerRecord(
                        id: a.id, name: a.name, platform: a.platform, vertical: a.vertical, regions: a.regions,
                        currency: a.currency, skuCount: a.skuCount, origin: "archetype")
                    try db.upsert(record)
                    try db.appendLedger(
                        seller: a.id,
                        drafts: [
                            LedgerDraft(
                                at: 0, actor: "pier:seed",
                                SellerRegistered(
                                    name: a.name, platform: a.platform, vertical: a.vertical, regions: a.regions, currency: a.currency,
                                    skus: a.skuCount, origin: "archetype"))
                        ])
                }
            }
        } catch {
            throw .store(error.description)
        }
    }

    /// Sellers in the store.
    public func sellers() throws(OnboardingError) -> [SellerRecord] {
        do { return try db.sellers() } catch { throw .store(error.description) }
    }

    static func archetype(_ id: String) throws(OnboardingError) -> SellerArchetype {
        guard let a = SellerArchetype.named(id.lowercased()) else { throw .unknownSeller(id, known: archetypeIDs) }
        return a
    }

    /// Looks up app ids in a marketplace.
    public static func apps(_ ids: [String], resources: EngineResources) throws(OnboardingError) -> [PartnerApp] {
        var out = [PartnerApp]()
        for id in ids {
            guard let app = resources.app(id.lowercased()) else { throw .unknownApp(id, known: resources.apps.map(\.id)) }
            if out.contains(app) { throw .duplicateApp(id) }
            out.append(app)
        }
        return out
    }

    /// The reservation a tier would make for a seller, with the projected sync time and any
    /// refusal; touches no database, so a command can check everything before it opens one.
    public static func reserve(
        seller: String, tier: Tier, apps appIDs: [String], seed: UInt64,
        resources: EngineResources
    ) throws(OnboardingError) -> RateReservation {
        let source = Source(archetype: try archetype(seller), seed: seed)
        return reservation(source, tier: tier, apps: try apps(appIDs, resources: resources), seed: seed, resources: resources)
    }

    /// The reservation for a source: its catalogue's shape against the tier's budgets.
    static func reservation(_ s: Source, tier: Tier, apps: [PartnerApp], seed: UInt64, resources: EngineResources) -> RateReservation {
        let sim = simulation(s, tier: tier, apps: apps, seed: seed, resources: resources)
        let shape = OnboardingSimulation.shape(
            documents: s.catalogue.documents, mapper: TaxonomyMapper(mapping: resources.mapping),
            regions: s.regions.count, pageSize: sim.pageSize)
        return TierPlanner.reserve(
            tier: tier, sellerName: s.name, regions: s.regions, shape: shape, apps: apps,
            importPageMillis: sim.importPageMillis, webhookTopics: OnboardingSimulation.webhookTopics.count)
    }

    static func simulation(_ s: Source, tier: Tier, apps: [PartnerApp], seed: UInt64, resources: EngineResources) -> OnboardingSimulation {
        OnboardingSimulation(
            sellerID: s.id, sellerName: s.name, regions: s.regions, tier: tier, apps: apps, seed: seed, resources: resources,
            catalogue: s.catalogue, tiktokDemand: s.demand)
    }

    /// What an onboarding syncs: a seed archetype's generated catalogue, or an imported one.
    struct Source {
        init(id: String, name: String, regions: [Region], catalogue: SourceCatalogue, demand: (median: Double, sigma: Double)) {
            self.id = id
            self.name = name
            self.regions = regions
            self.catalogue = catalogue
            self.demand = demand
        }

        /// An imported seller's catalogue, read from the store through a cursor.
        init(imported record: SellerRecord, db: any StoreSession) throws {
            // This thread reads the rows; the second core parses them, in the same order.
            let rows = Handoff<[(document: Int, text: String)]>(capacity: 32)
            let parser = Worker(name: "pier.catalogue") { () -> (documents: [[CatalogItem]], unreadable: Int) in
                var documents = [[CatalogItem]]()
                var last = -1
                var unreadable = 0
                var strings = StringInterner()
                while let batch = rows.take() {
                    for (document, text) in batch {
                        guard let value = try? JSONParser.parse(text), let item = CatalogItem(json: value) else {
                            unreadable += 1
                            continue
                        }
                        if document != last { documents.append([]); last = document }
                        documents[documents.count - 1].append(strings.intern(item))
                    }
                }
                return (documents, unreadable)
            }
            var batcher = Batcher(rows, size: 256)
            do {
                try db.forEachCatalogueItem(seller: record.id) { _, document, text in batcher.add((document, text)) }
                batcher.finish()
            } catch {
                rows.cancel()
                _ = parser.join()
                throw error
            }
            let (documents, unreadable) = parser.join()
            // A product the store cannot give back is never dropped quietly from an onboarding.
            guard unreadable == 0 else {
                throw OnboardingError.store(
                    "\(unreadable) stored catalogue item(s) of \(record.id) cannot be read back: import the seller's file again")
            }
            self.init(
                id: record.id, name: record.name, regions: record.regions,
                catalogue: SourceCatalogue(platform: record.platform, documents: documents), demand: (1, 1))
        }

        init(archetype a: SellerArchetype, seed: UInt64) {
            self.init(
                id: a.id, name: a.name, regions: a.regions, catalogue: SourceCatalogue(CatalogueGenerator(archetype: a, seed: seed).generate()),
                demand: a.tiktokDemand)
        }

        let id: String
        let name: String
        let regions: [Region]
        let catalogue: SourceCatalogue
        let demand: (median: Double, sigma: Double)
    }

    func source(_ seller: String, seed: UInt64) throws(OnboardingError) -> Source {
        if let a = SellerArchetype.named(seller.lowercased()) { return Source(archetype: a, seed: seed) }
        let record: SellerRecord?
        do { record = try db.seller(seller) } catch { throw .store(error.description) }
        guard let record, record.origin == "import" else {
            throw .unknownSeller(seller, known: (try? db.sellers().map(\.id)) ?? PierEngine.archetypeIDs)
        }
        do {
            return try db.read { db in try Source(imported: record, db: db) }
        } catch {
            throw .store(error.description)
        }
    }

    /// The reservation a tier would make for any seller in the store (imported ones included).
    public func reserve(seller: String, tier: Tier, apps appIDs: [String], seed: UInt64) throws(OnboardingError) -> RateReservation {
        PierEngine.reservation(
            try source(seller, seed: seed), tier: tier, apps: try PierEngine.apps(appIDs, resources: resources),
            seed: seed, resources: resources)
    }

    /// Runs a whole onboarding and persists it in one transaction. Running the same settings
    /// again on an onboarded seller changes nothing and returns the stored report.
    public func onboard(seller: String, tier: Tier, apps appIDs: [String], seed: UInt64) throws(OnboardingError) -> OnboardingReport {
        try onboardTimed(seller: seller, tier: tier, apps: appIDs, seed: seed).report
    }

    /// `onboard`, with the wall time of each stage (import, map, moderate, publish, resolve,
    /// persist, ledger) for the benchmark.
    public func onboardTimed(seller: String, tier: Tier, apps appIDs: [String], seed: UInt64) throws(OnboardingError)
        -> (report: OnboardingReport, stages: StageClock)
    {
        try authorise(.change, action: "onboarding", seller: seller)
        let apps = try PierEngine.apps(appIDs, resources: resources)
        let archetype = SellerArchetype.named(seller.lowercased())
        let record: SellerRecord?
        do { record = try db.seller(archetype?.id ?? seller) } catch { throw .store(error.description) }
        if archetype == nil, record?.origin != "import" {
            throw .unknownSeller(seller, known: (try? db.sellers().map(\.id)) ?? PierEngine.archetypeIDs)
        }
        let id = archetype?.id ?? record?.id ?? seller
        let name = archetype?.name ?? record?.name ?? seller
        if let existing = record, existing.status == .onboarded {
            if existing.tier == tier && existing.apps == apps.map(\.id) && existing.seed == seed {
                return (try storedReport(seller: id, name: name, reservation: nil, alreadyDone: true), StageClock())
            }
            throw .alreadyOnboarded(seller: id, tier: existing.tier?.rawValue ?? "?", apps: existing.apps, seed: existing.seed ?? 0)
        }
        try seedSellersIfNeeded()
        let resources = self.resources
        let stamp = who.stamp()
        let outcome: Result<(RateReservation, StageClock), OnboardingError>
        do {
            outcome = try db.write { db in
                try PierEngine.onboardStreaming(
                    db, seller: id, archetype: archetype, tier: tier, apps: apps, seed: seed, stamp: stamp,
                    resources: resources)
            }
        } catch {
            throw .store(error.description)
        }
        var (reservation, clock) = try outcome.get()
        let verifying = StageClock.now()
        let report = try storedReport(seller: id, name: name, reservation: reservation, alreadyDone: false)
        clock.lap("verify", since: verifying)
        return (report, clock)
    }

    /// The whole onboarding inside one write transaction: the simulation spools its events to
    /// a scratch file as it makes them, the catalogue is dropped once it has run, and the events
    /// are then read back in ledger order and chained onto the ledger on this thread while the
    /// projection folds them on the second core. Memory holds the projection, never the run's
    /// events.
    private static func onboardStreaming(
        _ db: any StoreSession, seller: String, archetype: SellerArchetype?, tier: Tier, apps: [PartnerApp],
        seed: UInt64, stamp: [String: JSONValue], resources: EngineResources
    ) throws -> Result<(RateReservation, StageClock), OnboardingError> {
        var clock = StageClock()
        var lap = StageClock.now()
        var projection = SellerProjection(sellerID: seller)
        try db.forEachEvent(seller: seller) {
            projection.apply($0); return true
        }
        let spool = try EventSpool()
        let reservation: RateReservation
        do {
            let source: Source
            if let archetype {
                source = Source(archetype: archetype, seed: seed)
            } else {
                guard let record = try db.seller(seller) else { return .failure(.unknownSeller(seller, known: PierEngine.archetypeIDs)) }
                source = try Source(imported: record, db: db)
            }
            lap = clock.lap("import", since: lap)
            var sim = simulation(source, tier: tier, apps: apps, seed: seed, resources: resources)
            sim.startedBy = stamp
            let output: OnboardingSimulation.Output
            do throws(OnboardingError) {
                output = try sim.run { draft in try spool.append(at: draft.at, type: draft.type, actor: draft.actor, sku: draft.sku, data: draft.data) }
            } catch {
                return .failure(error)
            }
            reservation = output.reservation
            clock.merge(output.stages)
        }
        // The catalogue and the simulation are gone; without giving their heap back, the
        // projection (filling on another thread, so from another malloc arena) would sit on top.
        _ = pier_malloc_trim()
        lap = StageClock.now()
        var appender = try db.ledgerAppender(seller: seller)
        // The projection parses and folds each event on the second core while this thread
        // chains and appends the next ones; the hand-off keeps ledger order.
        let handoff = Handoff<[EventSpool.Event]>(capacity: 16)
        let projector = Worker(name: "pier.projection") { [projection] in
            var projection = projection
            while let batch = handoff.take() {
                for e in batch { projection.apply(type: e.type, at: e.at, actor: e.actor, sku: e.sku, data: (try? JSONParser.parse(e.data)) ?? .null) }
            }
            return projection
        }
        do {
            try db.withLedgerIndexesDeferred(events: spool.count) {
                var batcher = Batcher(handoff, size: 512)
                try spool.forEachInLedgerOrder { e in
                    try appender.append(at: e.at, type: e.type, actor: e.actor, sku: e.sku, dataCanonical: e.data)
                    batcher.add(e)
                }
                batcher.finish()
            }
        } catch {
            handoff.cancel()
            _ = projector.join()
            throw error
        }
        lap = clock.lap("ledger", since: lap)
        projection = projector.join()
        try saveDerived(db, seller: seller, projection)
        clock.lap("persist", since: lap)
        return .success((reservation, clock))
    }

    /// Rewrites a seller's derived tables from its projection.
    static func saveDerived(_ db: any StoreSession, seller: String, _ projection: SellerProjection) throws {
        try db.clearDerived(seller: seller)
        var listings = try db.listingSaver()
        try projection.forEachFinalListing { try listings.save($0) }
        try db.saveFlags(projection.finalFlags())
        try db.saveConflicts(projection.conflicts)
        try db.saveInstalls(projection.finalInstalls())
        try db.saveOrders(projection.finalOrders())
        if let profile = projection.profile { try db.upsert(profile) }
    }

    private func storedReport(seller: String, name: String, reservation: RateReservation?, alreadyDone: Bool) throws(OnboardingError) -> OnboardingReport {
        do {
            guard let record = try db.seller(seller), let metrics = record.metrics else { throw OnboardingError.store("seller \(seller) has no metrics") }
            let head = try db.verifyLedger(seller: seller)
            let phases = try db.read { db -> [LedgerEventType: Int64] in
                var out = [LedgerEventType: Int64]()
                for type in [LedgerEventType.connectCompleted, .syncCompleted, .onboardingCompleted] {
                    out[type] = try db.lastEventAt(seller: seller, type: type.rawValue)
                }
                return out
            }
            return OnboardingReport(
                seller: record, metrics: OnboardingMetrics(json: metrics), reservation: reservation,
                ledgerEvents: head.events, ledgerHead: head.head, alreadyOnboarded: alreadyDone,
                connectedAt: phases[.connectCompleted] ?? 0, syncedAt: phases[.syncCompleted] ?? 0,
                completedAt: phases[.onboardingCompleted] ?? 0)
        } catch let e as OnboardingError {
            throw e
        } catch {
            throw .store("\(error)")
        }
    }
}

/// What an onboarding produced, for the command line and the console.
public struct OnboardingReport: Sendable {
    public let seller: SellerRecord
    public let metrics: OnboardingMetrics
    public let reservation: RateReservation?
    public let ledgerEvents: Int64
    public let ledgerHead: String
    public let alreadyOnboarded: Bool
    public let connectedAt: Int64
    public let syncedAt: Int64
    public let completedAt: Int64
}
