import PierCore
import PierStore

extension PierEngine {
    /// Installs a marketplace app for an onboarded seller: the seller consents to exactly the
    /// app's declared scopes, and the consent is ledgered.
    @discardableResult
    public func install(seller: String, app appID: String) throws(OnboardingError) -> PartnerApp {
        try authorise(.change, action: "install", seller: seller)
        let app = try PierEngine.apps([appID], resources: resources)[0]
        let stamp = who.stamp()
        try commit(seller: seller, scope: .apps) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard let profile = p.profile else { throw .unknownSeller(seller, known: PierEngine.archetypeIDs) }
            guard let tier = profile.tier, profile.status == .onboarded else {
                throw .notOnboarded(seller: seller, action: "install", why: "choose a tier first")
            }
            let active = p.finalInstalls().filter { $0.revokedAt == nil }
            if active.contains(where: { $0.appID == app.id }) {
                throw .refused(tier: "install", seller: seller, reasons: ["\(app.name) is already installed"])
            }
            let others = active.compactMap { self.resources.app($0.appID) }
            let reasons = TierPlanner.refusals(tier: tier, sellerName: profile.name, regions: profile.regions, skus: 0, apps: others + [app])
            if !reasons.isEmpty { throw .refused(tier: tier.title, seller: seller, reasons: reasons) }
            return [
                LedgerDraft(
                    at: p.lastAt + 1, type: AppInstalled.type, actor: "merchant:\(seller)",
                    data: .object(stamp.merging(AppInstalled(app).data) { _, b in b }))
            ]
        }
        return app
    }

    /// Uninstalls an app: its scopes are revoked, and the revocation is ledgered.
    public func uninstall(seller: String, app appID: String) throws(OnboardingError) {
        try authorise(.change, action: "uninstall", seller: seller)
        let app = try PierEngine.apps([appID], resources: resources)[0]
        let stamp = who.stamp()
        try commit(seller: seller, scope: .apps) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard p.profile != nil else { throw .unknownSeller(seller, known: PierEngine.archetypeIDs) }
            guard let install = p.installs[app.id], install.revokedAt == nil else {
                throw .refused(tier: "uninstall", seller: seller, reasons: ["\(app.name) is not installed"])
            }
            return [
                LedgerDraft(
                    at: p.lastAt + 1, type: AppUninstalled.type, actor: "merchant:\(seller)",
                    data: .object(stamp.merging(AppUninstalled(app: app.id, revokedScopes: install.scopes).data) { _, b in b }))
            ]
        }
    }
}
