import Foundation
import PierCore

/// Reads Amazon catalogues: the SP-API JSON listings feed (schema v2: `header` + `messages`) and
/// the classic inventory flat file (tab-separated; row 1 `TemplateType=…`, row 2 labels, row 3
/// field names, then data).
public struct AmazonImporter {
    public let context: ImportContext
    private var mapper: TaxonomyMapper { context.mapper }
    private var currency: String { context.currency }
    private var region: Region { context.region }

    public init(context: ImportContext) { self.context = context }

    static let marketplaceRegion: [String: Region] = [
        "ATVPDKIKX0DER": .us, "A2EUQ1WTGCTBG2": .us, "A1PA6795UKMFR9": .eu, "A13V1IB3VIYZZH": .eu, "APJ6JRA9NG5V4": .eu,
        "A1RKKUPIHCS9HS": .eu, "A1805IZSGTT6HS": .eu, "A1F83G8C2ARO7P": .uk,
    ]

    public func run(path: String) throws(ShopifyCSVImporter.Failure) -> (documents: [[CatalogItem]], report: ImportReport) {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else { throw .init(message: "\(path): cannot read the file") }
        guard !data.isEmpty else { throw .init(message: "\(name): the file is empty") }
        let start = data.prefix(64).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if start.first == UInt8(ascii: "{") { return try feed(data, name: name) }
        if String(decoding: data.prefix(200), as: UTF8.self).contains("TemplateType=") { return try flatFile(path, name: name) }
        throw .init(
            message:
                "\(name), line 1: neither an SP-API JSON listings feed (`{\"header\":…,\"messages\":[…]}`) nor an inventory flat file (`TemplateType=…` on row 1)"
        )
    }

    private static func minor(_ any: Any?, currency: String) -> Int64? {
        switch any {
        case let n as NSNumber: return SourceNormalizer.minorUnits(n.stringValue, currency: currency)
        case let s as String: return SourceNormalizer.minorUnits(s, currency: currency)
        default: return nil
        }
    }

