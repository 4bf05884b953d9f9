import Foundation
import PierCore
import PierStore

extension PierEngine {
    /// Applies a workbench fix to an onboarded seller's catalogue in one transaction: a
    /// `fix.applied` event naming the operator and the wall clock, the touched SKUs mapped again
    /// with every standing fix, what became publishable published on the virtual clock, and a
    /// `catalog.synced` with the coverage it leaves. A SKU fix on a prohibited good is refused
    /// with moderation's reason; a rule leaves prohibited SKUs rejected and says so.
    /// - Parameter expecting: the state token (`ListingRecord.fixToken`) each SKU had when the
    ///   operator looked; a SKU that changed since is refused, so two consoles never overwrite
    ///   each other unseen.
    public func applyFix(
        seller: String, target: CatalogueFix.Target, change: CatalogueFix.Change, reason: String? = nil,
        expecting: [String: String] = [:]
    ) throws(OnboardingError) -> FixOutcome {
        if case .eligibility = change {
            try authorise(.decide, action: "eligibility fix", seller: seller)
        } else {
            try authorise(.change, action: "fix", seller: seller)
        }
        let change = try validated(change, mapper: tools.get(resources).mapper)
        let why = try PierEngine.noteLine(reason, refusal: "a fix reason is one line of at most \(PierEngine.maxNoteLength) characters")
        if case .eligibility = change, why == nil {
            throw .badInput("an eligibility call needs a reason (--reason): it is what the merchant and the next reviewer read")
        }
        switch target {
        case .skus(let skus) where skus.isEmpty: throw .badInput("a fix needs at least one SKU")
        case .sourceCategory(let v), .productType(let v), .vendor(let v):
            if v.trimmingCharacters(in: .whitespaces).isEmpty { throw .badInput("a rule needs a value to match (\(target.by))") }
        default: break
        }
        try requireSeller(seller)
        let stamp = who.stamp()
        return try fixTransaction(seller: seller, action: "fix", target: target, expecting: expecting) {
            (p: SellerProjection, fixes: [CatalogueFix], matched: [CatalogItem]) throws(OnboardingError) -> (
                id: Int64, event: LedgerDraft, fixes: [CatalogueFix]
            ) in
            // Two consoles choosing the same fix: the second is told it stands; nothing is written twice.
            if let same = fixes.first(where: { $0.isActive && $0.target == target && $0.change == change }) {
                throw .refused(
                    tier: "fix", seller: seller, reasons: ["this fix already stands as #\(same.id), by \(same.operatorName) at \(same.wallClock)"])
            }
            let fix = CatalogueFix(
                id: (fixes.last?.id ?? 0) + 1, target: target, change: change, reason: why, operatorName: stamp["operator"]?.stringValue ?? "",
                wallClock: stamp["wall_clock"]?.stringValue ?? "", at: p.lastAt + 1, matched: matched.count)
            let event = LedgerDraft(at: fix.at, actor: "ops:\(self.who.name)", fix.payload, stamp: stamp)
            return (fix.id, event, fixes + [fix])
        }
    }

    /// Undoes a fix with a compensating `fix.reverted` event (the ledger stays append-only): the
    /// SKUs it governs are mapped again with the fixes that still stand, and published or taken
    /// off TikTok Shop as that decides.
    public func revertFix(seller: String, fix id: Int64, reason: String? = nil) throws(OnboardingError) -> FixOutcome {
        try authorise(.change, action: "fix undo", seller: seller)
        try requireSeller(seller)
        let why = try PierEngine.noteLine(reason, refusal: "a reason is one line of at most \(PierEngine.maxNoteLength) characters")
        let all = try fixes(seller: seller)
        guard let fix = all.first(where: { $0.id == id }) else { throw .notFound("\(seller) has no fix #\(id)") }
        if let r = fix.reverted { throw .refused(tier: "fix undo", seller: seller, reasons: ["fix #\(id) was already reverted by \(r.by) at \(r.wallClock)"]) }
        if case .eligibility = fix.change { try authorise(.decide, action: "eligibility fix undo", seller: seller) }
        var stamped = who.stamp()
        if let why { stamped["reason"] = .string(why) }
        let stamp = stamped
        return try fixTransaction(seller: seller, action: "fix undo", target: fix.target, expecting: [:]) {
            (p: SellerProjection, fixes: [CatalogueFix], _: [CatalogItem]) throws(OnboardingError) -> (id: Int64, event: LedgerDraft, fixes: [CatalogueFix]) in
            guard let standing = fixes.first(where: { $0.id == id }), standing.isActive else {
                throw .refused(tier: "fix undo", seller: seller, reasons: ["fix #\(id) was reverted meanwhile"])
            }
            var rest = fixes
            if let i = rest.firstIndex(where: { $0.id == id }) { rest[i].reverted = (self.who.name, stamp["wall_clock"]?.stringValue ?? "") }
            let event = LedgerDraft(
                at: p.lastAt + 1, type: FixReverted.type, actor: "ops:\(self.who.name)",
                data: .object(stamp.merging(FixReverted(fix: id).data) { _, b in b }))
            return (id, event, rest)
        }
    }

