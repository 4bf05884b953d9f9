import PierCore
import PierStore

/// A workbench fix played on the virtual clock: the SKUs it touches are mapped again with the
/// seller's standing fixes, and what became publishable is published as an incremental sync
/// (rate budget respected); a live SKU the fix takes off TikTok Shop is deactivated there. A
/// SKU moderation rejected as a prohibited good is never mapped again: no fix makes it live.
/// Only SKUs whose category or reason changes get events.
struct FixSync: LedgerEmitting {
    let seller: String
    let tier: Tier
    let seed: UInt64
    let mapper: TaxonomyMapper
    let moderator: Moderator
    /// The rule pack the flags cite.
    let rules: RulePack
    let failureRate: Double
    /// The store's buyer, as the seller's onboarding read it.
    let buyer: Audience?

    private(set) var drafts: [LedgerDraft] = []
    private(set) var outcome: FixOutcome
    /// SKUs whose standing fixes already set what this one sets.
    private(set) var alreadySo = 0

    init(
        seller: String, tier: Tier, seed: UInt64, mapper: TaxonomyMapper, moderator: Moderator, rules: RulePack, fix: Int64, failureRate: Double,
        buyer: Audience? = nil
    ) {
        self.buyer = buyer
        self.rules = rules
        self.seller = seller
        self.tier = tier
        self.seed = seed
        self.mapper = mapper
        self.moderator = moderator
        self.failureRate = failureRate
        outcome = FixOutcome(fix: fix)
    }

    mutating func emit(_ at: Int64, _ type: LedgerEventType, _ actor: String, sku: String? = nil, _ data: JSONValue) {
        drafts.append(LedgerDraft(at: at, type: type, actor: actor, sku: sku, data: data))
    }

    /// Maps `items` again under the standing fixes from `start`; the fix (or the undo) that
    /// caused it is named on every event.
    /// `before` are the standing fixes until now, `after` with this fix applied or undone: a SKU
    /// whose fixes set the same things either way is left alone.
    mutating func run(
        _ p: SellerProjection, items: [CatalogItem], before: [CatalogueFix], after: [CatalogueFix], start: Int64, lastFlag: Int64
    ) throws(OnboardingError) {
        var flagID = lastFlag
        let salt = "\(seller):fix:\(p.events):\(outcome.fix)"
        var client = TikTokClient(
            shop: SimulatedTikTokShop(seed: seed, seller: salt, transientFailureRate: failureRate), tier: tier, seed: seed, seller: salt)
        var end = start
        var categoryReady = [Int64: Int64]()
        var publishable = [(item: CatalogItem, ready: Int64)]()
        do {
            for item in items.sorted(by: { $0.sku < $1.sku }) {
                guard let prior = p.finalListing(item.sku), prior.status != .removed else { continue }
                outcome.matched += 1
                if prior.eligibility == .prohibited {
                    outcome.prohibited.append((item.sku, prior.coverageReason ?? "rejected by moderation"))
                    continue
                }
                let was = FixEffect(before, on: item)
                let now = FixEffect(after, on: item)
                if was.setsTheSame(as: now) {
                    alreadySo += 1
                    outcome.unchanged += 1
                    continue
                }
                // A person's category decides the mapping whatever the words say: the text is not
                // classified again (a 10,000-SKU rule stays a matter of seconds).
                let chosen = now.category != nil && now.eligibility?.eligible != false
                let base =
                    chosen
                    ? SKUAssessment.assess([item], mapper: mapper, moderator: moderator, readText: false)[0]
                    : SKUAssessment(item, mapper: mapper, moderator: moderator, buyer: buyer)
                let work = base.fixed(now, item: item, mapper: mapper, moderator: moderator, buyer: buyer)
                let mapping = work.mapping
                // What moderation says of the fixed values that it had not said of the SKU before.
                let known = p.flags(sku: item.sku)
                let fresh = work.moderation.flags.filter { f in
                    !known.contains { $0.ruleID == f.ruleID && $0.field == f.field && $0.matched == f.matched }
                }
                for f in fresh {
                    flagID += 1
                    emit(start, "pier:moderation", sku: item.sku, SKUEvents.flag(flagID, f, rules: rules))
                }
                if fresh.contains(where: { $0.severity != .warn }) && work.moderation.outcome != .pass {
                    try stop(item, prior: prior, work: work, rules: fresh.map(\.ruleID), p, at: start, client: &client)
                    continue
                }
                let held = p.hasBlockingFlags(item.sku)
                if case .mapped(let category) = mapping {
                    let waiting = prior.status == .unmapped || (held && p.unmappedKind(item.sku) != nil)
                    // New attribute values on a live listing are sent to TikTok Shop as an edit.
                    let edited = prior.status == .live && was.attributes != now.attributes
                    if prior.tiktokCategoryID == category.id && !waiting && !edited {
                        outcome.unchanged += 1
                        continue
                    }
                    let mappedAt = try client.categoryRules(category.id, at: start, known: &categoryReady)
                    emit(mappedAt, "pier:mapper", sku: item.sku, SKUEvents.mapped(category, parcel: work.parcel, fix: outcome.fix))
                    end = max(end, mappedAt)
                    outcome.changed += 1
                    if held {
                        outcome.waiting[prior.coverageReason ?? "held for review", default: 0] += 1
                    } else {
                        publishable.append((item, mappedAt))
                    }
                    continue
                }
                let reason = mapping.reason ?? "unmapped"
                if prior.tiktokCategoryID == mapping.category?.id && p.unmappedKind(item.sku) == mapping.kind
                    && (held || prior.coverageReason == reason)
                {
                    outcome.unchanged += 1
                    continue
                }
                let (at, product) = try takeDown(prior, p, at: start, client: &client)
                emit(at, "pier:mapper", sku: item.sku, SKUEvents.unmapped(work, takenDown: product, fix: outcome.fix))
                end = max(end, at)
                outcome.changed += 1
                outcome.waiting[reason, default: 0] += 1
            }
            var publisher = TikTokPublisher()
            end = max(end, try publisher.publish(publishable, products: p.tiktokProduct, client: &client))
            drafts += publisher.drafts
            outcome.published = publisher.published
        } catch {
            throw .apiFailure("\(error.path) failed with HTTP \(error.status) after \(TikTokClient.maxAttempts) attempts; nothing was written")
        }
        outcome.durationMillis = end - start
    }

