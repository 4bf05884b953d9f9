import PierCore
import PierStore

/// A changed export of an onboarded seller, synced from the merchant's side: only the delta
/// moves. Removed products are taken down on TikTok Shop; a new or rewritten product is mapped,
/// moderated and published (or held, rejected, left waiting for a category) exactly as at
/// onboarding; a new price or stock count is a merchant-side change that goes through the
/// conflict resolver against what TikTok changed. Every step is a ledger event on the virtual
/// clock, after the seller's last event, and the TikTok calls respect the tier's rate budget.
struct MerchantSync: LedgerEmitting {
    typealias Summary = MerchantSyncSummary

    let seller: String
    let platform: SourcePlatform
    let tier: Tier
    let seed: UInt64
    let resources: EngineResources
    /// The import's own mapper and moderator: the sync decides as the import's summary did.
    let mapper: TaxonomyMapper
    let moderator: Moderator
    /// How often the simulated TikTok Shop fails a call transiently.
    let failureRate: Double

    private(set) var drafts: [LedgerDraft] = []
    private(set) var summary = Summary()

    init(
        seller: String, platform: SourcePlatform, tier: Tier, seed: UInt64, resources: EngineResources, mapper: TaxonomyMapper,
        moderator: Moderator, failureRate: Double = SimulatedTikTokShop.defaultFailureRate
    ) {
        self.failureRate = failureRate
        self.seller = seller
        self.platform = platform
        self.tier = tier
        self.seed = seed
        self.resources = resources
        self.mapper = mapper
        self.moderator = moderator
    }

    /// Who the merchant's own changes are recorded as.
    private var merchant: String { "merchant:\(platform.rawValue)" }

    mutating func emit(_ at: Int64, _ type: LedgerEventType, _ actor: String, sku: String? = nil, _ data: JSONValue) {
        drafts.append(LedgerDraft(at: at, type: type, actor: actor, sku: sku, data: data))
    }

    /// Syncs the delta against the seller's state `p`: `products` are the export's products with
    /// at least one new or changed SKU (whole, so variants share their text), `touched` those
    /// SKUs, `removed` the SKUs the export no longer has.
    mutating func run(_ p: SellerProjection, products: [[CatalogItem]], touched: Set<String>, removed: [String]) throws(OnboardingError) {
        let start = p.lastAt + 1
        // The n-th sync of a seller draws its own latencies: the same export on the same ledger
        // gives the same events, and a second sync does not replay the first's.
        let salt = "\(seller):sync:\(p.events)"
        var client = TikTokClient(shop: SimulatedTikTokShop(seed: seed, seller: salt, transientFailureRate: failureRate), tier: tier, seed: seed, seller: salt)
        var end = start
        var flagID = p.flags.keys.max() ?? 0
        do {
            for sku in removed {
                guard let status = p.listings[sku]?.status, status != .removed else { continue }
                var at = start
                let product = p.tiktokProduct[sku]
                if let product {
                    at = try client.deactivate(product, at: start)
                }
                emit(at, merchant, sku: sku, ListingRemoved(reason: "removed from the merchant's store", tiktokProduct: product))
                withdrawFlags(p, sku: sku, at: at, reason: "the merchant removed the product")
                summary.removed += 1
                end = max(end, at)
            }

            var categoryReady = [Int64: Int64]()
            var publishable = [(item: CatalogItem, ready: Int64)]()
            // People's fixes hold across re-imports: a rule governs the products the export brings too.
            let fixes = p.fixesInOrder.filter(\.isActive)
            let shelved = moderator.readingShelves(p.started?.shelves ?? [:])
            let reading = mapper.readingShelves(p.started?.serviceShelves ?? [:])
            let buyer = p.started?.buyer
            for doc in products {
                let assessed = SKUAssessment.assess(doc, mapper: reading, moderator: shelved, buyer: buyer)
                for (item, assessment) in zip(doc, assessed) where touched.contains(item.sku) {
                    let work =
                        fixes.isEmpty
                        ? assessment : assessment.fixed(FixEffect(fixes, on: item), item: item, mapper: reading, moderator: shelved, buyer: buyer)
                    let prior = p.finalListing(item.sku)
                    if prior == nil || prior?.status == .removed { summary.added += 1 } else { summary.changed += 1 }
                    if let prior, prior.status != .removed {
                        end = max(
                            end,
                            try merchantChanges(
                                item, prior: prior, product: p.tiktokProduct[item.sku], resolver: p.resolver(item.sku),
                                at: start, client: &client))
                        let sameText =
                            prior.title == item.title && prior.description == work.plain && prior.tags == item.tags
                            && prior.sourceCategory == item.category.label
                        if sameText { continue }
                        withdrawFlags(p, sku: item.sku, at: start, reason: "the merchant changed the product's text")
                    }
                    emit(start, merchant, sku: item.sku, SKUEvents.imported(item, plain: work.plain))
                    guard case .mapped(let category) = work.mapping else {
                        emit(start, "pier:mapper", sku: item.sku, SKUEvents.unmapped(work))
                        summary.unmapped += 1
                        raise(work.moderation, sku: item.sku, at: start, flagID: &flagID)
                        continue
                    }
                    let mappedAt = try client.categoryRules(category.id, at: start, known: &categoryReady)
                    emit(mappedAt, "pier:mapper", sku: item.sku, SKUEvents.mapped(category, parcel: work.parcel))
                    end = max(end, mappedAt)
                    if work.moderation.outcome == .pass {
                        for f in work.moderation.flags { raiseFlag(f, sku: item.sku, at: mappedAt, flagID: &flagID) }
                        publishable.append((item, mappedAt))
                    } else {
                        raise(work.moderation, sku: item.sku, at: mappedAt, flagID: &flagID)
                    }
                }
            }
            var publisher = TikTokPublisher()
            end = max(end, try publisher.publish(publishable, products: p.tiktokProduct, client: &client))
            drafts += publisher.drafts
            summary.published += publisher.published
        } catch {
            throw .apiFailure("\(error.path) failed with HTTP \(error.status) after \(TikTokClient.maxAttempts) attempts; the seller is as it was")
        }
        summary.durationMillis = end - start
    }

