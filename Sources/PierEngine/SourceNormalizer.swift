import Foundation
import PierCore

/// Reads a merchant's source-shaped products into Pier's normalised SKUs.
enum SourceNormalizer {
    static func items(_ catalogue: MerchantCatalogue) -> [CatalogItem] {
        itemsPerDocument(catalogue).flatMap { $0 }
    }

    /// The SKUs of each source document, in source order (a Shopify or WooCommerce product
    /// gives its variants; an Amazon listings item gives one SKU).
    static func itemsPerDocument(_ catalogue: MerchantCatalogue) -> [[CatalogItem]] {
        catalogue.products.map { product in
            switch catalogue.platform {
            case .shopify: shopify(product, currency: catalogue.currency)
            case .amazon: amazon(product, currency: catalogue.currency)
            case .woocommerce: woocommerce(product, currency: catalogue.currency)
            }
        }
    }

    /// Parses a decimal price string into minor units; nil if it is not one. "1,299.50" and
    /// "1.299,50" use the last separator as the decimal point; a lone comma followed by one or
    /// two digits ("59,99") is a decimal comma, by three ("1,299") a thousands separator.
    static func minorUnits(_ text: String, currency: String) -> Int64? {
        let exp = Money.exponent(of: currency)
        if let plain = plainMinorUnits(text, exponent: exp) { return plain }
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        if let comma = cleaned.lastIndex(of: ","), let dot = cleaned.lastIndex(of: ".") {
            cleaned =
                comma > dot
                ? cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                : cleaned.replacingOccurrences(of: ",", with: "")
        } else if let comma = cleaned.lastIndex(of: ",") {
            let after = cleaned.distance(from: cleaned.index(after: comma), to: cleaned.endIndex)
            let commas = cleaned.filter { $0 == "," }.count
            cleaned =
                commas == 1 && (1...2).contains(after)
                ? cleaned.replacingOccurrences(of: ",", with: ".")
                : cleaned.replacingOccurrences(of: ",", with: "")
        }
        guard !cleaned.isEmpty else { return nil }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
        var frac = parts.count == 2 ? String(parts[1]) : ""
        guard frac.allSatisfy(\.isNumber) else { return nil }
        if frac.count > exp { frac = String(frac.prefix(exp)) }
        frac += String(repeating: "0", count: exp - frac.count)
        var scale: Int64 = 1
        for _ in 0..<exp { scale *= 10 }
        return whole * scale + (Int64(frac) ?? 0) * (whole < 0 ? -1 : 1)
    }