    /// Deactivates a live listing on TikTok Shop; returns when TikTok took it and the product it
    /// took down (`at` and nil when the SKU was not live).
    private mutating func takeDown(
        _ prior: ListingRecord, _ p: SellerProjection, at: Int64, client: inout TikTokClient
    ) throws(TikTokClient.GaveUp) -> (at: Int64, product: String?) {
        guard prior.status == .live, let product = p.tiktokProduct[prior.sku] else { return (at, nil) }
        outcome.deactivated += 1
        return (try client.deactivate(product, at: at), product)
    }

    /// A fixed value moderation stops (a brand that names a prohibited good): the new mapping is
    /// recorded, a live listing comes down, and the SKU waits for review or is rejected.
    private mutating func stop(
        _ item: CatalogItem, prior: ListingRecord, work: SKUAssessment, rules: [String], _ p: SellerProjection, at start: Int64,
        client: inout TikTokClient
    ) throws(TikTokClient.GaveUp) {
        if case .mapped(let category) = work.mapping {
            emit(start, "pier:mapper", sku: item.sku, SKUEvents.mapped(category, parcel: work.parcel, fix: outcome.fix))
        } else {
            emit(start, "pier:mapper", sku: item.sku, SKUEvents.unmapped(work, fix: outcome.fix))
        }
        let (at, product) = try takeDown(prior, p, at: start, client: &client)
        emit(at, "pier:moderation", sku: item.sku, SKUModerated(outcome: work.moderation.outcome, takenDown: product, fix: outcome.fix))
        outcome.changed += 1
        outcome.stopped.append((item.sku, rules))
        outcome.waiting["\(work.moderation.outcome == .reject ? "rejected" : "held") by moderation: \(rules.joined(separator: ", "))", default: 0] += 1
    }
}
