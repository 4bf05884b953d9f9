import Crypto
import Foundation
import PierCore
import PierStore

extension PierEngine {
    /// A seller id from a name: lower case, letters, digits and dashes.
    public static func sellerID(_ name: String) -> String {
        ShopifyCSVImporter.slug(name)
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
        let documents: [[CatalogItem]]
        var report: ImportReport
        switch platform {
        case .shopify:
            let importer = ShopifyCSVImporter(context: ImportContext(resources: resources, currency: currency, region: region))
            do { (documents, report) = try importer.run(path: file) } catch { throw .resources(error.description) }
        case .woocommerce:
            let importer = WooCommerceCSVImporter(context: ImportContext(resources: resources, currency: currency, region: region))
            do { (documents, report) = try importer.run(path: file) } catch { throw .resources(error.description) }
        case .amazon:
            let importer = AmazonImporter(context: ImportContext(resources: resources, currency: currency, region: region))
            do { (documents, report) = try importer.run(path: file) } catch { throw .resources(error.description) }
        }
        guard report.skus > 0 else {
            throw .refused(tier: "import", seller: id, reasons: ["\(report.file) has no importable SKU"] + report.skipped.prefix(3).map { "line \($0.line): \($0.reason)" })
        }
        let rows = documents.enumerated().flatMap { d, items in items.map { (sku: $0.sku, document: d, item: $0.json.canonical) } }
        let digest = Hex.encode(SHA256.hash(data: (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()))
        let fileName = report.file
        let products = report.products
        let result: Result<(Int, Int, Int), OnboardingError>
        do {
            result = try db.write { db -> Result<(Int, Int, Int), OnboardingError> in
                let existing = try PierDatabase.seller(db, id)
                if let existing, existing.origin != "import" {
                    return .failure(.refused(tier: "import", seller: id, reasons: ["\(id) exists and was not imported"]))
                }
                let before = Dictionary(try PierDatabase.catalogueItems(db, seller: id).map { ($0.sku, $0.item) }, uniquingKeysWith: { a, _ in a })
                let after = Dictionary(rows.map { ($0.sku, $0.item) }, uniquingKeysWith: { a, _ in a })
                let added = after.keys.filter { before[$0] == nil }.count
                let changed = after.filter { before[$0.key] != nil && before[$0.key] != $0.value }.count
                let removed = before.keys.filter { after[$0] == nil }.count
                if existing != nil && added + changed + removed == 0 && before.keys.count == after.keys.count { return .success((0, 0, 0)) }
                if existing?.status == "onboarded" {
                    return .failure(.refused(tier: "import", seller: id, reasons: ["\(id) is already onboarded; catalogue changes after go-live arrive through the sync"]))
                }
                var drafts = [LedgerDraft]()
                let at = try PierDatabase.ledgerHead(db, seller: id).seq
                if existing == nil {
                    drafts.append(LedgerDraft(at: at, type: "seller.registered", actor: "ops:import", data: [
                        "name": .string(name), "platform": .string(platform.rawValue), "vertical": "imported",
                        "regions": [.string(region.rawValue)], "currency": .string(currency), "skus": .number(rows.count), "origin": "import",
                    ]))
                }
                drafts.append(LedgerDraft(at: at, type: "catalog.imported", actor: "ops:import", data: [
                    "file": .string(fileName), "sha256": .string(digest), "products": .number(products), "skus": .number(rows.count),
                    "added": .number(added), "changed": .number(changed), "removed": .number(removed),
                ]))
                try PierDatabase.upsert(db, SellerRecord(id: id, name: name, platform: platform, vertical: "imported", regions: [region],
                                                        currency: currency, skuCount: rows.count, origin: "import"))
                try PierDatabase.replaceCatalogue(db, seller: id, items: rows)
                try PierDatabase.appendLedger(db, seller: id, drafts: drafts)
                return .success((added, changed, removed))
            }
        } catch {
            throw .store(error.description)
        }
        switch result {
        case .success(let (a, c, r)):
            report.added = a
            report.changed = c
            report.removed = r
            return report
        case .failure(let e):
            throw e
        }
    }
}
