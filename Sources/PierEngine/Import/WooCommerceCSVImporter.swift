import Foundation
import PierCore

/// Reads a WooCommerce product CSV (the core exporter's and import files, English or localised
/// headers): simple, variable + variation, grouped, external and downloadable/virtual rows.
public struct WooCommerceCSVImporter {
    public let context: ImportContext
    private var mapper: TaxonomyMapper { context.mapper }
    private var currency: String { context.currency }
    private var region: Region { context.region }

    public init(context: ImportContext) { self.context = context }

    /// Localised header names → the English ones the exporter writes (lower case).
    static let headerAliases: [String: String] = [
        // Russian
        "ид": "id", "тип": "type", "артикул": "sku", "имя": "name", "название": "name", "опубликован": "published", "опубликовано": "published",
        "краткое описание": "short description", "описание": "description", "в наличии?": "in stock?", "запасы": "stock",
        "акционная цена": "sale price", "базовая цена": "regular price", "обычная цена": "regular price", "категории": "categories",
        "метки": "tags", "изображения": "images", "родительский": "parent", "вес (кг)": "weight (kg)",
        "длина (см)": "length (cm)", "ширина (см)": "width (cm)", "высота (см)": "height (cm)",
        // German
        "artikelnummer": "sku", "typ": "type", "veröffentlicht": "published", "kurzbeschreibung": "short description",
        "beschreibung": "description", "vorrätig?": "in stock?", "lager": "stock", "angebotspreis": "sale price",
        "regulärer preis": "regular price", "kategorien": "categories", "schlagwörter": "tags", "bilder": "images",
        "übergeordnetes produkt": "parent", "gewicht (kg)": "weight (kg)",
        "länge (cm)": "length (cm)", "breite (cm)": "width (cm)", "höhe (cm)": "height (cm)",
        // French
        "ugs": "sku", "nom": "name", "publié": "published", "description courte": "short description",
        "en stock ?": "in stock?", "stock": "stock", "tarif promo": "sale price", "tarif régulier": "regular price",
        "catégories": "categories", "étiquettes": "tags", "parent": "parent", "poids (kg)": "weight (kg)",
        "longueur (cm)": "length (cm)", "largeur (cm)": "width (cm)", "hauteur (cm)": "height (cm)",
        // Spanish
        "nombre": "name", "publicado": "published", "descripción corta": "short description", "descripción": "description",
        "¿existencias?": "in stock?", "inventario": "stock", "precio rebajado": "sale price", "precio normal": "regular price",
        "categorías": "categories", "etiquetas": "tags", "imágenes": "images", "superior": "parent", "peso (kg)": "weight (kg)",
        "longitud (cm)": "length (cm)", "anchura (cm)": "width (cm)", "altura (cm)": "height (cm)",
    ]

    struct Row {
        let line: Int
        let values: [String: String]
        subscript(_ key: String) -> String { values[key] ?? "" }
    }

