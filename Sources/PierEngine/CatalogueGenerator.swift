import Foundation
import PierCore

/// Generates an archetype seller's catalogue, deterministically from a seed, in the shape of
/// its source platform.
struct CatalogueGenerator {
    let archetype: SellerArchetype
    let seed: UInt64
    /// Overrides the archetype's SKU count (the benchmark's synthetic sellers). A scaled
    /// catalogue repeats each line's claim schedule in every pass, so its flag rate stays the
    /// archetype's; the seed sellers keep the schedule of their first pass only.
    var skuTarget: Int?

    /// One drafted product before it is written in a platform's shape.
    struct Draft {
        let number: Int
        let line: ProductLine
        let title: String
        let html: String
        let tags: [String]
        let attributes: [String: String]
        let variants: [[(name: String, value: String)]]
        let prices: [Int]
        let stock: [[Region: Int]]
        let images: Int
    }

    func generate() -> MerchantCatalogue {
        var rng = SeededRandom(seed: seed, stream: "catalogue:\(archetype.id)")
        let target = skuTarget ?? archetype.skuCount
        var drafts = [Draft]()
        var total = 0
        var perLine = [Int](repeating: 0, count: archetype.lines.count)
        var pass = 0
        let claimants = archetype.lines.map { claimSchedule($0, rng: &rng) }
        outer: while total < target {
            for (index, line) in archetype.lines.enumerated() {
                let count = pass == 0 ? line.products : max(1, line.products / 8)
                for _ in 0..<count {
                    if total >= target { break outer }
                    var d = draft(line: line, ordinal: perLine[index], number: drafts.count + 1, claims: claimants[index], rng: &rng)
                    perLine[index] += 1
                    let room = target - total
                    if d.variants.count > room {
                        d = Draft(
                            number: d.number, line: d.line, title: d.title, html: d.html, tags: d.tags, attributes: d.attributes,
                            variants: Array(d.variants.prefix(room)), prices: Array(d.prices.prefix(room)),
                            stock: Array(d.stock.prefix(room)), images: d.images)
                    }
                    total += d.variants.count
                    drafts.append(d)
                }
            }
            pass += 1
        }
        var velocity = [String: Double]()
        var products = [JSONValue]()
        products.reserveCapacity(drafts.count)
        for d in drafts {
            let skus = d.variants.indices.map { sku(d, $0) }
            for s in skus {
                var vr = SeededRandom(seed: seed, stream: "velocity:\(s)")
                velocity[s] = vr.logNormal(median: d.line.velocity.median, sigma: d.line.velocity.sigma)
            }
            switch archetype.platform {
            case .shopify: products.append(shopify(d, skus))
            case .amazon: products.append(contentsOf: amazon(d, skus))
            case .woocommerce: products.append(woocommerce(d, skus))
            }
        }
        return MerchantCatalogue(
            platform: archetype.platform, currency: archetype.currency, regions: archetype.regions,
            products: products, salesVelocity: velocity)
    }

    /// For each of a line's claims, which product ordinals carry it: a fixed share of the line
    /// (its probability times the line's product count), chosen by the seed. A merchant's copy is
    /// consistent within a line, so the share is structural and the flag rate stable across seeds.
    private func claimSchedule(_ line: ProductLine, rng: inout SeededRandom) -> [Set<Int>] {
        line.claims.map { claim in
            let n = Int((claim.probability * Double(line.products)).rounded())
            var ordinals = Array(0..<line.products)
            var chosen = Set<Int>()
            for _ in 0..<min(n, ordinals.count) { chosen.insert(ordinals.remove(at: rng.int(in: 0...(ordinals.count - 1)))) }
            return chosen
        }
    }

