import Testing

@testable import PierCore
@testable import PierEngine

@Suite("Generated catalogues in their source platform's shape")
struct CatalogueTests {
    @Test(arguments: ["lumina", "pixelgrid", "prairie"])
    func exactSKUCountsAndUniqueSKUs(seller: String) throws {
        let a = try #require(SellerArchetype.named(seller))
        let items = SourceNormalizer.items(CatalogueGenerator(archetype: a, seed: 1).generate())
        #expect(items.count == a.skuCount)
        #expect(Set(items.map(\.sku)).count == items.count)
        #expect(items.allSatisfy { !$0.title.isEmpty && $0.price.minorUnits > 0 })
    }

    @Test func shopifyProductsLookLikeTheAdminAPI() throws {
        let c = CatalogueGenerator(archetype: .lumina, seed: 1).generate()
        let p = try #require(c.products.first)
        #expect(p["handle"]?.stringValue?.isEmpty == false)
        #expect(p["body_html"]?.stringValue?.hasPrefix("<p>") == true)
        #expect(p["variants"]?.arrayValue?.first?["price"]?.stringValue != nil, "Shopify prices are decimal strings")
        #expect(c.products.contains { $0["gift_card"]?.boolValue == true })
    }

    @Test func amazonListingsCarryMarketplaceInventory() throws {
        let c = CatalogueGenerator(archetype: .pixelgrid, seed: 1).generate()
        let p = try #require(c.products.first)
        #expect(p["attributes"]?["item_name"]?.arrayValue?.first?["value"]?.stringValue?.hasPrefix("PixelGrid") == true)
        #expect(p["fulfillmentAvailability"]?.arrayValue?.count == 2)
        let item = try #require(SourceNormalizer.amazon(p, currency: "USD").first)
        #expect(Set(item.inventory.keys) == [.us, .eu])
    }

    @Test func wooCommerceHasVariableProductsWithVariations() {
        let c = CatalogueGenerator(archetype: .prairie, seed: 1).generate()
        #expect(c.products.contains { $0["type"]?.stringValue == "variable" && ($0["variations"]?.arrayValue?.count ?? 0) > 1 })
        #expect(c.products.contains { $0["type"]?.stringValue == "simple" })
    }

    @Test func flagRatesComeFromTheWords() {
        // Strip the risky sentences from Lumina's copy and the flags disappear: nothing else decides them.
        let moderator = Moderator(pack: Fixture.resources.rules)
        let items = SourceNormalizer.items(CatalogueGenerator(archetype: .lumina, seed: 1).generate())
        let claims = SellerArchetype.lumina.lines.flatMap { $0.claims.map(\.text) }
        var flagged = 0, flaggedWithoutClaims = 0
        for item in items {
            let plain = HTMLText.plain(item.descriptionHTML)
            if moderator.moderate(ModerationInput(title: item.title, description: plain, tags: item.tags, attributes: item.attributes)).outcome != .pass {
                flagged += 1
            }
            var scrubbed = plain
            for c in claims { scrubbed = scrubbed.replacingOccurrences(of: c, with: "") }
            if moderator.moderate(ModerationInput(title: item.title, description: scrubbed, tags: item.tags, attributes: item.attributes)).outcome != .pass {
                flaggedWithoutClaims += 1
            }
        }
        #expect(flagged > 30)
        #expect(flaggedWithoutClaims == 0)
    }

    @Test func simulatedTikTokShopRejectsABadSignature() {
        var shop = SimulatedTikTokShop(seed: 1, seller: "x", transientFailureRate: 0)
        let query = ["app_key": shop.appKey, "timestamp": "1"]
        let good = RequestSigner.sign(appSecret: shop.appSecret, path: "/p", query: query, body: "{}")
        #expect(shop.handle(SignedRequest(method: "POST", path: "/p", query: query, body: "{}", sign: good), family: .product) != .unauthorized)
        #expect(shop.handle(SignedRequest(method: "POST", path: "/p", query: query, body: "{ }", sign: good), family: .product) == .unauthorized)
        #expect(shop.badSignatures == 1)
    }
}

@Suite("Money parsing")
struct MoneyParsingTests {
    @Test(arguments: [
        ("28.00", "USD", 2800), ("1,299.50", "USD", 129_950), ("1.299,50", "EUR", 129_950), ("59,99", "EUR", 5999),
        ("1,299", "USD", 129_900), ("2,499,000", "COP", 249_900_000), ("1500", "JPY", 1500), ("12.345", "KWD", 12_345),
        (" 19.9 ", "GBP", 1990),
    ])
    func pricesBecomeMinorUnits(text: String, currency: String, expected: Int64) {
        #expect(SourceNormalizer.minorUnits(text, currency: currency) == expected)
    }

    @Test func nonAmountsAreRejected() {
        for t in ["abc", "free", "", "1.2.3x"] { #expect(SourceNormalizer.minorUnits(t, currency: "USD") == nil, "\(t)") }
    }
}
