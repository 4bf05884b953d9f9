import Crypto
import Foundation
import PierCore
import PierStore

extension PierEngine {
    /// hex SHA-256 of a file, read in chunks (an import never holds the whole file).
    static func sha256(file: String) -> String {
        var hasher = SHA256()
        if let h = FileHandle(forReadingAtPath: file) {
            defer { try? h.close() }
            while let chunk = try? h.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        }
        return Hex.encode(hasher.finalize())
    }

    /// A seller id from a name: lower case, letters, digits and dashes.
    public static func sellerID(_ name: String) -> String {
        Slug.make(name)
    }

    /// Imports a merchant's export as a seller (new, or updated when not yet onboarded), in one
    /// transaction. Re-importing the same file changes nothing and writes no ledger event.
    public func importCatalogue(platform: SourcePlatform, file: String, seller name: String, region: Region,
                                currency: String) throws(OnboardingError) -> ImportReport {
        let id = PierEngine.sellerID(name)
        guard !id.isEmpty else { throw .refused(tier: "import", seller: name, reasons: ["a seller name needs letters or digits"]) }
        guard SellerArchetype.named(id) == nil else {
            throw .refused(tier: "import", seller: id, reasons: ["\(id) is a seed seller; import under another name"])
        }
        do { try ImportFile.check(file) } catch { throw .badInput(error.message) }
        let context = ImportContext(resources: resources, currency: currency, region: region)
        let digest = PierEngine.sha256(file: file)
        let result: Result<(ImportReport, Int, Int, Int), OnboardingError>
        do {
            result = try db.transaction { db -> (value: Result<(ImportReport, Int, Int, Int), OnboardingError>, commit: Bool) in
                let existing = try PierDatabase.seller(db, id)
                if let existing, existing.origin != "import" {
                    return (.failure(.refused(tier: "import", seller: id, reasons: ["\(id) exists and was not imported"])), false)
                }
                // What was there before, as a digest per SKU: enough to tell added, changed and
                // removed without holding the previous catalogue's text.
                var before = [String: SHA256Digest]()
                try PierDatabase.forEachCatalogueItem(db, seller: id) { sku, _, item in
                    if before[sku] == nil { before[sku] = SHA256.hash(data: Array(item.utf8)) }
                }
                if existing == nil {
                    try PierDatabase.upsert(db, SellerRecord(id: id, name: name, platform: platform, vertical: "imported", regions: [region],
                                                            currency: currency, skuCount: 0, origin: "import"))
                }
                try db.execute(sql: "DELETE FROM catalog_items WHERE seller_id = ?", arguments: [id])
                let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO catalog_items (seller_id, sku, position, document, item) VALUES (?, ?, ?, ?, ?)")
                var position = 0, document = 0, added = 0, changed = 0, kept = 0
                // The primary key finds duplicate SKUs, so the import holds no set of them.
                let sink: ([CatalogItem]) throws -> Set<String> = { doc in
                    var duplicates = Set<String>()
                    for item in doc {
                        let json = item.json.canonical
                        insert.setUncheckedArguments([id, item.sku, position, document, json])
                        try insert.execute()
                        guard db.changesCount > 0 else { duplicates.insert(item.sku); continue }
                        position += 1
                        if let old = before[item.sku] { kept += 1; if old != SHA256.hash(data: Array(json.utf8)) { changed += 1 } } else { added += 1 }
                    }
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
                    return (.failure(.refused(tier: "import", seller: id, reasons: ["\(report.file) has no importable SKU"]
                        + report.skipped.prefix(3).map { "line \($0.line): \($0.reason)" })), false)
                }
                let removed = before.count - kept
                if existing != nil && added + changed + removed == 0 { return (.success((report, 0, 0, 0)), false) }
                if existing?.status == "onboarded" {
                    return (.failure(.refused(tier: "import", seller: id, reasons: ["\(id) is already onboarded; catalogue changes after go-live arrive through the sync"])), false)
                }
                var drafts = [LedgerDraft]()
                let at = try PierDatabase.ledgerHead(db, seller: id).seq
                if existing == nil {
                    drafts.append(LedgerDraft(at: at, type: "seller.registered", actor: "ops:import", data: [
                        "name": .string(name), "platform": .string(platform.rawValue), "vertical": "imported",
                        "regions": [.string(region.rawValue)], "currency": .string(currency), "skus": .number(report.skus), "origin": "import",
                    ]))
                }
                drafts.append(LedgerDraft(at: at, type: "catalog.imported", actor: "ops:import", data: [
                    "file": .string(report.file), "sha256": .string(digest), "products": .number(report.products), "skus": .number(report.skus),
                    "added": .number(added), "changed": .number(changed), "removed": .number(removed),
                ]))
                try PierDatabase.upsert(db, SellerRecord(id: id, name: name, platform: platform, vertical: "imported", regions: [region],
                                                        currency: currency, skuCount: report.skus, origin: "import"))
                try PierDatabase.appendLedger(db, seller: id, drafts: drafts)
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
}
