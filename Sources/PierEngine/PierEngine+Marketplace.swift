import GRDB
import PierCore
import PierStore

extension PierEngine {
    /// Appends events to a seller's ledger and rewrites the seller's derived tables from the
    /// whole projection, in one transaction: the tables can never drift from the ledger. An
    /// onboarding, a decision and an install all go through here.
    @discardableResult
    func commit(seller: String, drafts: @escaping @Sendable (SellerProjection) throws(OnboardingError) -> [LedgerDraft]) throws(OnboardingError) -> StageClock {
        let outcome: Result<StageClock, OnboardingError>
        do {
            outcome = try db.write { db -> Result<StageClock, OnboardingError> in
                var clock = StageClock()
                var lap = StageClock.now()
                var projection = SellerProjection(sellerID: seller)
                try PierDatabase.forEachEvent(db, seller: seller) { projection.apply($0); return true }
                let new: [LedgerDraft]
                do throws(OnboardingError) { new = try drafts(projection) } catch { return .failure(error) }
                for d in new { projection.apply(d) }
                lap = clock.lap("persist", since: lap)
                try PierDatabase.appendLedger(db, seller: seller, drafts: new)
                lap = clock.lap("ledger", since: lap)
                try PierEngine.saveDerived(db, seller: seller, projection)
                clock.lap("persist", since: lap)
                return .success(clock)
            }
        } catch {
            throw .store(error.description)
        }
        return try outcome.get()
    }

    /// Installs a marketplace app for an onboarded seller: the seller consents to exactly the
    /// app's declared scopes, and the consent is ledgered.
    @discardableResult
    public func install(seller: String, app appID: String) throws(OnboardingError) -> PartnerApp {
        let app = try PierEngine.apps([appID], resources: resources)[0]
        try commit(seller: seller) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard let profile = p.profile else { throw .unknownSeller(seller, known: PierEngine.archetypeIDs) }
            guard let tier = profile.tier, profile.status == "onboarded" else {
                throw .refused(tier: "install", seller: seller, reasons: ["\(seller) is not onboarded yet: choose a tier first"])
            }
            let active = p.finalInstalls().filter { $0.revokedAt == nil }
            if active.contains(where: { $0.appID == app.id }) {
                throw .refused(tier: "install", seller: seller, reasons: ["\(app.name) is already installed"])
            }
            let others = active.compactMap { self.resources.app($0.appID) }
            let reasons = TierPlanner.refusals(tier: tier, sellerName: profile.name, regions: profile.regions, skus: 0, apps: others + [app])
            if !reasons.isEmpty { throw .refused(tier: tier.title, seller: seller, reasons: reasons) }
            return [LedgerDraft(at: p.lastAt + 1, type: "app.installed", actor: "merchant:\(seller)", data: [
                "app": .string(app.id), "name": .string(app.name), "category": .string(app.category),
                "scopes": .array(app.scopes.map { .string($0.rawValue) }), "consented": true, "minimum_tier": .string(app.minimumTier.rawValue),
            ])]
        }
        return app
    }

    /// Uninstalls an app: its scopes are revoked, and the revocation is ledgered.
    public func uninstall(seller: String, app appID: String) throws(OnboardingError) {
        let app = try PierEngine.apps([appID], resources: resources)[0]
        try commit(seller: seller) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard p.profile != nil else { throw .unknownSeller(seller, known: PierEngine.archetypeIDs) }
            guard let install = p.installs[app.id], install.revokedAt == nil else {
                throw .refused(tier: "uninstall", seller: seller, reasons: ["\(app.name) is not installed"])
            }
            return [LedgerDraft(at: p.lastAt + 1, type: "app.uninstalled", actor: "merchant:\(seller)", data: [
                "app": .string(app.id), "revoked_scopes": .array(install.scopes.map(JSONValue.string)),
            ])]
        }
    }
}
