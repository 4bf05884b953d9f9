import Foundation
import PierCore

/// Reads a Shopify product CSV of any era — 2017 (`Type`), 2021–22 (`Standard Product Type`),
/// 2023+ (`Product Category`, per-market prices, metafield columns) — into SKUs grouped by
/// product (`Handle`).
public struct ShopifyCSVImporter {
    public let context: ImportContext
    private var mapper: TaxonomyMapper { context.mapper }
    private var currency: String { context.currency }
    private var region: Region { context.region }

    public init(context: ImportContext) { self.context = context }

    /// A file that cannot be read as a Shopify product CSV at all.
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    private struct Product {
        var handle: String
        var line: Int
        var title = ""
        var body = ""
        var vendor = ""
        var categories: [SourceCategory] = []
        var tags: [String] = []
        var status = "active"
        var giftCard = false
        var optionNames: [String] = []
        var images = 0
        /// Product metafields by key (`custom.net_content` → `net_content`).
        var metafields: [String: String] = [:]
        var variants: [(line: Int, options: [String], sku: String?, price: String, qty: String, grams: String, metafields: [String: String])] = []
    }

    /// Imports `path`; rows that cannot be kept are listed in the report, the rest returned.
    public func run(path: String) throws(Failure) -> (documents: [[CatalogItem]], report: ImportReport) {
        var documents = [[CatalogItem]]()
        var seen = Set<String>()
        let report = try run(path: path) { doc in
            let kept = doc.filter { seen.insert($0.sku).inserted }
            if !kept.isEmpty { documents.append(kept) }
            return Set(doc.map(\.sku)).subtracting(kept.map(\.sku))
        }
        return (documents, report)
    }