    /// The merchant's new price and stock, as changes through the resolver; returns when TikTok
    /// took the last of them.
    private mutating func merchantChanges(
        _ item: CatalogItem, prior: ListingRecord, product: String?, resolver existing: ConflictResolver?,
        at: Int64, client: inout TikTokClient
    ) throws(TikTokClient.GaveUp) -> Int64 {
        var changes = [FieldChange]()
        if item.price.minorUnits != prior.priceMinor { changes.append(.price(item.price.minorUnits)) }
        for region in Set(item.inventory.keys).union(prior.inventory.keys).sorted(by: { $0.rawValue < $1.rawValue }) {
            let delta = (item.inventory[region] ?? 0) - (prior.inventory[region] ?? 0)
            if delta != 0 { changes.append(.inventoryDelta(region, delta)) }
        }
        guard !changes.isEmpty else { return at }
        var resolver =
            existing
            ?? ConflictResolver(
                initial: ListingState(price: prior.priceMinor, inventory: prior.inventory, tags: Set(prior.moderationTags)),
                windowMillis: OnboardingSimulation.reconcileMillis)
        let before = resolver.resolutions.count
        var done = at
        for (n, change) in changes.enumerated() {
            let event = ChangeEvent(
                id: "m-\(item.sku)-sync-\(at)-\(n)", sku: item.sku, hlc: HLC(wall: at, counter: Int32(n)), source: .merchant, change: change)
            resolver.apply(event)
            emit(at, merchant, sku: item.sku, ListingChanged(event))
        }
        for r in resolver.resolutions.dropFirst(before) {
            emit(r.at, "pier:resolver", sku: r.sku, r.outcome)
        }
        if prior.status == .live, let product {
            if changes.contains(where: { if case .price = $0 { true } else { false } }) {
                done = max(done, try client.send(.product, "POST", "/product/202309/products/\(product)/prices/update", at: at))
            }
            for case .inventoryDelta(let region, _) in changes {
                done = max(
                    done,
                    try client.send(
                        .inventory, "POST", "/product/202309/products/\(product)/inventory/update",
                        extra: ["warehouse": "WH-\(region.rawValue)"], at: at))
            }
        }
        summary.updated += 1
        return done
    }

    /// Withdraws the flags still standing against a SKU whose text they cited is gone.
    private mutating func withdrawFlags(_ p: SellerProjection, sku: String, at: Int64, reason: String) {
        for flag in p.flags(sku: sku) where !flag.state.isSettled {
            emit(at, "pier:moderation", sku: sku, FlagWithdrawn(flag: flag.id, rule: flag.ruleID, reason: reason))
            summary.withdrawnFlags += 1
        }
    }

    private mutating func raise(_ result: ModerationResult, sku: String, at: Int64, flagID: inout Int64) {
        for f in result.flags { raiseFlag(f, sku: sku, at: at, flagID: &flagID) }
        guard result.outcome != .pass else { return }
        if result.outcome == .hold { summary.held += 1 } else { summary.rejected += 1 }
        emit(at, "pier:moderation", sku: sku, SKUModerated(outcome: result.outcome))
    }

    private mutating func raiseFlag(_ f: ModerationFlag, sku: String, at: Int64, flagID: inout Int64) {
        flagID += 1
        emit(at, "pier:moderation", sku: sku, SKUEvents.flag(flagID, f, rules: resources.rules))
    }
}
