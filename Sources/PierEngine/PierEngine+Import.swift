import Crypto
import Foundation
import PierCore
import PierStore

extension PierEngine {
    /// hex SHA-256 of a file, read in chunks (an import never holds the whole file); nil when
    /// the file cannot be read to its end.
    static func sha256(file: String) -> String? {
        var hasher = SHA256()
        guard let h = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? h.close() }
        do {
            while let chunk = try h.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            return nil
        }
        return Hex.encode(hasher.finalize())
    }

    /// A seller id from a name: lower case, letters, digits and dashes.
    public static func sellerID(_ name: String) -> String {
        Slug.make(name)
    }

    /// Imports a merchant's export as a seller in one transaction: a new seller, an update before
    /// onboarding, or, for an onboarded seller, a sync from the merchant's side (only the delta:
    /// added, changed and removed products through mapping, moderation, the resolver and the
    /// TikTok API). Re-importing the same file changes nothing and writes no ledger event; a sync
    /// that fails part-way leaves the seller as it was.
    public func importCatalogue(
        platform: SourcePlatform, file: String, seller name: String, region: Region,
        currency: String
    ) throws(OnboardingError) -> ImportReport {
        try importCatalogue(
            platform: platform, file: file, seller: name, region: region, currency: currency,
            tiktokFailureRate: SimulatedTikTokShop.defaultFailureRate)
    }

    /// `importCatalogue` with the simulated TikTok Shop failing calls at `tiktokFailureRate`
    /// (1 makes every call of a merchant-side sync fail: the seller must stay as it was).
    func importCatalogue(
        platform: SourcePlatform, file: String, seller name: String, region: Region,
        currency: String, tiktokFailureRate: Double
    ) throws(OnboardingError) -> ImportReport {
        let id = PierEngine.sellerID(name)
        guard !id.isEmpty else { throw .refused(tier: "import", seller: name, reasons: ["a seller name needs letters or digits"]) }
        try authorise(.change, action: "import", seller: id)
        guard SellerArchetype.named(id) == nil else {
            throw .refused(tier: "import", seller: id, reasons: ["\(id) is a seed seller; import under another name"])
        }
        do { try ImportFile.check(file) } catch { throw .badInput(error.message) }
        let context = ImportContext(resources: resources, currency: currency, region: region)
        guard let digest = PierEngine.sha256(file: file) else { throw .badInput("\(file): the file could not be read to its end") }
        let stamp = who.stamp()
        let result: Result<(ImportReport, Int, Int, Int), OnboardingError>
        do {
            result = try db.transaction { db -> (value: Result<(ImportReport, Int, Int, Int), OnboardingError>, commit: Bool) in
                let existing = try db.seller(id)
                if let existing, existing.origin != "import" {
                    return (.failure(.refused(tier: "import", seller: id, reasons: ["\(id) exists and was not imported"])), false)
                }
                // A seller's prices and stock are in one currency and for its regions: an export read
                // as another would re-price or empty every listing.
                if let existing, existing.currency != currency {
                    return (
                        .failure(
                            .badInput("\(id) sells in \(existing.currency); this export was read as \(currency): import it with currency \(existing.currency)")),
                        false
                    )
                }
                if let existing, !existing.regions.isEmpty, !existing.regions.contains(region) {
                    let theirs = existing.regions.map(\.rawValue).joined(separator: "+")
                    return (
                        .failure(.badInput("\(id) sells in \(theirs); this export's stock was read for \(region.rawValue): import it with region \(theirs)")),
                        false
                    )
                }
                // What was there before, as a digest per SKU: enough to tell added, changed and
                // removed without holding the previous catalogue's text.
                var before = [String: SHA256Digest]()
                try db.forEachCatalogueItem(seller: id) { sku, _, item in
                    if before[sku] == nil { before[sku] = SHA256.hash(data: Array(item.utf8)) }
                }
                if existing == nil {
                    try db.upsert(
                        SellerRecord(
                            id: id, name: name, platform: platform, vertical: "imported", regions: [region],
                            currency: currency, skuCount: 0, origin: "import"))
                }
                let catalogue = try db.catalogueWriter(seller: id)
                var position = 0, document = 0, added = 0, changed = 0, kept = 0
                // An onboarded seller's re-import is a sync from the merchant: it keeps the
                // products with a new or changed SKU, and which SKUs the export still has.
                let syncing = existing?.status == .onboarded
                var delta = [[CatalogItem]]()
                var touched = Set<String>()
                var present = Set<String>()
                // The primary key finds duplicate SKUs, so the import holds no set of them.
                let sink: ([CatalogItem]) throws -> Set<String> = { doc in
                    var duplicates = Set<String>()
                    for item in doc {
                        let json = item.json.canonical
                        guard try catalogue.insert(sku: item.sku, position: position, document: document, json: json) else {
                            duplicates.insert(item.sku)
                            continue
                        }
                        position += 1
                        var moved = true
                        if let old = before[item.sku] {
                            kept += 1
                            if old != SHA256.hash(data: Array(json.utf8)) { changed += 1 } else { moved = false }
                        } else {
                            added += 1
                        }
                        if syncing {
                            present.insert(item.sku)
                            if moved { touched.insert(item.sku) }
                        }
                    }
                    if syncing, doc.contains(where: { touched.contains($0.sku) }) { delta.append(doc) }
                    document += 1
                    return duplicates
                }
                var report: ImportReport
                do {
                    switch platform {
                    case .shopify:
                        report = try ShopifyCSVImporter(context: context).run(path: file, sink: sink)
                    case .woocommerce:
                        let (docs, r) = try WooCommerceCSVImporter(context: context).run(path: file)
                        for d in docs { _ = try sink(d) }
                        report = r
                    case .amazon:
                        let (docs, r) = try AmazonImporter(context: context).run(path: file)
                        for d in docs { _ = try sink(d) }
                        report = r
                    }
                } catch let e as ShopifyCSVImporter.Failure {
                    return (.failure(.badInput(e.description)), false)
                }
                guard report.skus > 0 else {
                    return (
                        .failure(
                            .refused(
                                tier: "import", seller: id,
                                reasons: ["\(report.file) has no importable SKU"]
                                    + report.skipped.prefix(3).map { "line \($0.line): \($0.reason)" })), false
                    )
                }
                let removed = before.count - kept
                if existing != nil && added + changed + removed == 0 { return (.success((report, 0, 0, 0)), false) }
                var drafts = [LedgerDraft]()
                let at = try db.ledgerHead(seller: id).seq
                if existing == nil {
                    drafts.append(
                        LedgerDraft(
                            at: at, actor: "ops:import",
                            SellerRegistered(
                                name: name, platform: platform, vertical: "imported", regions: [region], currency: currency,
                                skus: report.skus, origin: "import")))
                }
                let imported = CatalogImported(
                    file: report.file, sha256: digest, products: report.products, skus: report.skus, added: added, changed: changed, removed: removed)
                drafts.append(LedgerDraft(at: at, actor: "ops:import", imported, stamp: stamp))
                try db.upsert(
                    SellerRecord(
                        id: id, name: name, platform: platform, vertical: "imported", regions: [region],
                        currency: currency, skuCount: report.skus, origin: "import"))
                if syncing {
                    let gone = before.keys.filter { !present.contains($0) }.sorted()
                    do throws(OnboardingError) {
                        report.sync = try self.merchantSync(
                            db, seller: id, platform: platform, context: context, imported: drafts, products: delta,
                            touched: touched, removed: gone, failureRate: tiktokFailureRate)
                    } catch {
                        return (.failure(error), false)
                    }
                    return (.success((report, added, changed, removed)), true)
                }
                try db.appendLedger(seller: id, drafts: drafts)
                return (.success((report, added, changed, removed)), true)
            }
        } catch {
            throw .store(error.description)
        }
        switch result {
        case .success(let (r, a, c, removed)):
            var report = r
            report.added = a
            report.changed = c
            report.removed = removed
            return report
        case .failure(let e):
            throw e
        }
    }

    /// Runs a merchant-side sync inside the import's transaction: replays the seller, appends the
    /// import's events, the sync's and a `catalog.synced` summary with the coverage it leaves,
    /// and rewrites the derived tables.
    private func merchantSync(
        _ db: any StoreSession, seller: String, platform: SourcePlatform, context: ImportContext, imported: [LedgerDraft],
        products: [[CatalogItem]], touched: Set<String>, removed: [String], failureRate: Double
    ) throws(OnboardingError) -> MerchantSync.Summary {
        do {
            var projection = SellerProjection(sellerID: seller)
            try db.forEachEvent(seller: seller) {
                projection.apply($0); return true
            }
            guard let profile = projection.profile, let tier = profile.tier else {
                throw OnboardingError.refused(tier: "import", seller: seller, reasons: ["\(seller) has no tier on record"])
            }
            // The sync continues the seller's virtual clock after its last event.
            let now = projection.maxAt + 1
            let imported = imported.compactMap { d in d.kind.map { LedgerDraft(at: now, type: $0, actor: d.actor, sku: d.sku, data: d.data) } }
            for d in imported { projection.apply(d) }
            var sync = MerchantSync(
                seller: seller, platform: platform, tier: tier, seed: profile.seed ?? 1, resources: resources,
                mapper: context.mapper, moderator: context.moderator, failureRate: failureRate)
            try sync.run(projection, products: products, touched: touched, removed: removed)
            for d in sync.drafts { projection.apply(d) }
            var metrics = OnboardingMetrics(json: profile.metrics ?? .null)
            var skus = 0, live = 0, flagged = 0
            projection.forEachFinalListing { l in
                guard l.status != .removed else { return }
                skus += 1
                if l.status == .live { live += 1 }
                if l.status.isFlagged { flagged += 1 }
            }
            metrics.skus = skus
            metrics.live = live
            metrics.flaggedSKUs = flagged
            metrics.notEligible = projection.unmappedCount(kind: .notEligible)
            metrics.noCategory = projection.unmappedCount(kind: .noCategory)
            let s = sync.summary
            let delta = CatalogSynced.MerchantDelta(
                added: s.added, removed: s.removed, updated: s.updated, held: s.held, rejected: s.rejected, unmapped: s.unmapped,
                withdrawnFlags: s.withdrawnFlags)
            let synced = LedgerDraft(
                at: projection.maxAt, actor: "pier:engine",
                CatalogSynced(cause: .merchant(delta), published: s.published, changed: s.changed, durationMillis: s.durationMillis, metrics: metrics.json))
            projection.apply(synced)
            try db.appendLedger(seller: seller, drafts: imported + sync.drafts + [synced])
            try PierEngine.saveDerived(db, seller: seller, projection)
            return s
        } catch let e as OnboardingError {
            throw e
        } catch {
            throw .store(String(describing: error))
        }
    }
}