    private func feed(_ data: Data, name: String) throws(ShopifyCSVImporter.Failure) -> (documents: [[CatalogItem]], report: ImportReport) {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw .init(message: "\(name): not valid JSON (\((error as NSError).userInfo["NSDebugDescription"] as? String ?? "parse error"))")
        }
        guard let object = root as? [String: Any], let messages = object["messages"] as? [[String: Any]] else {
            throw .init(message: "\(name): not an SP-API listings feed (no `messages` array)")
        }
        var report = ImportReport(file: name, format: "Amazon SP-API JSON listings feed", currency: currency)
        var groups = ProductGroups()
        var seen = Set<String>()
        for (i, m) in messages.enumerated() {
            let place = "message \(m["messageId"] as? Int ?? i + 1)"
            let sku = m["sku"] as? String ?? ""
            let op = (m["operationType"] as? String ?? "UPDATE").uppercased()
            guard !sku.isEmpty else { report.skip((0, "\(place): no sku")); continue }
            guard op == "UPDATE" else {
                report.skip((0, "\(place) (\(sku)): \(op) changes a listing but does not describe one; only UPDATE messages are imported"))
                continue
            }
            guard seen.insert(sku).inserted else { report.skip((0, "\(place): duplicate SKU \(sku)")); continue }
            let attrs = m["attributes"] as? [String: Any] ?? [:]
            func values(_ key: String) -> [[String: Any]] { attrs[key] as? [[String: Any]] ?? [] }
            func first(_ key: String) -> String? { values(key).first?["value"].map { "\($0)" } }
            guard let title = first("item_name") else {
                report.skip((0, "\(place) (\(sku)): no item_name"))
                continue
            }
            var cur = currency
            var price: Int64?
            if let lp = values("list_price").first {
                cur = lp["currency"] as? String ?? currency
                price = Self.minor(lp["value_with_tax"] ?? lp["value"], currency: cur)
            }
            if price == nil, let offer = values("purchasable_offer").first {
                cur = offer["currency"] as? String ?? currency
                let schedule = ((offer["our_price"] as? [[String: Any]])?.first?["schedule"] as? [[String: Any]])?.first
                price = Self.minor(schedule?["value_with_tax"] ?? schedule?["value"], currency: cur)
            }
            var inventory = [Region: Int]()
            for f in values("fulfillment_availability") {
                let q = (f["quantity"] as? NSNumber)?.intValue ?? 0
                let r = (f["marketplace_id"] as? String).flatMap { Self.marketplaceRegion[$0] } ?? region
                inventory[r, default: 0] += max(0, q)
            }
            if inventory.isEmpty { inventory[region] = 0 }
            var attributes = [String: String]()
            attributes["brand"] = first("brand")
            attributes["model"] = first("model_number") ?? first("model_name")
            let certs = values("external_testing_certification").compactMap { $0["value"].map { "\($0)" } }
            if !certs.isEmpty { attributes["certifications"] = certs.joined(separator: ", ") }
            for key in ["color", "size", "material"] { if let v = first(key) { attributes[key] = v } }
            let bullets = values("bullet_point").compactMap { $0["value"].map { "\($0)" } }
            var html = "<p>\(first("product_description") ?? "")</p>"
            if !bullets.isEmpty { html += "<ul>" + bullets.map { "<li>\($0)</li>" }.joined() + "</ul>" }
            let parent = values("child_parent_sku_relationship").first?["parent_sku"] as? String ?? sku
            let productType = (m["productType"] as? String ?? "").uppercased()
            let item = CatalogItem(
                sku: sku, productID: parent, title: report.repaired(title, what: "the item_name of \(sku)", line: 0),
                descriptionHTML: report.repaired(html, what: "the description of \(sku)", line: 0),
                tags: (first("generic_keyword") ?? "").split(separator: " ").map(String.init),
                category: productType.isEmpty ? .none : .amazon(productType: productType), attributes: attributes,
                price: Money(minorUnits: price ?? 0, currency: cur), inventory: inventory,
                imageCount: values("main_product_image_locator").count + values("other_product_image_locator_1").count)
            if price == nil { report.warn((0, "\(place) (\(sku)): no list_price or purchasable_offer; price 0 until set")) }
            if groups.add(item) { report.products += 1 }
            report.variants += parent == sku ? 0 : 1
            report.images += item.imageCount
            context.account(item, into: &report)
        }
        return (groups.documents, report)
    }

    private func flatFile(_ path: String, name: String) throws(ShopifyCSVImporter.Failure) -> (documents: [[CatalogItem]], report: ImportReport) {
        var reader: CSVReader
        do { reader = try CSVReader(path: path, delimiter: 0x09) } catch { throw .init(message: "\(path): cannot read the file") }
        var report = ImportReport(file: name, format: "Amazon inventory flat file", currency: currency)
        var header: [String] = []
        var groups = ProductGroups()
        var seen = [String: Int]()
        var row = 0
        while true {
            let record: CSVReader.Record?
            do { record = try reader.read() } catch {
                report.skip((error.line, "\(error.message) at column \(error.column): the rest of the file from here is not imported"))
                break
            }
            guard let r = record else { break }
            row += 1
            if row == 1 {
                guard r.fields.first?.hasPrefix("TemplateType=") == true else { throw .init(message: "\(name), line 1: no TemplateType=… on row 1") }
                report.format += " (\(r.fields[0].dropFirst("TemplateType=".count)))"
                continue
            }
            if row == 2 { continue }
            if row == 3 {
                header = r.fields.map { $0.trimmed().lowercased() }
                guard header.contains("item_sku") || header.contains("sku") else {
                    throw .init(message: "\(name), line \(r.line): row 3 must hold the field names (item_sku, item_name, …)")
                }
                continue
            }
            var v = [String: String]()
            for (i, k) in header.enumerated() where i < r.fields.count { v[k] = r.fields[i].trimmed() }
            if v.values.allSatisfy(\.isEmpty) { continue }
            let sku = v["item_sku"] ?? v["sku"] ?? ""
            guard !sku.isEmpty else { report.skip((r.line, "no item_sku")); continue }
            if v["parent_child"]?.lowercased() == "parent" { continue }
            if let firstLine = seen[sku] { report.skip((r.line, "duplicate SKU \(sku) (first on line \(firstLine))")); continue }
            let priceText = v["standard_price"] ?? v["price"] ?? ""
            guard
                let price = SourceNormalizer.minorUnits(
                    priceText.isEmpty ? "x" : priceText, currency: v["currency"]?.isEmpty == false ? v["currency"] ?? currency : currency)
            else {
                report.skip((r.line, "\(sku): standard_price `\(priceText)` is not an amount"))
                continue
            }
            seen[sku] = r.line
            let cur = v["currency"]?.isEmpty == false ? v["currency"] ?? currency : currency
            var attributes = [String: String]()
            attributes["brand"] = v["brand_name"] ?? v["brand"]
            attributes["model"] = v["model"] ?? v["part_number"]
            for (k, a) in [("color_name", "color"), ("size_name", "size"), ("material_type", "material")] where !(v[k] ?? "").isEmpty { attributes[a] = v[k] }
            let bullets = (1...5).compactMap { v["bullet_point\($0)"] }.filter { !$0.isEmpty }
            var html = "<p>\(v["product_description"] ?? "")</p>"
            if !bullets.isEmpty { html += "<ul>" + bullets.map { "<li>\($0)</li>" }.joined() + "</ul>" }
            let parent = (v["parent_sku"] ?? "").isEmpty ? sku : v["parent_sku"] ?? sku
            let type = (v["feed_product_type"] ?? v["product_type"] ?? "").uppercased()
            let images = ["main_image_url", "other_image_url1", "other_image_url2", "other_image_url3"].filter { !(v[$0] ?? "").isEmpty }.count
            let item = CatalogItem(
                sku: sku, productID: parent, title: report.repaired(v["item_name"] ?? sku, what: "the item_name of \(sku)", line: r.line),
                descriptionHTML: report.repaired(html, what: "the description of \(sku)", line: r.line),
                tags: (v["generic_keywords"] ?? "").split(separator: " ").map(String.init),
                category: type.isEmpty ? .none : .amazon(productType: type), attributes: attributes,
                price: Money(minorUnits: price, currency: cur), inventory: [region: max(0, Int(v["quantity"] ?? "") ?? 0)], imageCount: images)
            if groups.add(item) { report.products += 1 }
            report.variants += parent == sku ? 0 : 1
            report.images += images
            context.account(item, into: &report)
        }
        report.reading = reader.readingNote
        return (groups.documents, report)
    }
}