    private func draft(line: ProductLine, ordinal: Int, number: Int, claims: [Set<Int>], rng: inout SeededRandom) -> Draft {
        let base = line.names[ordinal % line.names.count]
        let round = ordinal / line.names.count
        let collection = archetype.collections[round % archetype.collections.count]
        let edition = round >= archetype.collections.count ? " \(round / archetype.collections.count + 1)" : ""
        let name = line.names.count == 1 && line.products == 1 ? base : "\(collection) \(base)\(edition)"
        let title = archetype.platform == .shopify || line.names.count == 1 ? name : "\(archetype.brand) \(name)"

        var benefits = line.benefits
        var chosen = [String]()
        for _ in 0..<min(benefits.count, rng.int(in: 3...5)) {
            chosen.append(benefits.remove(at: rng.int(in: 0...(benefits.count - 1))))
        }
        for (c, claim) in line.claims.enumerated() where claims[c].contains(skuTarget == nil ? ordinal : ordinal % max(line.products, 1)) {
            chosen.insert(claim.text, at: rng.int(in: 0...chosen.count))
        }
        let intro = rng.pick(line.intros).replacingOccurrences(of: "{name}", with: name)
        var html = "<p>\(escape(intro))</p><ul>"
        for b in chosen { html += "<li>\(escape(b))</li>" }
        html += "</ul>"
        if !line.howTo.isEmpty { html += "<p><strong>How to use:</strong> \(escape(line.howTo))</p>" }
        if !line.ingredients.isEmpty { html += "<p><strong>Ingredients:</strong> \(escape(line.ingredients.joined(separator: ", ")))</p>" }

        var axes = [[(name: String, value: String)]]()
        for axis in line.axes {
            let fraction = line.variantSpread.lowerBound + rng.unit() * (line.variantSpread.upperBound - line.variantSpread.lowerBound)
            let n = max(1, min(axis.values.count, Int((fraction * Double(axis.values.count)).rounded())))
            var pool = Array(axis.values.indices)
            var keep = [Int]()
            for _ in 0..<n { keep.append(pool.remove(at: rng.int(in: 0...(pool.count - 1)))) }
            axes.append(keep.sorted().map { (axis.name, axis.values[$0]) })
        }
        var variants: [[(name: String, value: String)]] = [[]]
        for axis in axes { variants = variants.flatMap { v in axis.map { v + [$0] } } }

        let basePrice = rng.int(in: line.price) / 100 * 100 - (rng.chance(0.6) ? 1 : 0)
        var prices = [Int]()
        var stock = [[Region: Int]]()
        for (i, _) in variants.enumerated() {
            prices.append(basePrice + (line.axes.first?.name == "Size" || line.axes.first?.name == "Capacity" ? i * 600 : 0))
            var s = [Region: Int]()
            for r in archetype.regions { s[r] = rng.chance(0.04) ? 0 : rng.int(in: 3...240) }
            stock.append(s)
        }

        var attributes = line.attributes
        attributes["brand"] = archetype.brand
        attributes["model"] = "\(archetype.brand.prefix(2).uppercased())-\(String(format: "%05d", number))"
        if !line.dropAttribute.isEmpty && rng.chance(line.incompleteProbability) { attributes[line.dropAttribute] = nil }
        return Draft(
            number: number, line: line, title: title, html: html, tags: line.tags, attributes: attributes,
            variants: variants, prices: prices, stock: stock, images: rng.int(in: line.images))
    }