    /// Builds the category map and moderator the fixes use, ahead of the first fix (the console
    /// starts it on a thread of its own when it opens).
    public func prepareCatalogueTools() { _ = tools.get(resources) }

    /// The stored catalogue items of these SKUs (the workbench groups waiting SKUs by vendor or type with them).
    public func catalogueItems(seller: String, skus: [String]) throws(OnboardingError) -> [String: CatalogItem] {
        do {
            return try db.read { db in
                Dictionary(try PierEngine.matching(db, seller: seller, target: .skus(skus)).map { ($0.sku, $0) }) { a, _ in a }
            }
        } catch {
            throw .store(error.description)
        }
    }

    /// The seller's fixes in the order they were applied, reverted ones marked.
    public func fixes(seller: String) throws(OnboardingError) -> [CatalogueFix] {
        do {
            return try db.read { db in try PierEngine.fixes(db, seller: seller) }
        } catch {
            throw .store(error.description)
        }
    }

    /// The fixes that name a SKU (by SKU or by a rule it matches), reverted ones too, oldest
    /// first; `among` the seller's fixes when the caller holds them already (the console does).
    public func fixHistory(seller: String, sku: String, among known: [CatalogueFix]? = nil) throws(OnboardingError) -> [CatalogueFix] {
        let all: [CatalogueFix]
        if let known { all = known } else { all = try fixes(seller: seller) }
        guard !all.isEmpty else { return [] }
        let item: CatalogItem?
        do {
            item = try db.read { db in try PierEngine.matching(db, seller: seller, target: .skus([sku])).first }
        } catch {
            throw .store(error.description)
        }
        guard let item else { return [] }
        return all.filter { $0.target.matches(item) }.sorted { $0.id < $1.id }
    }

    private func requireSeller(_ seller: String) throws(OnboardingError) {
        let known: [SellerRecord]
        do { known = try db.sellers() } catch { throw .store(error.description) }
        guard known.contains(where: { $0.id == seller }) else { throw .unknownSeller(seller, known: known.map(\.id)) }
    }

    static func fixes(_ db: any StoreSession, seller: String) throws -> [CatalogueFix] {
        var p = SellerProjection(sellerID: seller)
        try db.forEachEvent(seller: seller, types: [LedgerEventType.fixApplied.rawValue, LedgerEventType.fixReverted.rawValue]) { p.apply($0) }
        return p.fixesInOrder
    }

    /// The seller's last onboarding as it started (its `onboarding.started` events only): the
    /// store's buyer, shelves of prohibited goods and shelves of services as it read them.
    static func lastStart(_ db: any StoreSession, seller: String) throws -> OnboardingStarted? {
        var p = SellerProjection(sellerID: seller)
        try db.forEachEvent(seller: seller, types: [LedgerEventType.onboardingStarted.rawValue]) { p.apply($0) }
        return p.started
    }

