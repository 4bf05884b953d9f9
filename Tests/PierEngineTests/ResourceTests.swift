import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine

@Suite("Shipped data: category map, rule pack, marketplace")
struct ResourceTests {
    static func tiktokTree() throws -> [Int64: String] {
        let nodes = try #require(try SharedData.json("taxonomy/tiktok-uk-2023/tiktok_uk_category_list.json") as? [[String: Any]])
        var tree = [Int64: String]()
        for n in nodes {
            guard let id = (n["category_id"] as? NSNumber)?.int64Value, let path = n["category_path"] as? String else { continue }
            if path.contains("Test Category") { continue }
            tree[id] = path.split(separator: ">").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ">")
        }
        return tree
    }

    @Test func everyMappedCategoryIsARealTikTokLeafWithItsRealPath() throws {
        let tree = try Self.tiktokTree()
        #expect(tree.count > 1_500)
        let mapping = Fixture.resources.mapping
        for c in mapping.categories {
            #expect(tree[c.id] == c.path, "TikTok category \(c.id)")
            #expect(!c.path.hasSuffix("\t") && !c.path.contains(" >"))
        }
        let ids = Set(mapping.categories.map(\.id))
        #expect(ids == Set(tree.keys), "every real leaf is described, so the classifier and the picker can reach it")
        var unknown = Set<Int64>()
        for id in Array(mapping.shopify.values) + mapping.google.values + mapping.woocommerce.values + mapping.amazon.values
            + mapping.shopifyGID.values + mapping.googleID.values where !ids.contains(id) && mapping.outcomes[String(id)] == nil
        {
            unknown.insert(id)
        }
        #expect(unknown.isEmpty, "mapped to but neither a leaf nor an outcome: \(unknown.sorted())")
    }

    @Test func everyNodeOfBothSourceTreesIsMapped() throws {
        let mapping = Fixture.resources.mapping
        let shopify = try String(contentsOf: SharedData.url("taxonomy/shopify-2025-08/categories.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(" : ") }
        #expect(shopify.count > 10_000)
        for line in shopify {
            let gid = line.components(separatedBy: " : ")[0].trimmingCharacters(in: .whitespaces).components(separatedBy: "/").last ?? ""
            #expect(mapping.shopifyGID[gid] != nil, "Shopify \(gid) is not mapped")
        }
        let google = try String(contentsOf: SharedData.url("taxonomy/google-2021-09-21/taxonomy-with-ids.en-US.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(" - ") }
        #expect(google.count > 5_000)
        for line in google {
            let id = line.components(separatedBy: " - ")[0].trimmingCharacters(in: .whitespaces)
            #expect(mapping.googleID[id] != nil, "Google \(id) is not mapped")
        }
        let leaves = mapping.shopifyGID.values.filter { $0 > 0 }.count
        #expect(Double(leaves) / Double(mapping.shopifyGID.count) > 0.85, "most Shopify nodes reach a TikTok leaf")
    }

    @Test func everyShopifyAndGoogleKeyIsARealTaxonomyPath() throws {
        let shopify = Set(
            try String(contentsOf: SharedData.url("taxonomy/shopify-2025-08/categories.txt"), encoding: .utf8)
                .split(separator: "\n").compactMap { $0.components(separatedBy: " : ").dropFirst().first?.trimmingCharacters(in: .whitespaces) })
        let renamed = Set(
            try String(contentsOf: SharedData.url("taxonomy/shopify-2025-08/shopify_2024-10_to_shopify_2025-08.txt"), encoding: .utf8)
                .split(separator: "\n").filter { $0.hasPrefix("→ ") }.map { $0.dropFirst(2).trimmingCharacters(in: .whitespaces) })
        for key in Fixture.resources.mapping.shopify.keys { #expect(shopify.contains(key) || renamed.contains(key), "\(key)") }
        let google = Set(
            try String(contentsOf: SharedData.url("taxonomy/google-2021-09-21/taxonomy-with-ids.en-US.txt"), encoding: .utf8)
                .split(separator: "\n").compactMap { $0.components(separatedBy: " - ").dropFirst().first?.trimmingCharacters(in: .whitespaces) })
        for key in Fixture.resources.mapping.google.keys { #expect(google.contains(key), "\(key)") }
    }

    /// Shopify nodes the generator's similarity sent to the wrong branch before they were reviewed:
    /// each lands in the branch (first two levels) a merchant of that kind of goods expects.
    @Test func reviewedShopifyDepartmentsLandInTheirBranch() {
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        let cases: [(String, String)] = [
            ("Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Eye Shadows", "Beauty & Personal Care>Makeup & Perfume"),
            ("Home & Garden > Kitchen & Dining > Barware", "Kitchenware>Bar & Wine Utensils"),
            ("Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Sink Caddies", "Home Supplies>Home Organizers"),
            ("Home & Garden > Decor > Picture Frames", "Home Supplies>Home Decor"),
            ("Home & Garden > Decor > Throw Pillows", "Textiles & Soft Furnishings>Household Textiles"),
            ("Electronics > Communications > Telephony > Mobile & Smart Phone Accessories", "Phones & Electronics>Phone Accessories"),
            ("Electronics > Electronics Accessories > Computer Accessories", "Computers & Office Equipment>Peripherals & Accessories"),
            ("Electronics > Video Game Console Accessories", "Phones & Electronics>Gaming & Consoles"),
            ("Electronics > Electronics Accessories > Computer Components > Input Devices > Game Controllers", "Phones & Electronics>Gaming & Consoles"),
            ("Electronics > Computers > Tablet Computers", "Phones & Electronics>Phones & Tablets"),
            ("Electronics > Circuit Boards & Components > Semiconductors > Transistors", "Home Improvement>Electrical Equipment & Supplies"),
            ("Apparel & Accessories > Clothing > Clothing Tops > Sweaters", "Womenswear & Underwear>Women's Tops"),
            ("Apparel & Accessories > Clothing > Maternity Clothing > Maternity Tops", "Baby & Maternity>Maternity Supplies"),
            ("Home & Garden > Linens & Bedding > Table Linens", "Textiles & Soft Furnishings>Household Textiles"),
            ("Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Glue Guns", "Tools & Hardware>Hardware"),
            ("Apparel & Accessories > Clothing > Sleepwear & Loungewear > Pajamas", "Womenswear & Underwear>Women's Sleepwear & Loungewear"),
            ("Toys & Games > Outdoor Play Equipment > Trampolines", "Toys & Hobbies>Sports & Outdoor Play"),
            ("Baby & Toddler > Baby Transport > Baby Strollers", "Baby & Maternity>Baby Travel Essentials"),
            ("Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby & Toddler Tops > T-Shirts", "Baby & Maternity>Baby Clothing & Shoes"),
            ("Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby & Toddler Bottoms > Jeans", "Baby & Maternity>Baby Clothing & Shoes"),
            ("Apparel & Accessories > Shoes > Baby & Toddler Shoes > Baby & Toddler Boots", "Baby & Maternity>Baby Clothing & Shoes"),
            ("Apparel & Accessories > Shoes > Athletic Shoes", "Sports & Outdoor>Sports Footwear"),
            ("Apparel & Accessories > Jewelry > Watch Accessories > Watch Bands", "Fashion Accessories>Watches & Accessories"),
            ("Apparel & Accessories > Clothing > Men's Undergarments > Men's Long Johns", "Menswear & Underwear>Men's Underwear"),
            ("Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Curling Irons", "Beauty & Personal Care>Personal Care Appliances"),
            ("Health & Beauty > Personal Care > Ear Care > Ear Wax Removal Kits", "Beauty & Personal Care>Eye & Ear Care"),
            ("Cameras & Optics > Cameras > Digital Cameras > Compact Digital Cameras", "Phones & Electronics>Cameras & Photography"),
            ("Cameras & Optics > Photography > Lighting & Studio > Studio Lights & Flashes", "Phones & Electronics>Cameras & Photography"),
            ("Electronics > Networking > Hubs & Switches > Gigabit Switches", "Computers & Office Equipment>Network Components"),
            ("Sporting Goods > Athletics > Soccer > Soccer Goals", "Sports & Outdoor>Ball Sports Equipment"),
            ("Sporting Goods > Indoor Games > Ping Pong > Ping Pong Paddles & Sets", "Sports & Outdoor>Ball Sports Equipment"),
            ("Luggage & Bags > Suitcases", "Luggage & Bags>Luggage & Travel Bags"),
            ("Health & Beauty > Health Care > Medical Face Masks", "Fashion Accessories>Clothes Accessories"),
            ("Media > Books > Print Books", "Books, Magazines & Audio>Literature & Art"),
            ("Furniture > Sofas", "Furniture>Indoor Furniture"), ("Furniture > Tables", "Furniture>Indoor Furniture"),
            ("Furniture > Outdoor Furniture > Outdoor Tables", "Furniture>Outdoor Furniture"),
            ("Furniture > Baby & Toddler Furniture > Cribs & Toddler Beds", "Furniture>Children's Furniture"),
            ("Health & Beauty > Jewelry Cleaning & Care > Jewelry Holders > Jewelry Boxes", "Home Supplies>Home Organizers"),
            ("Health & Beauty > Jewelry Cleaning & Care > Jewelry Cleaning Tools > Jewelry Polishing Cloths", "Home Supplies>Home Care Supplies"),
            ("Apparel & Accessories > Clothing > Boys' Underwear > Boys' Underpants > Boxer Briefs", "Kids' Fashion>Boys' Clothes"),
            ("Apparel & Accessories > Clothing > Girls' Underwear > Girls' Underpants > Bikinis", "Kids' Fashion>Girls' Clothes"),
            ("Home & Garden > Lawn & Garden > Outdoor Living > Outdoor Structures > Canopies & Gazebos", "Home Improvement>Garden Supplies"),
            ("Home & Garden > Lawn & Garden > Outdoor Living > Hammocks", "Sports & Outdoor>Camping & Hiking Equipment"),
            ("Home & Garden > Kitchen & Dining > Barware > Cocktail Shakers & Tools > Cocktail Shakers", "Kitchenware>Bar & Wine Utensils"),
        ]
        for (path, branch) in cases {
            let got = mapper.map(.shopify(path: path), attributes: ["brand": "B"]).category?.path ?? "-"
            #expect(got.hasPrefix(branch + ">"), "\(path) → \(got)")
        }
        for digital in ["Media > Books > E-Books", "Media > Music & Sound Recordings > Digital Music Downloads", "Media > Videos > Digital Downloads"] {
            guard case .notEligible = mapper.map(.shopify(path: digital), attributes: [:]) else {
                Issue.record("\(digital) is a digital good, not eligible")
                continue
            }
        }
        guard case .noCategory = mapper.map(.shopify(path: "Health & Beauty > Health Care > Medical Tests > COVID-19 Tests"), attributes: [:]) else {
            Issue.record("medical tests have no TikTok Shop category")
            return
        }
    }

    @Test func mapperExplainsWhatItCannotMap() {
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        let deep = mapper.map(
            .shopify(path: "Health & Beauty > Personal Care > Cosmetics > Skin Care > Face Serums > Vitamin C"),
            attributes: ["brand": "B", "net_content": "30ml"])
        #expect(deep.category?.id == 601619, "longest prefix wins")
        guard case .notEligible(let reason) = mapper.map(.shopify(path: "Gift Cards"), attributes: [:]) else {
            Issue.record("gift cards are not eligible")
            return
        }
        #expect(reason.contains("gift cards"))
        guard case .noCategory(let why) = mapper.map(.shopify(path: "Food, Beverages & Tobacco > Beverages > Tea & Infusions > Tea"), attributes: [:]) else {
            Issue.record("tea has no TikTok Shop UK category")
            return
        }
        #expect(why.contains("food"))
        let missing = mapper.map(.amazon(productType: "charging_adapter"), attributes: [:])
        #expect(missing.reason?.contains("needs attribute 'brand'") == true, "\(missing)")
        #expect(
            mapper.map(.woocommerce(path: "Apparel > Hoodies"), attributes: ["brand": "B"]).category?.id == 601295,
            "a WooCommerce leaf name maps when the path does not")
        #expect(mapper.map(.freeText("Organic cotton t-shirt"), attributes: ["brand": "B"]).category?.path.hasSuffix("T-shirts") == true)
        if case .unmapped(let r) = mapper.map(.none, attributes: [:]) {
            #expect(r.hasPrefix("needs a category"))
        } else {
            Issue.record("no category and no text waits as needs a category")
        }
    }

    @Test func rulePackIsWellFormed() throws {
        let pack = Fixture.resources.rules
        #expect(Set(pack.rules.map(\.id)).count == pack.rules.count)
        let paths = try Self.tiktokTree().values
        for r in pack.rules {
            for prefix in r.exceptUnder ?? [] { #expect(paths.contains { $0.hasPrefix(prefix) }, "\(r.id): no TikTok category under '\(prefix)'") }
            #expect(!r.patterns.isEmpty && !r.message.isEmpty && !r.cites.isEmpty, "\(r.id)")
            for p in r.patterns + r.allow { #expect(!PhraseMatcher.normalise(p).isEmpty, "\(r.id): '\(p)'") }
        }
        let families = Set(pack.rules.map(\.category))
        for f in ["health-claim", "weight-loss", "regulatory-claim", "miracle-claim", "absolute-claim", "off-platform", "prohibited-goods", "certification"] {
            #expect(families.contains(f), "rule pack lacks \(f)")
        }
    }

    @Test func marketplaceDeclaresScopesAndTiers() {
        let apps = Fixture.resources.apps
        for id in ["yotpo", "klaviyo", "shipstation", "rithum", "zendesk"] { #expect(apps.contains { $0.id == id }) }
        #expect(Set(apps.map(\.category)).isSuperset(of: ["reviews", "email", "shipping", "support", "multichannel"]))
        for a in apps {
            #expect(!a.scopes.isEmpty)
            if a.scopes.contains(where: \.isPII) { #expect(a.minimumTier == .premium, "\(a.id) reads PII") }
        }
    }
}
