import PierCore
import PierStore

extension PierEngine {
    /// Runs `days` virtual days of trading after go-live for an onboarded seller (orders,
    /// webhooks, fulfilment, returns, app activity) and persists them in one transaction.
    /// Trading an already traded seller for the same number of days changes nothing.
    @discardableResult
    public func trade(seller: String, days: Int) throws(OnboardingError) -> TradingMetrics {
        try authorise(.change, action: "trading", seller: seller)
        guard (1...90).contains(days) else {
            throw .refused(tier: "trade", seller: seller, reasons: ["--days must be 1…90 (virtual days after go-live)"])
        }
        let resources = self.resources
        return try commit(seller: seller) { (p: SellerProjection) throws(OnboardingError) -> (drafts: [LedgerDraft], value: TradingMetrics) in
            guard let profile = p.profile else { throw .unknownSeller(seller, known: PierEngine.archetypeIDs) }
            guard profile.status == .onboarded, let seed = profile.seed else {
                throw .notOnboarded(seller: seller, action: "trade", why: "listings must be live before buyers can order")
            }
            if let done = p.trading {
                let previous = Int(done["days"]?.intValue ?? 0)
                if previous == days { return ([], TradingMetrics(json: done)) }
                throw .refused(tier: "trade", seller: seller, reasons: ["\(seller) has already traded \(previous) days after go-live"])
            }
            let live = p.finalListings().filter { $0.status == .live }
            let listings = live.compactMap { l in
                l.liveAt.map { TradingSimulation.Listing(sku: l.sku, liveAt: $0, priceMinor: l.campaignPriceMinor ?? l.priceMinor, stock: l.inventory) }
            }
            let apps = p.finalInstalls().filter { $0.revokedAt == nil }.compactMap { resources.app($0.appID) }
            let goLive = listings.map(\.liveAt).min() ?? p.lastAt
            var sim = TradingSimulation(
                sellerID: seller, vertical: profile.vertical, regions: profile.regions, listings: listings,
                gate: AppGate(installed: apps), seed: seed, days: days,
                demand: SellerArchetype.named(seller)?.tiktokDemand.median ?? 1, start: goLive)
            let output = sim.run()
            return (output.drafts, output.metrics)
        }
    }

    /// An installed app asks to act with a scope: refused (and ledgered, naming the scope) when
    /// the seller did not grant it; ledgered as activity when it did.
    @discardableResult
    public func appCall(seller: String, app appID: String, scope: String, action: String) throws(OnboardingError) -> Result<Void, AppGate.Refusal> {
        let app = try PierEngine.apps([appID], resources: resources)[0]
        let resources = self.resources
        return try commit(seller: seller, scope: .apps) {
            (p: SellerProjection) throws(OnboardingError) -> (drafts: [LedgerDraft], value: Result<Void, AppGate.Refusal>) in
            guard p.profile != nil else { throw .unknownSeller(seller, known: PierEngine.archetypeIDs) }
            let installed = p.finalInstalls().filter { $0.revokedAt == nil }.compactMap { resources.app($0.appID) }
            let call = AppActivity(app: app.id, scope: scope, action: action)
            let verdict = AppGate(installed: installed).check(app, Scope(scope), action: action)
            switch verdict {
            case .success:
                return ([LedgerDraft(at: p.lastAt + 1, actor: "app:\(app.id)", call)], verdict)
            case .failure(let refusal):
                return ([LedgerDraft(at: p.lastAt + 1, actor: "pier:gate", call.refused(refusal.description))], verdict)
            }
        }
    }
}