    /// The common case without Foundation: unsigned ASCII digits with at most one `.`.
    private static func plainMinorUnits(_ text: String, exponent: Int) -> Int64? {
        var whole: Int64 = 0
        var frac: Int64 = 0
        var fracDigits = 0
        var digits = 0
        var seenDot = false
        for b in text.utf8 {
            if b == 0x2E {
                if seenDot { return nil }
                seenDot = true
            } else if b >= 0x30 && b <= 0x39 {
                digits += 1
                if digits > 18 { return nil }
                if !seenDot {
                    whole = whole * 10 + Int64(b - 0x30)
                } else if fracDigits < exponent {
                    frac = frac * 10 + Int64(b - 0x30)
                    fracDigits += 1
                }
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        var scale: Int64 = 1
        for _ in 0..<exponent { scale *= 10 }
        for _ in fracDigits..<exponent { frac *= 10 }
        return whole * scale + frac
    }

    /// An SP-API measure (`{"value": 1.2, "unit": "kilograms"}`) in grams or centimetres, through
    /// `convert` (`Parcel.grams` or `Parcel.centimetres`); nil when it holds no positive number.
    private static func measure(_ value: JSONValue?, unit: String?, convert: (Double, String) -> Double?) -> Double? {
        guard let v = value?.intValue.map(Double.init) ?? value?.stringValue.flatMap(Double.init), v > 0 else { return nil }
        return unit.flatMap { convert(v, $0) } ?? v
    }

    private static func firstValue(_ attrs: JSONValue?, _ key: String) -> String? {
        attrs?[key]?.arrayValue?.first?["value"]?.stringValue
    }

    static func shopify(_ p: JSONValue, currency: String) -> [CatalogItem] {
        let title = p["title"]?.stringValue ?? ""
        let handle = p["handle"]?.stringValue ?? ""
        let tags = (p["tags"]?.stringValue ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var attributes = ["brand": p["vendor"]?.stringValue ?? ""]
        for m in p["metafields"]?.arrayValue ?? [] {
            if let k = m["key"]?.stringValue, let v = m["value"]?.stringValue { attributes[k] = v }
        }
        let category: SourceCategory =
            (p["category"]?["full_name"]?.stringValue).map { .shopify(path: $0) }
            ?? (p["product_type"]?.stringValue).map { .freeText($0) } ?? .none
        let images = p["images"]?.arrayValue?.count ?? 0
        let variants = p["variants"]?.arrayValue ?? []
        return variants.enumerated().map { i, v in
            let option = v["title"]?.stringValue ?? "Default Title"
            let sku = v["sku"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? "\(handle)-\(i + 1)"
            var attrs = attributes
            if let size = v["option1"]?.stringValue, p["options"]?.arrayValue?.first?["name"]?.stringValue == "Size" {
                attrs["net_content"] = size
            }
            if let grams = v["grams"]?.intValue, grams > 0 { attrs["weight_g"] = String(grams) }
            return CatalogItem(
                sku: sku, productID: handle, title: option == "Default Title" ? title : "\(title) - \(option)",
                descriptionHTML: p["body_html"]?.stringValue ?? "", tags: tags, category: category, attributes: attrs,
                price: Money(minorUnits: minorUnits(v["price"]?.stringValue ?? "0", currency: currency) ?? 0, currency: currency),
                inventory: [.us: Int(v["inventory_quantity"]?.intValue ?? 0)], imageCount: images)
        }
    }

    static func amazon(_ p: JSONValue, currency: String) -> [CatalogItem] {
        let regionByMarketplace: [String: Region] = [
            "ATVPDKIKX0DER": .us, "A1PA6795UKMFR9": .eu, "A13V1IB3VIYZZH": .eu, "APJ6JRA9NG5V4": .eu,
            "A1RKKUPIHCS9HS": .eu, "A1F83G8C2ARO7P": .uk,
        ]
        let attrs = p["attributes"]
        let sku = p["sku"]?.stringValue ?? ""
        let summary = p["summaries"]?.arrayValue?.first
        let bullets = (attrs?["bullet_point"]?.arrayValue ?? []).compactMap { $0["value"]?.stringValue }
        let description = firstValue(attrs, "product_description") ?? ""
        var html = "<p>\(description)</p>"
        if !bullets.isEmpty { html += "<ul>" + bullets.map { "<li>\($0)</li>" }.joined() + "</ul>" }
        var attributes = [String: String]()
        attributes["brand"] = firstValue(attrs, "brand")
        attributes["model"] = firstValue(attrs, "model_number")
        let certs = (attrs?["external_testing_certification"]?.arrayValue ?? []).compactMap { $0["value"]?.stringValue }
        if !certs.isEmpty { attributes["certifications"] = certs.joined(separator: ", ") }
        if let w = attrs?["item_package_weight"]?.arrayValue?.first,
            let grams = Self.measure(w["value"], unit: w["unit"]?.stringValue, convert: Parcel.grams(_:in:))
        {
            attributes["weight_g"] = String(Int(grams.rounded()))
        }
        if let d = attrs?["item_package_dimensions"]?.arrayValue?.first {
            for side in ["length", "width", "height"] {
                if let cm = Self.measure(d[side]?["value"], unit: d[side]?["unit"]?.stringValue, convert: Parcel.centimetres(_:in:)) {
                    attributes[side + "_cm"] = String(cm)
                }
            }
        }
        var inventory = [Region: Int]()
        for a in p["fulfillmentAvailability"]?.arrayValue ?? [] {
            if let m = a["marketplaceId"]?.stringValue, let r = regionByMarketplace[m] { inventory[r, default: 0] += Int(a["quantity"]?.intValue ?? 0) }
        }
        let priceEntry = attrs?["list_price"]?.arrayValue?.first
        let cur = priceEntry?["currency"]?.stringValue ?? currency
        let parent = attrs?["child_parent_sku_relationship"]?.arrayValue?.first?["parent_sku"]?.stringValue ?? sku
        return [
            CatalogItem(
                sku: sku, productID: parent, title: firstValue(attrs, "item_name") ?? summary?["itemName"]?.stringValue ?? sku,
                descriptionHTML: html, tags: (firstValue(attrs, "generic_keyword") ?? "").split(separator: " ").map(String.init),
                category: (summary?["productType"]?.stringValue).map { .amazon(productType: $0) } ?? .none, attributes: attributes,
                price: Money(minorUnits: minorUnits(priceEntry?["value"]?.stringValue ?? "0", currency: cur) ?? 0, currency: cur),
                inventory: inventory, imageCount: Int(p["images"]?.intValue ?? 1))
        ]
    }

    static func woocommerce(_ p: JSONValue, currency: String) -> [CatalogItem] {
        let name = p["name"]?.stringValue ?? ""
        let productID = p["id"]?.intValue.map { String($0) } ?? name
        let cat = p["categories"]?.arrayValue?.first
        let category: SourceCategory = (cat?["path"]?.stringValue ?? cat?["name"]?.stringValue).map { .woocommerce(path: $0) } ?? .none
        let tags = (p["tags"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        var attributes = [String: String]()
        for a in p["attributes"]?.arrayValue ?? [] where a["variation"]?.boolValue != true {
            if let n = a["name"]?.stringValue, let v = a["options"]?.arrayValue?.first?.stringValue { attributes[n.lowercased()] = v }
        }
        if let kg = p["weight"]?.stringValue.flatMap(Double.init), kg > 0 { attributes["weight_g"] = String(Int((kg * 1000).rounded())) }
        for side in ["length", "width", "height"] {
            if let cm = p["dimensions"]?[side]?.stringValue.flatMap(Double.init), cm > 0 { attributes[side + "_cm"] = String(cm) }
        }
        let html = p["description"]?.stringValue ?? ""
        let images = p["images"]?.arrayValue?.count ?? 0
        let variations = p["variations"]?.arrayValue ?? []
        if variations.isEmpty {
            return [
                CatalogItem(
                    sku: p["sku"]?.stringValue ?? productID, productID: productID, title: name, descriptionHTML: html, tags: tags,
                    category: category, attributes: attributes,
                    price: Money(minorUnits: minorUnits(p["regular_price"]?.stringValue ?? "0", currency: currency) ?? 0, currency: currency),
                    inventory: [.us: Int(p["stock_quantity"]?.intValue ?? 0)], imageCount: images)
            ]
        }
        return variations.map { v in
            var attrs = attributes
            let options = (v["attributes"]?.arrayValue ?? []).compactMap { a -> (String, String)? in
                guard let n = a["name"]?.stringValue, let o = a["option"]?.stringValue else { return nil }
                return (n, o)
            }
            for (n, o) in options where n == "Size" || n == "Waist" { attrs["size"] = o }
            let suffix = options.map(\.1).joined(separator: ", ")
            return CatalogItem(
                sku: v["sku"]?.stringValue ?? productID, productID: productID, title: suffix.isEmpty ? name : "\(name) - \(suffix)",
                descriptionHTML: html, tags: tags, category: category, attributes: attrs,
                price: Money(minorUnits: minorUnits(v["regular_price"]?.stringValue ?? "0", currency: currency) ?? 0, currency: currency),
                inventory: [.us: Int(v["stock_quantity"]?.intValue ?? 0)], imageCount: images)
        }
    }
}