    private func sku(_ d: Draft, _ index: Int) -> String {
        let prefix = archetype.brand.prefix(3).uppercased()
        let code = d.variants[index].map { v in
            String(v.value.uppercased().unicodeScalars.filter { ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") }.prefix(14))
        }.joined(separator: "-")
        return "\(prefix)-\(String(format: "%05d", d.number))" + (code.isEmpty ? "" : "-\(code)")
    }

    /// A product's package as its merchant recorded it: grams (nil for the few with no weight
    /// entered) and centimetres. From its own stream, so the catalogue's other draws do not move.
    private func package(_ d: Draft) -> (grams: Int?, sides: [Int]) {
        var r = SeededRandom(seed: seed, stream: "package:\(archetype.id):\(d.number)")
        let grams: ClosedRange<Int> =
            switch archetype.vertical {
            case "beauty": 60...450
            case "electronics": 80...1_800
            default: 150...900
            }
        let weight = r.int(in: grams)
        let sides = [r.int(in: 12...35), r.int(in: 8...25), r.int(in: 3...12)]
        return (r.chance(0.08) ? nil : weight, sides)
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private func decimal(_ minor: Int) -> String { Money(minorUnits: Int64(minor), currency: archetype.currency).decimalString }

    // MARK: Platform shapes

    private func shopify(_ d: Draft, _ skus: [String]) -> JSONValue {
        let productID = Int64(7_000_000_000_000 + d.number * 1_000)
        let options: [JSONValue] =
            d.line.axes.isEmpty
            ? [["name": "Title", "values": ["Default Title"]]]
            : d.line.axes.map { axis in
                .object([
                    "name": .string(axis.name),
                    "values": .array(Array(Set(d.variants.compactMap { $0.first { $0.name == axis.name }?.value })).sorted().map(JSONValue.string)),
                ])
            }
        let grams = package(d).grams ?? 0
        var variants = [JSONValue]()
        for (i, v) in d.variants.enumerated() {
            var fields: [String: JSONValue] = [
                "id": .int(productID + Int64(i) + 1), "sku": .string(skus[i]), "price": .string(decimal(d.prices[i])),
                "inventory_quantity": .number(d.stock[i][.us] ?? 0), "inventory_management": "shopify",
                "title": .string(v.isEmpty ? "Default Title" : v.map(\.value).joined(separator: " / ")),
                "barcode": .string(String(format: "%012d", 850_000_000_000 + d.number * 100 + i)),
                "grams": .number(grams),
            ]
            for (k, opt) in (v.isEmpty ? [(name: "Title", value: "Default Title")] : v).enumerated() { fields["option\(k + 1)"] = .string(opt.value) }
            variants.append(.object(fields))
        }
        var metafields = [JSONValue]()
        if let net = d.attributes["net_content"] { metafields.append(["namespace": "custom", "key": "net_content", "value": .string(net)]) }
        if !d.line.ingredients.isEmpty {
            metafields.append(["namespace": "custom", "key": "ingredients", "value": .string(d.line.ingredients.joined(separator: ", "))])
        }
        let images = (0..<d.images).map { i in
            JSONValue.object(["src": .string("https://cdn.shopify.com/s/files/1/0612/\(d.number)/\(Slug.make(d.title))-\(i + 1).jpg")])
        }
        let isGiftCard = d.line.category == "Gift Cards"
        return .object([
            "id": .int(productID), "handle": .string(Slug.make(d.title)), "title": .string(d.title), "body_html": .string(d.html),
            "vendor": .string(d.attributes["brand"] ?? archetype.brand), "product_type": .string(d.line.tags.first ?? ""),
            "status": "active", "tags": .string(d.tags.joined(separator: ", ")), "gift_card": .bool(isGiftCard),
            "category": isGiftCard ? ["full_name": "Gift Cards"] : ["full_name": .string(d.line.category)],
            "options": .array(options), "variants": .array(variants), "images": .array(images), "metafields": .array(metafields),
        ])
    }

    private func amazon(_ d: Draft, _ skus: [String]) -> [JSONValue] {
        let marketplace: [Region: String] = [.us: "ATVPDKIKX0DER", .eu: "A1PA6795UKMFR9", .uk: "A1F83G8C2ARO7P"]
        let bulletValues = d.html.components(separatedBy: "<li>").dropFirst().map { part in
            JSONValue.object(["value": .string(HTMLText.plain(part.components(separatedBy: "</li>").first ?? "")), "language_tag": "en_US"])
        }
        let description = HTMLText.plain(d.html.components(separatedBy: "<ul>").first ?? d.html)
        let pack = package(d)
        var out = [JSONValue]()
        for (i, v) in d.variants.enumerated() {
            let variantName = v.map(\.value).joined(separator: ", ")
            var attributes: [String: JSONValue] = [
                "item_name": [["value": .string(variantName.isEmpty ? d.title : "\(d.title), \(variantName)"), "language_tag": "en_US"]],
                "brand": [["value": .string(d.attributes["brand"] ?? archetype.brand)]],
                "model_number": [["value": .string(d.attributes["model"] ?? "")]],
                "bullet_point": .array(bulletValues),
                "product_description": [["value": .string(description), "language_tag": "en_US"]],
                "list_price": [["value": .string(decimal(d.prices[i])), "currency": .string(archetype.currency)]],
                "parentage_level": [["value": "child"]],
                "child_parent_sku_relationship": [["child_relationship_type": "variation", "parent_sku": .string("PG-PARENT-\(d.number)")]],
                "generic_keyword": [["value": .string(d.tags.joined(separator: " "))]],
            ]
            if let grams = pack.grams { attributes["item_package_weight"] = [["value": .number(grams), "unit": "grams"]] }
            attributes["item_package_dimensions"] = [
                [
                    "length": ["value": .number(pack.sides[0]), "unit": "centimeters"], "width": ["value": .number(pack.sides[1]), "unit": "centimeters"],
                    "height": ["value": .number(pack.sides[2]), "unit": "centimeters"],
                ]
            ]
            for opt in v { attributes[opt.name.lowercased()] = [["value": .string(opt.value)]] }
            if let certs = d.attributes["certifications"] {
                attributes["external_testing_certification"] = .array(
                    certs.split(separator: ",").map {
                        .object(["value": .string($0.trimmingCharacters(in: .whitespaces))])
                    })
            }
            let availability = archetype.regions.map { r in
                JSONValue.object(["fulfillmentChannelCode": "DEFAULT", "marketplaceId": .string(marketplace[r] ?? ""), "quantity": .number(d.stock[i][r] ?? 0)])
            }
            out.append(
                .object([
                    "sku": .string(skus[i]),
                    "summaries": [
                        [
                            "marketplaceId": "ATVPDKIKX0DER", "asin": .string("B0\(String(format: "%08d", d.number * 10 + i))"),
                            "productType": .string(d.line.category), "itemName": .string(d.title), "status": ["BUYABLE", "DISCOVERABLE"],
                            "mainImage": ["link": .string("https://m.media-amazon.com/images/I/\(d.number)-\(i).jpg")],
                        ]
                    ],
                    "attributes": .object(attributes),
                    "fulfillmentAvailability": .array(availability),
                    "images": .number(d.images),
                ]))
        }
        return out
    }

    private func woocommerce(_ d: Draft, _ skus: [String]) -> JSONValue {
        let id = Int64(1_000 + d.number * 10)
        let leaf = d.line.category.components(separatedBy: " > ").last ?? d.line.category
        var attributes = [JSONValue]()
        if let material = d.attributes["material"] { attributes.append(["name": "Material", "options": [.string(material)], "variation": false]) }
        if let size = d.attributes["size"] { attributes.append(["name": "Size", "options": [.string(size)], "variation": false]) }
        for axis in d.line.axes {
            attributes.append(["name": .string(axis.name), "options": .array(axis.values.map(JSONValue.string)), "variation": true])
        }
        let simple = d.variants.count == 1 && d.variants[0].isEmpty
        let variations: [JSONValue] =
            simple
            ? []
            : d.variants.enumerated().map { i, v in
                .object([
                    "id": .int(id + Int64(i) + 1), "sku": .string(skus[i]), "regular_price": .string(decimal(d.prices[i])),
                    "stock_quantity": .number(d.stock[i][.us] ?? 0), "manage_stock": true,
                    "attributes": .array(v.map { .object(["name": .string($0.name), "option": .string($0.value)]) }),
                ])
            }
        let downloadable = d.tags.contains("downloadable")
        let pack = package(d)
        return .object([
            "weight": .string(pack.grams.map { String(Double($0) / 1000) } ?? ""),
            "dimensions": ["length": .string(String(pack.sides[0])), "width": .string(String(pack.sides[1])), "height": .string(String(pack.sides[2]))],
            "id": .int(id), "name": .string(d.title), "slug": .string(Slug.make(d.title)), "type": simple ? "simple" : "variable",
            "status": "publish", "description": .string(d.html), "short_description": .string(""),
            "sku": .string(simple ? skus[0] : "PT-\(d.number)"), "regular_price": .string(simple ? decimal(d.prices[0]) : ""),
            "stock_quantity": simple ? .number(d.stock[0][.us] ?? 0) : .null, "manage_stock": .bool(simple),
            "downloadable": .bool(downloadable), "virtual": .bool(downloadable),
            "categories": [
                [
                    "id": .int(Int64(SeededRandom.fnv1a(d.line.category) % 1000)), "name": .string(leaf), "slug": .string(Slug.make(leaf)),
                    "path": .string(d.line.category),
                ]
            ],
            "tags": .array(d.tags.map { .object(["name": .string($0)]) }),
            "images": .array(
                (0..<d.images).map { i in .object(["src": .string("https://prairiethreads.example/wp-content/uploads/\(Slug.make(d.title))-\(i + 1).jpg")]) }),
            "attributes": .array(attributes), "variations": .array(variations),
        ])
    }
}
