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

    private func archetype(_ id: String) throws(OnboardingError) -> SellerArchetype {
        try PierEngine.archetype(id)
    }

    static func archetype(_ id: String) throws(OnboardingError) -> SellerArchetype {
        guard let a = SellerArchetype.named(id.lowercased()) else { throw .unknownSeller(id, known: archetypeIDs) }
        return a
    }

    static func simulation(_ a: SellerArchetype, tier: Tier, apps: [PartnerApp], seed: UInt64, resources: EngineResources) -> OnboardingSimulation {
        OnboardingSimulation(sellerID: a.id, sellerName: a.name, regions: a.regions, tier: tier, apps: apps, seed: seed, resources: resources,
                             catalogue: CatalogueGenerator(archetype: a, seed: seed).generate(), tiktokDemand: a.tiktokDemand)
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
        let a = try archetype(seller)
        let apps = try apps(appIDs, resources: resources)
        let sim = simulation(a, tier: tier, apps: apps, seed: seed, resources: resources)
        let docs = SourceNormalizer.itemsPerDocument(sim.catalogue)
        let shape = OnboardingSimulation.shape(documents: docs, mapper: TaxonomyMapper(mapping: resources.mapping),
                                               regions: a.regions.count, pageSize: sim.pageSize)
        return TierPlanner.reserve(tier: tier, sellerName: a.name, regions: a.regions, shape: shape, apps: apps,
                                   importPageMillis: sim.importPageMillis, webhookTopics: OnboardingSimulation.webhookTopics.count)
    }

    /// Runs a whole onboarding and persists it in one transaction. Running the same settings
    /// again on an onboarded seller changes nothing and returns the stored report.
    public func onboard(seller: String, tier: Tier, apps appIDs: [String], seed: UInt64) throws(OnboardingError) -> OnboardingReport {
        let a = try archetype(seller)
        let apps = try PierEngine.apps(appIDs, resources: resources)
        let existing: SellerRecord?
        do { existing = try db.seller(a.id) } catch { throw .store(error.description) }
        if let existing, existing.status == "onboarded" {
            if existing.tier == tier && existing.apps == apps.map(\.id) && existing.seed == seed {
                return try storedReport(seller: a.id, name: a.name, reservation: nil, alreadyDone: true)
            }
            throw .alreadyOnboarded(seller: a.id, tier: existing.tier?.rawValue ?? "?", apps: existing.apps, seed: existing.seed ?? 0)
        }
        var sim = PierEngine.simulation(a, tier: tier, apps: apps, seed: seed, resources: resources)
        let output = try sim.run()
        try seedSellersIfNeeded()
        let sellerID = a.id
        do {
            try db.write { db in
                var projection = SellerProjection(sellerID: sellerID)
                try PierDatabase.forEachEvent(db, seller: sellerID) { projection.apply($0); return true }
                for d in output.drafts { projection.apply(d) }
                try PierDatabase.appendLedger(db, seller: sellerID, drafts: output.drafts)
                try PierDatabase.saveListings(db, projection.finalListings())
                try PierDatabase.saveFlags(db, projection.finalFlags())
                try PierDatabase.saveConflicts(db, projection.conflicts)
                try PierDatabase.saveInstalls(db, projection.finalInstalls())
                if let profile = projection.profile { try PierDatabase.upsert(db, profile) }
            }
        } catch {
            throw .store(error.description)
        }
        return try storedReport(seller: a.id, name: a.name, reservation: output.reservation, alreadyDone: false)
    }

    private func storedReport(seller: String, name: String, reservation: RateReservation?, alreadyDone: Bool) throws(OnboardingError) -> OnboardingReport {
        do {
            guard let record = try db.seller(seller), let metrics = record.metrics else { throw OnboardingError.store("seller \(seller) has no metrics") }
            let head = try db.verifyLedger(seller: seller)
            let phases = try db.read { db -> [String: Int64] in
                var out = [String: Int64]()
                for type in ["connect.completed", "sync.completed", "onboarding.completed"] {
                    out[type] = try Int64.fetchOne(db, sql: "SELECT at FROM ledger WHERE seller_id = ? AND type = ? ORDER BY seq DESC LIMIT 1",
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
