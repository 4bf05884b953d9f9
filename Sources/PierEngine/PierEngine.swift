import Foundation
import GRDB
import PierCore
import PierStore

/// The in-process Pier engine over a store: seeds sellers, reserves tiers, runs onboardings,
/// replays and exports. Every state change goes through the ledger.
public final class PierEngine: Sendable {
    public let db: PierDatabase
    public let resources: EngineResources

    public init(db: PierDatabase, resources: EngineResources) {
        self.db = db
        self.resources = resources
    }

    /// The ids of the seed's worked-example sellers.
    public static let archetypeIDs = SellerArchetype.all.map(\.id)

    /// Writes the three seed sellers (and their `seller.registered` events) if they are missing.
    public func seedSellersIfNeeded() throws(OnboardingError) {
        do {
            try db.write { db in
                for a in SellerArchetype.all where try PierDatabase.seller(db, a.id) == nil {
                    let record = SellerRecord(id: a.id, name: a.name, platform: a.platform, vertical: a.vertical, regions: a.regions,
                                              currency: a.currency, skuCount: a.skuCount, origin: "archetype")
                    try PierDatabase.upsert(db, record)
                    try PierDatabase.appendLedger(db, seller: a.id, drafts: [LedgerDraft(at: 0, type: "seller.registered", actor: "pier:seed", data: [
                        "name": .string(a.name), "platform": .string(a.platform.rawValue), "vertical": .string(a.vertical),
                        "regions": .array(a.regions.map { .string($0.rawValue) }), "currency": .string(a.currency),
                        "skus": .number(a.skuCount), "origin": "archetype",
                    ])])
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
    public static func reserve(seller: String, tier: Tier, apps appIDs: [String], seed: UInt64,
                               resources: EngineResources) throws(OnboardingError) -> RateReservation {
        let source = Source(archetype: try archetype(seller), seed: seed)
        return reservation(source, tier: tier, apps: try apps(appIDs, resources: resources), seed: seed, resources: resources)
    }

    /// The reservation for a source: its catalogue's shape against the tier's budgets.
    static func reservation(_ s: Source, tier: Tier, apps: [PartnerApp], seed: UInt64, resources: EngineResources) -> RateReservation {
        let sim = simulation(s, tier: tier, apps: apps, seed: seed, resources: resources)
        let shape = OnboardingSimulation.shape(documents: s.catalogue.documents, mapper: TaxonomyMapper(mapping: resources.mapping),
                                               regions: s.regions.count, pageSize: sim.pageSize)
        return TierPlanner.reserve(tier: tier, sellerName: s.name, regions: s.regions, shape: shape, apps: apps,
                                   importPageMillis: sim.importPageMillis, webhookTopics: OnboardingSimulation.webhookTopics.count)
    }

    static func simulation(_ s: Source, tier: Tier, apps: [PartnerApp], seed: UInt64, resources: EngineResources) -> OnboardingSimulation {
        OnboardingSimulation(sellerID: s.id, sellerName: s.name, regions: s.regions, tier: tier, apps: apps, seed: seed, resources: resources,
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

        init(archetype a: SellerArchetype, seed: UInt64) {
            self.init(id: a.id, name: a.name, regions: a.regions, catalogue: SourceCatalogue(CatalogueGenerator(archetype: a, seed: seed).generate()),
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
        let documents: [[CatalogItem]]
        do {
            documents = try db.read { db in
                var documents = [[CatalogItem]]()
                var last = -1
                try PierDatabase.forEachCatalogueItem(db, seller: seller) { _, document, text in
                    guard let value = try? JSONParser.parse(text), let item = CatalogItem(json: value) else { return }
                    if document != last { documents.append([]); last = document }
                    documents[documents.count - 1].append(item)
                }
                return documents
            }
        } catch {
            throw .store(error.description)
        }
        return Source(id: record.id, name: record.name, regions: record.regions,
                      catalogue: SourceCatalogue(platform: record.platform, documents: documents), demand: (1, 1))
    }

    /// The reservation a tier would make for any seller in the store (imported ones included).
    public func reserve(seller: String, tier: Tier, apps appIDs: [String], seed: UInt64) throws(OnboardingError) -> RateReservation {
        PierEngine.reservation(try source(seller, seed: seed), tier: tier, apps: try PierEngine.apps(appIDs, resources: resources),
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
        -> (report: OnboardingReport, stages: StageClock) {
        let apps = try PierEngine.apps(appIDs, resources: resources)
        var clock = StageClock()
        let (id, name, output) = try run(seller: seller, tier: tier, apps: apps, seed: seed, clock: &clock)
        guard let output else { return (try storedReport(seller: id, name: name, reservation: nil, alreadyDone: true), clock) }
        try seedSellersIfNeeded()
        let drafts = output.drafts
        clock.merge(try commit(seller: id) { _ in drafts })
        let verifying = StageClock.now()
        let report = try storedReport(seller: id, name: name, reservation: output.reservation, alreadyDone: false)
        clock.lap("verify", since: verifying)
        return (report, clock)
    }

    /// Loads the source and runs the simulation; nil output when the seller is already onboarded
    /// with these settings. The catalogue is released on return, before the commit builds its
    /// projection, so the two never sit in memory together.
    private func run(seller: String, tier: Tier, apps: [PartnerApp], seed: UInt64,
                     clock: inout StageClock) throws(OnboardingError) -> (String, String, OnboardingSimulation.Output?) {
        let loading = StageClock.now()
        let s = try source(seller, seed: seed)
        clock.lap("import", since: loading)
        let existing: SellerRecord?
        do { existing = try db.seller(s.id) } catch { throw .store(error.description) }
        if let existing, existing.status == "onboarded" {
            if existing.tier == tier && existing.apps == apps.map(\.id) && existing.seed == seed { return (s.id, s.name, nil) }
            throw .alreadyOnboarded(seller: s.id, tier: existing.tier?.rawValue ?? "?", apps: existing.apps, seed: existing.seed ?? 0)
        }
        var sim = PierEngine.simulation(s, tier: tier, apps: apps, seed: seed, resources: resources)
        let output = try sim.run()
        clock.merge(output.stages)
        return (s.id, s.name, output)
    }

    private func storedReport(seller: String, name: String, reservation: RateReservation?, alreadyDone: Bool) throws(OnboardingError) -> OnboardingReport {
        do {
            guard let record = try db.seller(seller), let metrics = record.metrics else { throw OnboardingError.store("seller \(seller) has no metrics") }
            let head = try db.verifyLedger(seller: seller)
            let phases = try db.read { db -> [String: Int64] in
                var out = [String: Int64]()
                for type in ["connect.completed", "sync.completed", "onboarding.completed"] {
                    out[type] = try Int64.fetchOne(db, sql: "SELECT at FROM ledger INDEXED BY ledger_type WHERE seller_id = ? AND type = ? ORDER BY seq DESC LIMIT 1",
                                                   arguments: [seller, type])
                }
                return out
            }
            return OnboardingReport(seller: record, metrics: OnboardingMetrics(json: metrics), reservation: reservation,
                                    ledgerEvents: head.events, ledgerHead: head.head, alreadyOnboarded: alreadyDone,
                                    connectedAt: phases["connect.completed"] ?? 0, syncedAt: phases["sync.completed"] ?? 0,
                                    completedAt: phases["onboarding.completed"] ?? 0)
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