    /// The fix's (or undo's) transaction: finds the SKUs the target names, replays only theirs,
    /// checks what the operator expected, lets `decide` write the fix event and the new list of
    /// fixes, maps the SKUs again, and keeps the seller's coverage figures current.
    private func fixTransaction(
        seller: String, action: String, target: CatalogueFix.Target, expecting: [String: String],
        decide:
            @escaping @Sendable (SellerProjection, [CatalogueFix], [CatalogItem]) throws(OnboardingError) -> (
                id: Int64, event: LedgerDraft, fixes: [CatalogueFix]
            )
    ) throws(OnboardingError) -> FixOutcome {
        let resources = self.resources
        let (mapper, moderator) = tools.get(resources)
        let outcome: Result<FixOutcome, OnboardingError>
        do {
            outcome = try db.write { db -> Result<FixOutcome, OnboardingError> in
                guard let record = try db.seller(seller) else { return .failure(.unknownSeller(seller, known: [])) }
                guard record.status == .onboarded, let tier = record.tier else {
                    return .failure(
                        .notOnboarded(seller: seller, action: action, why: "fixes apply to an onboarded catalogue: run `pier onboard \(seller) --tier …` first")
                    )
                }
                let items = try PierEngine.matching(db, seller: seller, target: target)
                // An undo stands whatever the catalogue holds now: the merchant may have removed what the fix named.
                if action == "fix", let refusal = PierEngine.unmatched(target, items: items, seller: seller) { return .failure(refusal) }
                var p = try PierEngine.project(db, seller: seller, scope: .skus(items.map(\.sku)))
                for (sku, token) in expecting.sorted(by: { $0.key < $1.key }) {
                    guard let now = p.finalListing(sku), now.fixToken != token else { continue }
                    return .failure(
                        .refused(
                            tier: action, seller: seller,
                            reasons: [
                                "\(sku) changed since you looked: it is now \(now.status.rawValue)\(now.coverageReason.map { " (\($0))" } ?? ""); look again before fixing it"
                            ]))
                }
                if case .skus = target, action == "fix" {
                    let prohibited = items.compactMap { p.finalListing($0.sku) }.filter { $0.eligibility == .prohibited }
                    if let first = prohibited.first {
                        return .failure(
                            .refused(
                                tier: action, seller: seller,
                                reasons: ["\(first.sku) is a prohibited good (\(first.coverageReason ?? "rejected by moderation")): no fix makes it live"]))
                    }
                }
                let fixes = try PierEngine.fixes(db, seller: seller)
                let decided: (id: Int64, event: LedgerDraft, fixes: [CatalogueFix])
                do throws(OnboardingError) { decided = try decide(p, fixes, items) } catch { return .failure(error) }
                let before = items.map { (p.finalListing($0.sku), p.unmappedKind($0.sku)) }
                p.apply(decided.event)
                let store = try PierEngine.lastStart(db, seller: seller)
                var sync = FixSync(
                    seller: seller, tier: tier, seed: record.seed ?? 1, mapper: mapper.readingShelves(store?.serviceShelves ?? [:]),
                    moderator: moderator.readingShelves(store?.shelves ?? [:]), rules: resources.rules, fix: decided.id,
                    failureRate: SimulatedTikTokShop.defaultFailureRate, buyer: store?.buyer)
                let lastFlag = try db.lastFlagID(seller: seller)
                do throws(OnboardingError) {
                    try sync.run(
                        p, items: items, before: fixes.filter(\.isActive), after: decided.fixes.filter(\.isActive), start: decided.event.at,
                        lastFlag: lastFlag)
                } catch {
                    return .failure(error)
                }
                if case .skus = target, action == "fix", let first = sync.outcome.stopped.first {
                    let rules = first.rules.map { id in resources.rules.rule(id).map { "\(id) (\($0.title))" } ?? id }
                    return .failure(
                        .refused(
                            tier: action, seller: seller,
                            reasons: ["the fix would stop \(first.sku) in moderation: \(rules.joined(separator: ", ")); nothing written"]))
                }
                if sync.alreadySo == sync.outcome.matched, action == "fix", !target.isRule {
                    return .failure(.refused(tier: action, seller: seller, reasons: ["nothing to change: \(target.text) is already so"]))
                }
                for d in sync.drafts { p.apply(d) }
                var metrics = OnboardingMetrics(json: record.metrics ?? .null)
                for (item, (old, kind)) in zip(items, before) {
                    PierEngine.tally(old, kind: kind, into: &metrics, sign: -1)
                    PierEngine.tally(p.finalListing(item.sku), kind: p.unmappedKind(item.sku), into: &metrics, sign: 1)
                }
                let s = sync.outcome
                let synced = LedgerDraft(
                    at: max(p.maxAt, decided.event.at), actor: "pier:engine",
                    CatalogSynced(
                        cause: .fix(decided.id, deactivated: s.deactivated), published: s.published, changed: s.changed,
                        durationMillis: s.durationMillis, metrics: metrics.json))
                let drafts = [decided.event] + sync.drafts + [synced]
                try db.appendLedger(seller: seller, drafts: drafts)
                try PierEngine.save(db, seller: seller, scope: .skus(items.map(\.sku)), p)
                var updated = record
                var m = metrics.json
                if case .object(var o) = m, let trading = record.metrics?["trading"] {
                    o["trading"] = trading
                    m = .object(o)
                }
                updated.metrics = m
                try db.upsert(updated)
                return .success(s)
            }
        } catch {
            throw .store(error.description)
        }
        return try outcome.get()
    }