    /// Streams `path`: each product is handed to `sink` as soon as its last row has been read
    /// (Shopify keeps a Handle's rows together), so memory does not grow with the file. The sink
    /// stores the SKUs and answers which of them it already had (duplicates).
    public func run(path: String, sink: ([CatalogItem]) throws -> Set<String>) throws(Failure) -> ImportReport {
        let name = (path as NSString).lastPathComponent
        var reader: CSVReader
        do { reader = try CSVReader(path: path) } catch { throw Failure(message: "\(path): cannot read the file") }
        let header = try ImportFile.header(&reader, name: name)
        var col = [String: Int]()
        for (i, h) in header.fields.enumerated() {
            let key = h.trimmed().lowercased()
            if col[key] == nil { col[key] = i }
        }
        guard col["handle"] != nil, col["title"] != nil || col["variant sku"] != nil else {
            throw Failure(
                message:
                    "\(name), line \(header.line): not a Shopify product CSV (no `Handle` and `Title` columns); found: \(ImportFile.describe(header.fields))")
        }
        let metafieldColumns = header.fields.indices.compactMap { i in ShopifyCSVImporter.metafield(header.fields[i]).map { (i, $0) } }
        let era =
            col["product category"] != nil
            ? "Shopify product CSV (2023+)" : col["standard product type"] != nil ? "Shopify product CSV (2021–22)" : "Shopify product CSV (2017)"
        var report = ImportReport(file: name, format: era, currency: currency)
        var pending: Product?
        // Hashes, not handles: 8 bytes a product whatever the handle's length.
        var finished = Set<UInt64>()
        var mappable = [SourceCategory: Bool]()
        var sinkFailure: (any Error)?
        // Mapping and moderating the kept SKUs for the summary runs on the second core while
        // this thread parses and stores; the hand-off keeps the file's order.
        let accounting = Handoff<[CatalogItem]>(capacity: 64)
        defer { accounting.cancel() }
        let accountant = Worker(name: "pier.import.account") { [context, name, era, currency] () -> ImportReport in
            var accounts = ImportReport(file: name, format: era, currency: currency)
            while let doc = accounting.take() {
                context.account(doc, into: &accounts)
            }
            return accounts
        }

        func finish(_ p: Product) {
            let continuation = !finished.insert(SeededRandom.fnv1a(p.handle)).inserted
            guard p.status == "active" else {
                report.skip((p.line, "product \(p.handle) is \(p.status) in Shopify, not for sale"))
                return
            }
            // The product's category and Type are its variants' alike.
            let category =
                p.categories.first { c in
                    if let known = mappable[c] { return known }
                    // A category the map places (a leaf, food or supplements, a prohibited branch) is
                    // the merchant's word: crisps under Snack Foods stay food whatever their Type.
                    // One it cannot place gives way to the next, and so does a services branch:
                    // a skincare brand files its serums under Shopify's Services.
                    let ok: Bool =
                        switch mapper.map(c, attributes: [:]) {
                        case .mapped, .missingAttribute, .noCategory: true
                        case .notEligible: false
                        case .unmapped: mapper.prohibitingRule(c) != nil
                        }
                    mappable[c] = ok
                    return ok
                } ?? p.categories.first ?? .none
            // The merchant's Type still speaks when a taxonomy path is the category: it says
            // "Laser Hair Removal Women" where the path says IPL devices.
            let productType: String =
                if case .freeText = category { "" } else {
                    p.categories.lazy.compactMap { c -> String? in if case .freeText(let t) = c { t } else { nil } }.first ?? ""
                }
            var doc = [CatalogItem]()
            for variant in p.variants {
                var options = variant.options
                if options[0] == "Default Title" { options = ["", "", ""] }
                var sku = variant.sku ?? ""
                if sku.hasPrefix("'") {
                    sku.removeFirst()
                    report.warn((variant.line, "SKU had Excel's apostrophe prefix; kept as \(sku)"))
                }
                if sku.isEmpty {
                    let slug = options.filter { !$0.isEmpty }.map { Slug.make($0) }.joined(separator: "-")
                    sku = slug.isEmpty ? p.handle : "\(p.handle)-\(slug)"
                    report.warn((variant.line, "no Variant SKU: derived \(sku) from the handle and options"))
                }
                guard let price = SourceNormalizer.minorUnits(variant.price.isEmpty ? "0" : variant.price, currency: currency), price >= 0 else {
                    report.skip((variant.line, "price `\(variant.price)` is not an amount"))
                    continue
                }
                let optionText = options.filter { !$0.isEmpty }.joined(separator: " / ")
                var attributes = p.metafields.merging(variant.metafields) { _, v in v }
                attributes["brand"] = p.vendor
                for (i, name) in p.optionNames.enumerated() where !options[i].isEmpty && !name.isEmpty {
                    attributes[name.lowercased()] = options[i]
                }
                // A Size option is the variant's net content, as the Admin API path reads it.
                if attributes["net_content"] == nil, let size = attributes["size"] { attributes["net_content"] = size }
                if let grams = Double(variant.grams), grams > 0 { attributes["weight_g"] = String(Int(grams.rounded())) }
                let qty = Int(Double(variant.qty) ?? 0)
                doc.append(
                    CatalogItem(
                        sku: sku, productID: p.handle, title: optionText.isEmpty ? p.title : "\(p.title) - \(optionText)",
                        descriptionHTML: p.body, tags: p.tags, category: category, attributes: attributes,
                        price: Money(minorUnits: price, currency: currency), inventory: [region: max(0, qty)], imageCount: max(p.images, 0),
                        productType: productType))
            }
            var duplicates = Set<String>()
            var inProduct = Set<String>()
            let repeated = Set(doc.filter { !inProduct.insert($0.sku).inserted }.map(\.sku))
            if !doc.isEmpty {
                do { duplicates = try sink(doc) } catch { sinkFailure = error; return }
            }
            // A supplier's variant code reused by another product (dropshipping) is not the same
            // item: the product keeps it, suffixed with its handle, instead of being lost.
            let reused = duplicates.subtracting(repeated)
            if !reused.isEmpty && !continuation {
                let renamed = doc.filter { reused.contains($0.sku) }.map { $0.withSKU("\($0.sku)@\(p.handle)") }
                var again = Set<String>()
                do { again = try sink(renamed) } catch { sinkFailure = error; return }
                for item in renamed where !again.contains(item.sku) {
                    report.warn((p.line, "SKU \(item.sku.dropLast(p.handle.count + 1)) is also another product's: imported as \(item.sku)"))
                }
                doc = doc.map { reused.contains($0.sku) ? $0.withSKU("\($0.sku)@\(p.handle)") : $0 }
                duplicates = repeated.intersection(duplicates).union(again)
            }
            for sku in duplicates.sorted() { report.skip((p.line, "duplicate SKU \(sku) (already imported)")) }
            doc.removeAll { duplicates.contains($0.sku) }
            guard !doc.isEmpty else {
                if !continuation && duplicates.isEmpty { report.skip((p.line, "product \(p.handle) has no sellable variant")) }
                return
            }
            if !continuation { report.products += 1 }
            report.images += p.images
            report.variants += p.variants.count
            accounting.put(doc)
        }

        var fileFailure: CSVReader.Failure?
        while sinkFailure == nil {
            let record: CSVReader.Record?
            do { record = try reader.read() } catch { fileFailure = error; break }
            guard let r = record else { break }
            func v(_ key: String) -> String {
                guard let i = col[key], i < r.fields.count else { return "" }
                return r.fields[i].trimmed()
            }
            if r.fields.count == 1 && r.fields[0].isEmpty { continue }
            if r.fields.count < header.fields.count {
                report.warn((r.line, "row has \(r.fields.count) of \(header.fields.count) columns; the missing ones are empty"))
            }
            let handle = v("handle")
            guard !handle.isEmpty else {
                report.skip((r.line, "no Handle: the row belongs to no product"))
                continue
            }
            if pending?.handle != handle {
                if let done = pending { finish(done) }
                var p = Product(handle: handle, line: r.line)
                if finished.contains(SeededRandom.fnv1a(handle)) {
                    report.warn((r.line, "rows of \(handle) continue here, away from its first rows; imported with the product fields found here"))
                }
                p.title = report.repaired(v("title"), what: "the title of \(handle)", line: r.line)
                p.body = report.repaired(v("body (html)"), what: "the description of \(handle)", line: r.line)
                p.vendor = v("vendor")
                p.tags = v("tags").split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
                let status = v("status").lowercased()
                p.status = status.isEmpty ? "active" : status
                p.giftCard = v("gift card").lowercased() == "true"
                p.optionNames = [v("option1 name"), v("option2 name"), v("option3 name")]
                var cats = [SourceCategory]()
                if !v("product category").isEmpty { cats.append(.shopify(path: v("product category"))) }
                if !v("google shopping / google product category").isEmpty { cats.append(.google(path: v("google shopping / google product category"))) }
                if !v("standard product type").isEmpty { cats.append(.shopify(path: v("standard product type"))) }
                if !v("custom product type").isEmpty { cats.append(.freeText(v("custom product type"))) }
                if !v("type").isEmpty { cats.append(.freeText(v("type"))) }
                if p.giftCard { cats = [.shopify(path: "Gift Cards")] }
                p.categories = cats
                for (i, m) in metafieldColumns where !m.variant && i < r.fields.count {
                    let value = r.fields[i].trimmed()
                    if !value.isEmpty { p.metafields[m.key] = value }
                }
                // Google Shopping's columns say who the product is for when the metafields do not.
                if p.metafields["target_gender"] == nil, !v("google shopping / gender").isEmpty {
                    p.metafields["target_gender"] = v("google shopping / gender")
                }
                if p.metafields["age_group"] == nil, !v("google shopping / age group").isEmpty {
                    p.metafields["age_group"] = v("google shopping / age group")
                }
                pending = p
            }
            guard var p = pending else { continue }
            let options = [v("option1 value"), v("option2 value"), v("option3 value")]
            let hasVariant = !options[0].isEmpty || !v("variant sku").isEmpty || !v("variant price").isEmpty
            if !v("image src").isEmpty { p.images += 1 }
            if hasVariant {
                let rawSKU = v("variant sku")
                var metafields = [String: String]()
                for (i, m) in metafieldColumns where m.variant && i < r.fields.count {
                    let value = r.fields[i].trimmed()
                    if !value.isEmpty { metafields[m.key] = value }
                }
                // The store ships nothing for it: a booking, a ticket, a gift card or a download.
                if v("variant requires shipping").lowercased() == "false" { metafields[TaxonomyMapper.shipsNothing] = "false" }
                p.variants.append(
                    (r.line, options, rawSKU.isEmpty ? nil : rawSKU, v("variant price"), v("variant inventory qty"), v("variant grams"), metafields))
                let barcode = v("variant barcode")
                if ShopifyCSVImporter.isExcelScientific(barcode) {
                    report.warn((r.line, "Excel turned the barcode into \(barcode): its digits are lost; re-export the CSV without opening it in Excel"))
                }
            }
            pending = p
        }
        if let done = pending, sinkFailure == nil { finish(done) }
        if let sinkFailure { throw Failure(message: "\(name): \(sinkFailure)") }
        accounting.finish()
        report.absorbAccounts(accountant.join())
        if let f = fileFailure {
            report.skip((f.line, "\(f.message) at column \(f.column): the rest of the file from here is not imported"))
        }
        report.reading = reader.readingNote
        return report
    }

