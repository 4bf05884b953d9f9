import Foundation
import PierCore

/// A benchmark seller of any size: the Lumina archetype's product lines (titles, HTML copy
/// with its share of risky claims, variants, categories, stock) grown to N SKUs by the same
/// generator the seed sellers use, written as a Shopify product CSV (2023+ columns), so the
/// benchmark imports it through the real streaming importer.
public struct SyntheticSeller: Sendable {
    public let skus: Int
    public let seed: UInt64

    public init(skus: Int, seed: UInt64) {
        self.skus = skus
        self.seed = seed
    }

    /// What was written.
    public struct Written: Sendable, Equatable {
        public let products: Int
        public let rows: Int
        public let bytes: Int
    }

    static let header = [
        "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
        "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU", "Variant Grams",
        "Variant Inventory Qty", "Variant Price", "Variant Barcode", "Image Src", "Image Position", "Status",
        "Net content (product.metafields.custom.net_content)", "Ingredients (product.metafields.custom.ingredients)",
    ]

    /// Writes the catalogue to `path` (replacing it).
    public func writeShopifyCSV(to path: String) throws -> Written {
        let catalogue = CatalogueGenerator(archetype: .lumina, seed: seed, skuTarget: skus).generate()
        guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? out.close() }
        var buffer = ""
        var bytes = 0
        var rows = 0
        func row(_ fields: [String]) throws {
            var first = true
            for f in fields {
                if !first { buffer += "," }
                first = false
                buffer += Exporter.csv(f)
            }
            buffer += "\r\n"
            rows += 1
            if buffer.utf8.count >= 1 << 20 { try flush() }
        }
        func flush() throws {
            let data = Data(buffer.utf8)
            bytes += data.count
            try out.write(contentsOf: data)
            buffer = ""
        }
        try row(Self.header)
        var handles = Set<String>()
        for p in catalogue.products {
            var handle = p["handle"]?.stringValue ?? "product"
            var n = 1
            while !handles.insert(handle).inserted {
                n += 1
                handle = "\(p["handle"]?.stringValue ?? "product")-\(n)"
            }
            let names = (p["options"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
            let variants = p["variants"]?.arrayValue ?? []
            let images = (p["images"]?.arrayValue ?? []).compactMap { $0["src"]?.stringValue }
            func metafield(_ key: String) -> String {
                p["metafields"]?.arrayValue?.first { $0["key"]?.stringValue == key }.flatMap { $0["value"]?.stringValue } ?? ""
            }
            let net = metafield("net_content"), ingredients = metafield("ingredients")
            let grams = Int(net.prefix { $0.isNumber }) ?? 0
            for i in 0..<max(variants.count, images.count) {
                let v: JSONValue? = i < variants.count ? variants[i] : nil
                let product = i == 0
                try row([
                    handle,
                    product ? p["title"]?.stringValue ?? "" : "",
                    product ? p["body_html"]?.stringValue ?? "" : "",
                    product ? p["vendor"]?.stringValue ?? "" : "",
                    product ? p["category"]?["full_name"]?.stringValue ?? "" : "",
                    product ? p["product_type"]?.stringValue ?? "" : "",
                    product ? p["tags"]?.stringValue ?? "" : "",
                    product ? "TRUE" : "",
                    product ? names.first ?? "" : "",
                    v?["option1"]?.stringValue ?? "",
                    product && names.count > 1 ? names[1] : "",
                    v?["option2"]?.stringValue ?? "",
                    v?["sku"]?.stringValue ?? "",
                    v == nil ? "" : String(grams),
                    v?["inventory_quantity"]?.intValue.map { String($0) } ?? "",
                    v?["price"]?.stringValue ?? "",
                    v?["barcode"]?.stringValue ?? "",
                    i < images.count ? images[i] : "",
                    i < images.count ? String(i + 1) : "",
                    product ? p["status"]?.stringValue ?? "active" : "",
                    product ? net : "",
                    product ? ingredients : "",
                ])
            }
        }
        try flush()
        return Written(products: catalogue.products.count, rows: rows - 1, bytes: bytes)
    }

}