    /// Why a fix's target names nothing it can serve: a SKU the seller lacks, or a rule that matches nothing.
    static func unmatched(_ target: CatalogueFix.Target, items: [CatalogItem], seller: String) -> OnboardingError? {
        if case .skus(let skus) = target {
            let missing = skus.filter { sku in !items.contains { $0.sku == sku } }
            guard !missing.isEmpty else { return nil }
            let more = missing.count > 5 ? " (and \(missing.count - 5) more)" : ""
            return .notFound("\(seller) has no SKU \(missing.prefix(5).joined(separator: ", "))\(more)")
        }
        return items.isEmpty ? .refused(tier: "fix", seller: seller, reasons: ["the rule matches no SKU of \(seller): no \(target.text)"]) : nil
    }

    /// The catalogue items a target names: by SKU through the key, a rule by one pass over the
    /// stored catalogue that reads only the rows whose text can hold the value.
    static func matching(_ db: any StoreSession, seller: String, target: CatalogueFix.Target) throws -> [CatalogItem] {
        // A stored item that cannot be read back stops the fix, as it stops an onboarding: a SKU
        // is never left out quietly (nor reported as missing when it is there).
        func item(_ sku: String, _ raw: String) throws -> CatalogItem {
            guard let json = try? JSONParser.parse(raw), let item = CatalogItem(json: json) else {
                throw OnboardingError.store("the stored catalogue item of \(seller) SKU \(sku) cannot be read back: import the seller's file again")
            }
            return item
        }
        func items(_ skus: [String]) throws -> [CatalogItem] {
            try db.catalogueItems(seller: seller, skus: skus).map { try item($0.key, $0.value) }.sorted { $0.sku < $1.sku }
        }
        switch target {
        case .skus(let skus): return try items(skus)
        case .sourceCategory:
            // The listings know each SKU's merchant category: no pass over the catalogue's text.
            let labels = try db.sourceCategories(seller: seller).filter { target.matches(label: $0) }
            return try items(try db.listingSKUs(seller: seller, sourceCategories: labels)).filter { target.matches($0) }
        case .productType, .vendor: break
        }
        // The catalogue holds each SKU once (its key): one pass, no set of what was seen.
        var out = [CatalogItem]()
        try db.forEachCatalogueItem(seller: seller) { sku, _, raw in
            guard target.mayMatch(rawJSON: raw) else { return }
            let candidate = try item(sku, raw)
            if target.matches(candidate) { out.append(candidate) }
        }
        return out.sorted { $0.sku < $1.sku }
    }

    /// Counts one SKU's place in the seller's figures in or out.
    static func tally(_ l: ListingRecord?, kind: MappingResult.Kind?, into m: inout OnboardingMetrics, sign: Int) {
        guard let l, l.status != .removed else { return }
        if l.status == .live { m.live += sign }
        if l.status.isFlagged { m.flaggedSKUs += sign }
        if l.status == .held { m.heldSKUs += sign }
        if l.status == .rejected { m.rejectedSKUs += sign }
        switch kind {
        case .needsCategory?: m.unmapped += sign
        case .needsAttribute?: m.missingAttribute += sign
        case .notEligible?: m.notEligible += sign
        case .noCategory?: m.noCategory += sign
        case .mapped?, nil: break
        }
    }

    /// A change checked against the tree and TikTok's accepted values, normalised.
    private func validated(_ change: CatalogueFix.Change, mapper: TaxonomyMapper) throws(OnboardingError) -> CatalogueFix.Change {
        switch change {
        case .category(let id):
            guard mapper.category(id) != nil else {
                throw .badInput("\(id) is not a leaf of the TikTok Shop category tree: find one with `pier categories WORDS`")
            }
            return change
        case .attribute(let name, let value):
            switch AttributeExtractor.accept(name: name, value: value) {
            case .success(let v): return .attribute(name: name.lowercased(), value: v)
            case .failure(let why): throw .badInput(why.message)
            }
        case .eligibility: return change
        }
    }
}