    /// A metafield column: the display name is the shop's own (and may be translated, e.g.
    /// `Contenu net (product.metafields.custom.net_content)`), so the key is read from the
    /// parenthesised reference; `shopify.color-pattern` becomes `color_pattern`.
    static func metafield(_ header: String) -> (key: String, variant: Bool)? {
        guard let open = header.lastIndex(of: "("), header.hasSuffix(")") else { return nil }
        let reference = header[header.index(after: open)..<header.index(before: header.endIndex)].trimmed()
        let parts = reference.split(separator: ".")
        guard parts.count >= 4, parts[1] == "metafields", parts[0] == "product" || parts[0] == "variant" else { return nil }
        let key = parts[3...].joined(separator: ".").lowercased().replacingOccurrences(of: "-", with: "_")
        return key.isEmpty ? nil : (key, parts[0] == "variant")
    }

    /// Whether a cell is a number Excel rewrote in scientific notation, e.g. `3.65275E+11`.
    static func isExcelScientific(_ s: String) -> Bool {
        guard let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }), s[s.index(after: e)...].hasPrefix("+") else { return false }
        let mantissa = s[..<e], exponent = s[s.index(e, offsetBy: 2)...]
        return !mantissa.isEmpty && !exponent.isEmpty && mantissa.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && exponent.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