    public func run(path: String) throws(ShopifyCSVImporter.Failure) -> (documents: [[CatalogItem]], report: ImportReport) {
        let name = (path as NSString).lastPathComponent
        var reader: CSVReader
        do { reader = try CSVReader(path: path) } catch { throw .init(message: "\(path): cannot read the file") }
        let header = try ImportFile.header(&reader, name: name)
        let keys = header.fields.map { h -> String in
            let k = h.trimmed().lowercased()
            return Self.headerAliases[k] ?? k
        }
        // The exporter writes the columns the merchant ticks: a file of SKU, Name and descriptions
        // (no Type) is still a product list, every row a simple product.
        let typed = keys.contains("type")
        guard typed ? keys.contains("sku") || keys.contains("name") : keys.contains("name") && keys.contains("sku") else {
            throw .init(
                message:
                    "\(name), line \(header.line): not a WooCommerce product CSV (no `Name` and `SKU` columns, or `Type` beside one of them); found: \(ImportFile.describe(header.fields))"
            )
        }
        guard keys.contains("regular price") else {
            throw .init(
                message:
                    "\(name), line \(header.line): no `Regular price` column, so no product has a price to list at; export the products with their prices (found: \(ImportFile.describe(header.fields)))"
            )
        }
        let weightKey = keys.first { $0.hasPrefix("weight (") }
        let weightUnit = weightKey.map { String($0.dropFirst("weight (".count).dropLast()) } ?? ""
        let sideKeys = ["length", "width", "height"].map { side in keys.first { $0.hasPrefix(side + " (") } }
        var report = ImportReport(file: name, format: "WooCommerce product CSV (\(keys.count) columns)", currency: currency)
        if !typed { report.warn((header.line, "no `Type` column: every row is read as a simple product")) }
        var rows = [Row]()
        var fileFailure: CSVReader.Failure?
        while true {
            let r: CSVReader.Record?
            do { r = try reader.read() } catch { fileFailure = error; break }
            guard let record = r else { break }
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }
            var values = [String: String]()
            for (i, k) in keys.enumerated() where i < record.fields.count && values[k] == nil {
                values[k] = record.fields[i].trimmed()
            }
            if record.fields.count < keys.count {
                report.warn((record.line, "row has \(record.fields.count) of \(keys.count) columns; the missing ones are empty"))
            }
            rows.append(Row(line: record.line, values: values))
        }

