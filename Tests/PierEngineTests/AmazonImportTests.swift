import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine

@Suite("Amazon listings feed and flat file import")
struct AmazonImportTests {
    static func importer() -> AmazonImporter {
        AmazonImporter(context: ImportContext(resources: Fixture.resources, currency: "USD", region: .us))
    }

    @Test func jsonFeedWithMarketplaceInventoryOffersAndVariations() throws {
        let (docs, report) = try Self.importer().run(path: ShopifyImportTests.fixtures.appendingPathComponent("amazon-feed.json").path)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        #expect(Set(items.keys) == ["PG-CHG-65-US", "PG-CHG-65-EU"])
        #expect(report.products == 1 && report.variants == 2, "children of one parent are one product")
        #expect(items["PG-CHG-65-US"]?.price == Money(minorUnits: 3999, currency: "USD"), "39.99 is exactly 3,999 cents")
        #expect(items["PG-CHG-65-EU"]?.price == Money(minorUnits: 4450, currency: "EUR"), "purchasable_offer in its own currency")
        #expect(items["PG-CHG-65-US"]?.inventory == [.us: 40, .eu: 12], "per-marketplace stock becomes per-region stock")
        #expect(items["PG-CHG-65-US"]?.attributes["certifications"] == "FCC, CE")
        let skipped = report.skipped.map(\.reason)
        #expect(skipped.contains { $0.contains("duplicate SKU PG-CHG-65-US") })
        #expect(skipped.contains { $0.contains("PG-NONAME") && $0.contains("no item_name") })
        #expect(skipped.contains { $0.contains("DELETE") })
        #expect(report.flaggedSKUs == 0, "a missing certification is a warning, not a hold")
        let eu = try #require(items["PG-CHG-65-EU"])
        let moderation = Moderator(pack: Fixture.resources.rules).moderate(
            ModerationInput(title: eu.title, description: HTMLText.plain(eu.descriptionHTML), tags: eu.tags, attributes: eu.attributes))
        #expect(moderation.outcome == .pass)
        #expect(
            moderation.flags.contains { $0.ruleID == "CE-001" && $0.severity == .warn },
            "the EU charger has no certification: CE-001 warns the reviewer, citing the rule")
        let us = try #require(items["PG-CHG-65-US"])
        #expect(
            !Moderator(pack: Fixture.resources.rules).moderate(
                ModerationInput(title: us.title, description: HTMLText.plain(us.descriptionHTML), tags: us.tags, attributes: us.attributes)
            ).flags.contains { $0.ruleID == "CE-001" }, "FCC and CE on file: no warning")
    }

    @Test func flatFileWithParentsChildrenAndBadRows() throws {
        let (docs, report) = try Self.importer().run(path: ShopifyImportTests.fixtures.appendingPathComponent("amazon-flat-file.txt").path)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        #expect(report.format == "Amazon inventory flat file (fptcustom)")
        #expect(Set(items.keys) == ["PG-BUDS-BLK", "PG-BUDS-WHT"], "the parent row is not a SKU")
        #expect(items["PG-BUDS-WHT"]?.price == Money(minorUnits: 5999, currency: "USD"), "a decimal comma is read as the decimal point")
        #expect(items["PG-BUDS-BLK"]?.attributes["color"] == "Black")
        #expect(report.skipped.contains { $0.reason.contains("PG-BAND") && $0.reason.contains("free") })
        #expect(report.flagsByRule["OP-001"] == 1, "off-platform contact in a bullet point")
    }

    @Test func realSPAPIExampleFeedImports() throws {
        let (docs, report) = try Self.importer().run(path: SharedData.url("catalogs/amazon/listings-feed-schema-v2.example.json").path)
        #expect(docs.flatMap { $0 }.map(\.sku) == ["My-SKU-C"])
        #expect(report.skipped.count == 4)
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        let item = try #require(docs.first?.first)
        let decided = SKUAssessment(item, mapper: mapper, moderator: Moderator(pack: Fixture.resources.rules)).classification
        #expect(decided.result.category?.path.hasPrefix("Luggage & Bags") == true, "LUGGAGE is no Amazon type we map, so the words decide: \(decided.result)")
    }

    @Test func otherJSONIsAClearError() {
        #expect {
            _ = try Self.importer().run(path: SharedData.url("catalogs/amazon/listings-feed-schema-v2.json").path)
        } throws: { "\($0)".contains("not an SP-API listings feed") }
    }
}