        var parents = [String: Row]()
        for r in rows where r["type"].contains("variable") {
            if !r["sku"].isEmpty { parents[r["sku"]] = r }
            if !r["id"].isEmpty { parents["id:" + r["id"]] = r }
        }
        var groups = ProductGroups()
        var seen = [String: Int]()
        var parentsUsed = Set<Int>()
        var unmanagedStock = 0
        for r in rows {
            let types = typed ? Set(r["type"].lowercased().split(separator: ",").map { $0.trimmed() }) : ["simple"]
            let published = r["published"]
            if published == "-1" || published == "0" {
                if !types.contains("variation") {
                    report.skip((r.line, "\(r["name"]) is \(published == "-1" ? "a draft" : "private") (Published = \(published)), not for sale"))
                }
                continue
            }
            if types.contains("variable") { continue }
            if types.contains("grouped") { report.skip((r.line, "\(r["name"]) is a grouped product: its members are listed on their own")); continue }
            if types.contains("external") { report.skip((r.line, "\(r["name"]) is an external (affiliate) product sold elsewhere")); continue }
            if types.contains("downloadable") || types.contains("virtual") {
                report.skip((r.line, "\(r["name"]) is downloadable/virtual: nothing to ship on TikTok Shop"))
                continue
            }
            guard types.contains("simple") || types.contains("variation") else {
                report.skip((r.line, "unknown product type `\(r["type"])`"))
                continue
            }
            let parent = types.contains("variation") ? parents[r["parent"]] : nil
            if let parent { parentsUsed.insert(parent.line) }
            if types.contains("variation") && parent == nil {
                report.skip((r.line, "variation \(r["sku"]) names parent `\(r["parent"])`, which is not a variable product in the file"))
                continue
            }
            var sku = r["sku"]
            if sku.isEmpty {
                sku = "woo-\(r["id"].isEmpty ? Slug.make(r["name"]) : r["id"])"
                report.warn((r.line, "no SKU: derived \(sku)"))
            }
            if let firstLine = seen[sku] {
                report.skip((r.line, "duplicate SKU \(sku) (first on line \(firstLine))"))
                continue
            }
            let priceText = r["regular price"].isEmpty ? (parent?["regular price"] ?? "") : r["regular price"]
            guard let price = SourceNormalizer.minorUnits(priceText, currency: currency),
                price > 0
            else {
                report.skip((r.line, priceText.isEmpty ? "\(sku) has no regular price" : "price `\(priceText)` of \(sku) is not an amount"))
                continue
            }
            seen[sku] = r.line
            let base = parent ?? r
            let description = report.repaired(
                (base["description"].isEmpty ? base["short description"] : base["description"]).replacingOccurrences(of: "\\n", with: "\n"),
                what: "the description of \(sku)", line: r.line)
            let title = report.repaired(r["name"], what: "the name of \(sku)", line: r.line)
            var attributes = [String: String]()
            for n in 1...6 {
                let key = r["attribute \(n) name"].isEmpty ? base["attribute \(n) name"] : r["attribute \(n) name"]
                let value = r["attribute \(n) value(s)"]
                if !key.isEmpty && !value.isEmpty { attributes[key.lowercased()] = value }
            }
            if let weightKey, let w = Double(r[weightKey].isEmpty ? base[weightKey] : r[weightKey]) {
                attributes["weight_g"] = String(Int((Parcel.grams(w, in: weightUnit) ?? w).rounded()))
            }
            for (side, key) in zip(["length_cm", "width_cm", "height_cm"], sideKeys) {
                guard let key, let v = Double(r[key].isEmpty ? base[key] : r[key]) else { continue }
                let unit = String(key.drop { $0 != "(" }.dropFirst().dropLast())
                attributes[side] = String(Parcel.centimetres(v, in: unit) ?? v)
            }
            let stock: Int
            if let s = Int(r["stock"]) { stock = max(0, s) } else { stock = 0; unmanagedStock += 1 }
            let category = Self.mainCategory(base["categories"])
            let images = base["images"].split(separator: ",").count
            let item = CatalogItem(
                sku: sku, productID: WooCommerceCSVImporter.productID(parent ?? r, fallback: sku), title: title, descriptionHTML: description,
                tags: base["tags"].split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty },
                category: category.isEmpty ? .none : .woocommerce(path: category), attributes: attributes,
                price: Money(minorUnits: price, currency: currency), inventory: [region: stock], imageCount: images)
            if groups.add(item) {
                report.products += 1
                report.images += images
            }
            if types.contains("variation") { report.variants += 1 }
            context.account(item, into: &report)
        }
        // Every product of the file is accounted for: a variable product whose variations are all
        // missing (or were all skipped above) says so.
        for r in rows where r["type"].lowercased().contains("variable") && !parentsUsed.contains(r.line) {
            let published = r["published"]
            if published == "-1" || published == "0" { continue }
            report.skip((r.line, "variable product \(r["name"].isEmpty ? r["sku"] : r["name"]) has no sellable variation in the file"))
        }
        if unmanagedStock > 0 {
            report.warn((header.line, "stock is not managed for \(unmanagedStock) SKUs: they are listed with 0 units until stock is set"))
        }
        if let f = fileFailure {
            report.skip((f.line, "\(f.message) at column \(f.column): the rest of the file from here is not imported"))
        }
        report.reading = reader.readingNote
        return (groups.documents, report)
    }

    /// The most specific of a WooCommerce `Categories` cell's comma-separated paths (exports list
    /// a product's parent categories beside its own: "Decor, Decor > Home Fragrances > Incense");
    /// the first among equally deep ones, a shelf that names no product ("Sale", "New In") only when
    /// nothing else is given. `\,` is a comma inside a name (`Food\, Beverages & Tobacco > Tea`).
    static func mainCategory(_ cell: String) -> String {
        var paths = [String]()
        var current = ""
        var escaped = false
        for ch in cell {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "," { paths.append(current.trimmed()); current = ""; continue }
            current.append(ch)
        }
        paths.append(current.trimmed())
        var best = ""
        var bestDepth = -1
        for path in paths where !path.isEmpty {
            let depth = TaxonomyMapper.isGeneric(path) ? 0 : path.components(separatedBy: ">").count
            if depth > bestDepth { best = path; bestDepth = depth }
        }
        return best
    }

    /// A product's key: its WooCommerce ID (`id:123`), else its SKU, else the SKU Pier derived.
    static func productID(_ row: Row, fallback: String) -> String {
        !row["id"].isEmpty ? "id:" + row["id"] : !row["sku"].isEmpty ? row["sku"] : fallback
    }
}
