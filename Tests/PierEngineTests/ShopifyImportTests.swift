import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Shopify product CSV import")
struct ShopifyImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func importer(currency: String = "USD") -> ShopifyCSVImporter {
        ShopifyCSVImporter(context: ImportContext(resources: Fixture.resources, currency: currency, region: .us))
    }

    /// `csv` written as `products_export.csv` in a fresh folder and read by the importer, with its
    /// items by SKU.
    static func importing(_ csv: String) throws -> (items: [String: CatalogItem], report: ImportReport) {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let (docs, report) = try importer().run(path: try MerchantSyncTests.write(csv, "products_export.csv", in: tmp))
        return (Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) }), report)
    }

    @Test func csvReaderHandlesBOMLineEndsQuotesAndMultiLineFields() throws {
        var reader = try CSVReader(path: Self.fixtures.appendingPathComponent("shopify-quirks.csv").path)
        let header = try #require(try reader.read())
        #expect(header.fields.first == "Handle", "the BOM is not part of the first header")
        let first = try #require(try reader.read())
        #expect(first.line == 2)
        #expect(first.fields[2] == "<p>Line one\r\nline two: clinically proven to heal, \"really\"</p>")
        let second = try #require(try reader.read())
        #expect(second.line == 4, "the quoted line break counted as a line")
        var count = 2
        while try reader.read() != nil { count += 1 }
        #expect(count == 10)
    }

    @Test func truncatedQuoteIsReportedWithLineAndColumnAndEarlierRowsKept() throws {
        let (docs, report) = try Self.importer().run(path: Self.fixtures.appendingPathComponent("shopify-truncated.csv").path)
        #expect(docs.flatMap { $0 }.map(\.sku) == ["A-1"])
        #expect(report.skipped.contains { $0.line == 3 && $0.reason.contains("never closed") && $0.reason.contains("column 5") })
    }

    @Test func everyQuirkHasItsOutcome() throws {
        let (docs, report) = try Self.importer().run(path: Self.fixtures.appendingPathComponent("shopify-quirks.csv").path)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        #expect(report.format == "Shopify product CSV (2023+)")
        #expect(report.products == 4, "serum, tee, gift and a tee reusing the serum's SKU: one product per Handle")
        #expect(report.lines.first == "4 products")
        #expect(Set(items.keys) == ["GLW-30", "GLW-60", "tee", "GC-25", "GLW-60@dup"], "a SKU reused by another product keeps that product")
        #expect(report.images == 3, "image-only rows count as images of their product")
        #expect(items["GLW-30"]?.price == Money(minorUnits: 2800, currency: "USD"))
        #expect(items["GLW-30"]?.inventory == [.us: 12])
        #expect(items["GLW-30"]?.attributes["size"] == "30ml")
        #expect(items["GLW-60"]?.title == "Vitamin C Serum - 60ml", "variant rows take the product's fields")
        #expect(items["tee"]?.title == "Cotton Tee", "Default Title means no variants")
        let warnings = report.warnings.map(\.message)
        #expect(warnings.contains { $0.contains("apostrophe") && $0.contains("GLW-30") })
        #expect(warnings.contains { $0.contains("3.65275E+11") })
        #expect(warnings.contains { $0.contains("derived tee") })
        let skipped = report.skipped.map(\.reason)
        #expect(warnings.contains { $0.contains("GLW-60 is also another product's") && $0.contains("GLW-60@dup") })
        #expect(skipped.contains { $0.contains("draft-hat is draft") })
        #expect(skipped.contains { $0.contains("no Handle") })
        #expect(skipped.contains { $0.contains("abc") && $0.contains("not an amount") })
        #expect(skipped.contains { $0.contains("ragged has no sellable variant") })
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        #expect(
            mapper.map(try #require(items["GLW-30"]).category, attributes: ["brand": "b", "net_content": "30ml"]).category?.id == 601619,
            "a Shopify GID maps by its longest mapped prefix")
        #expect(mapper.map(try #require(items["tee"]).category, attributes: [:]).category?.id == 601302, "a Google id maps")
        #expect(report.unmapped.contains { $0.sku == "GC-25" && $0.reason.contains("not eligible") && $0.reason.contains("gift cards") })
        #expect(report.flagsByRule["HC-002"] == 2, "moderation runs on the multi-line body")
    }

    @Test func metafieldColumnsAreReadByTheirReferenceWhateverTheirName() throws {
        let (docs, report) = try Self.importer().run(path: Self.fixtures.appendingPathComponent("shopify-metafields.csv").path)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        #expect(report.products == 2 && report.skus == 3)
        #expect(items["VLT-1"]?.attributes["net_content"] == "3.5 g", "French display name, key from the reference")
        #expect(items["VLT-1"]?.attributes["color_pattern"] == "Rose", "shopify.color-pattern")
        #expect(items["HS-50"]?.attributes["net_content"] == "50 ml", "a Size option is the net content")
        #expect(report.unmapped.allSatisfy { !$0.reason.contains("net_content") }, "no SKU lacks net_content: \(report.unmapped)")
        #expect(ShopifyCSVImporter.metafield("Notes (variant.metafields.custom.notes)")?.variant == true)
        #expect(ShopifyCSVImporter.metafield("Price / International") == nil)
    }

    @Test func aVariantThatNeedsNoShippingIsKeptAndNotEligible() throws {
        let (items, report) = try Self.importing(
            """
            Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Variant SKU,Variant Grams,Variant Price,Variant Requires Shipping,Status
            night,Riftbound Nexus Night 10-03-2026,<p>Tournament</p>,Ludex,,,TRUE,RN-1,250,5.00,FALSE,active
            ring,Sterling Silver Ring,<p>925</p>,Ludex,,,TRUE,SR-1,4,25.00,TRUE,active
            """)
        #expect(report.skus == 2, "the product is imported and accounted for, not skipped")
        #expect(items["RN-1"]?.attributes[TaxonomyMapper.shipsNothing] == "false")
        #expect(items["SR-1"]?.attributes[TaxonomyMapper.shipsNothing] == nil)
        #expect(report.unmapped.contains { $0.sku == "RN-1" && $0.reason.contains("Requires Shipping = FALSE") }, "\(report.unmapped)")
    }

    @Test func notAShopifyFileOrEmptyIsAClearError() {
        #expect {
            _ = try Self.importer().run(path: Self.fixtures.appendingPathComponent("not-shopify.csv").path)
        } throws: { "\($0)".contains("not-shopify.csv, line 1: not a Shopify product CSV") }
        #expect {
            _ = try Self.importer().run(path: Self.fixtures.appendingPathComponent("empty.csv").path)
        } throws: { "\($0)".contains("empty.csv: the file is empty") }
    }

    @Test(arguments: [
        "apparel.csv", "home-and-garden.csv", "jewelery.csv", "product_template.2017-format.csv", "product_template.2023-format.excel-resaved.csv",
    ])
    func realShopifyExportsImport(file: String) throws {
        let (docs, report) = try Self.importer().run(path: SharedData.url("catalogs/shopify/\(file)").path)
        #expect(report.products > 0 && report.skus == docs.flatMap { $0 }.count)
        #expect(Set(docs.flatMap { $0 }.map(\.sku)).count == report.skus, "no duplicate SKUs")
        #expect(report.lines.first == "\(report.products) products")
        #expect(report.unmapped.allSatisfy { !$0.reason.isEmpty })
    }

    /// The first of a product's categories the map places is the merchant's word, a leaf or food
    /// alike: crisps filed under Snack Foods stay food although their Type "Chips" reads as poker
    /// chips; an aisle the map cannot place gives way to the Type.
    @Test func theFirstCategoryTheMapDecidesIsTheMerchantsWord() throws {
        let (items, _) = try Self.importing(
            """
            Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Status
            sea-salt-crisps,Sea Salt Crisps 150g,,Grocer,"Food, Beverages & Tobacco > Food Items > Snack Foods",Chips,,TRUE,Title,Default Title,CR-1,1.99,active
            rosmarin,Rosmarin,<p>Rosmarin</p>,Grocer,Abteilung 7,Spices & Masalas,,TRUE,Size,Stk,4260000933067,2.19,active

            """)
        #expect(items["CR-1"]?.category == .shopify(path: "Food, Beverages & Tobacco > Food Items > Snack Foods"))
        #expect(items["4260000933067"]?.category == .freeText("Spices & Masalas"))
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        for item in items.values.sorted(by: { $0.sku < $1.sku }) {
            let result = mapper.classify(CategoryClassifier.Input(title: item.title), source: item.category, attributes: item.attributes).result
            guard case .noCategory = result else {
                Issue.record("\(item.title) under \(item.category) → \(result)")
                continue
            }
        }
    }

    @Test func theTypeStillSpeaksBesideATaxonomyPath() throws {
        let (items, _) = try Self.importing(
            """
            Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Status
            half-arms,Half Arms,<p>Our advanced technology ensures long-lasting results.</p>,Clinic,Health & Beauty > Personal Care > Shaving & Grooming > Hair Removal > Laser & IPL Hair Removal Devices > IPL Hair Removal Devices,Laser Hair Removal Women,,TRUE,Sessions,1 Session,HA-1,40.00,active
            ipl-handset,IPL Hair Removal Handset,<p>At-home IPL with 5 energy levels.</p>,Clinic,Health & Beauty > Personal Care > Shaving & Grooming > Hair Removal > Laser & IPL Hair Removal Devices > IPL Hair Removal Devices,Devices,,TRUE,Title,Default Title,IPL-1,149.00,active
            hair-colouring,Hair Colouring,<p>Full colour to balayage.</p>,Clinic,Health & Beauty > Personal Care > Hair Care > Hair Color,Hair Services,,TRUE,Type,Short,HC-1,80.00,active
            gift-wrap,Gift Wrap,,Clinic,,Extras,,TRUE,Title,Default Title,GW-1,3.00,active

            """)
        let half = try #require(items["HA-1"])
        #expect(half.productType == "Laser Hair Removal Women")
        #expect(CatalogItem(json: half.json) == half, "the type survives the store")
        #expect(SKUEvents.imported(half, plain: "").data["type"] == .string("Laser Hair Removal Women"), "and the ledger")
        let wrap = try #require(items["GW-1"])
        #expect(wrap.category == .freeText("Extras") && wrap.productType.isEmpty, "a type that is the category is not said twice")
        #expect(SKUEvents.imported(wrap, plain: "").data["type"] == nil, "so its event is the bytes it always was")
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        let moderator = Moderator(pack: Fixture.resources.rules)
        for sku in ["HA-1", "HC-1"] {
            let item = try #require(items[sku])
            guard case .notEligible = SKUAssessment(item, mapper: mapper, moderator: moderator).classification.result else {
                Issue.record("\(item.title) (\(item.productType)) is a salon's service, not eligible")
                continue
            }
        }
        let device = try #require(items["IPL-1"])
        #expect(SKUAssessment(device, mapper: mapper, moderator: moderator).classification.result.category != nil, "a device stays a device")
    }

    @Test func googleShoppingGenderSendsShopifysTemplateShirtToMensTops() throws {
        let file = SharedData.url("catalogs/shopify/product_template.2023-format.excel-resaved.csv").path
        let (docs, _) = try Self.importer().run(path: file)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        let shirt = try #require(items["SRT_COT_111"])
        #expect(shirt.attributes["target_gender"] == "male" && shirt.attributes["age_group"] == "adult")
        #expect(items["PNT_DEN_285"] == nil, "the template's jeans are a draft")
        let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)
        let path = mapper.classify(CategoryClassifier.Input(title: shirt.title), source: shirt.category, attributes: shirt.attributes)
            .result.category?.path
        #expect(path == "Menswear & Underwear>Men's Tops>T-shirts", "the map alone files a T-shirt under women's")
    }

    @Test func importedSellerOnboardsAndReimportIsIdempotent() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        let path = SharedData.url("catalogs/shopify/jewelery.csv").path
        let first = try engine.importCatalogue(platform: .shopify, file: path, seller: "Gem Co", region: .us, currency: "GBP")
        #expect(first.added == first.skus)
        let events = try engine.db.events(seller: "gem-co").count
        let again = try engine.importCatalogue(platform: .shopify, file: path, seller: "Gem Co", region: .us, currency: "GBP")
        #expect(again.added == 0 && again.changed == 0 && again.removed == 0)
        #expect(try engine.db.events(seller: "gem-co").count == events, "an unchanged re-import writes no ledger event")
        let report = try engine.onboard(seller: "gem-co", tier: .lite, apps: [], seed: 1)
        #expect(report.metrics.skus == first.skus)
        #expect(try engine.db.listings(seller: "gem-co").allSatisfy { $0.currency == "GBP" })
        #expect(try engine.replay(seller: "gem-co").differences.isEmpty)
        let other = try engine.importCatalogue(
            platform: .shopify, file: SharedData.url("catalogs/shopify/apparel.csv").path, seller: "Gem Co",
            region: .us, currency: "GBP")
        let sync = try #require(other.sync, "after onboarding, another export is a sync from the merchant's side")
        #expect(sync.removed == first.skus && sync.added == other.skus)
        #expect(try engine.db.listings(seller: "gem-co").filter { $0.status == .removed }.count == first.skus)
        #expect(try engine.replay(seller: "gem-co").differences.isEmpty)
    }
}

@Suite("Encoding repair on import")
struct EncodingImportTests {
    @Test func unambiguousMojibakeIsRepairedTheRestFlagged() throws {
        let (docs, report) = try ShopifyImportTests.importer().run(path: ShopifyImportTests.fixtures.appendingPathComponent("shopify-mojibake.csv").path)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        #expect(items["CF-1"]?.title == "Café Serum")
        #expect(items["CF-1"]?.descriptionHTML == "<p>don’t miss it</p>")
        #expect(items["OD-1"]?.title == "CafÃ© Ã la carte Balm", "text that cannot be repaired unambiguously is kept")
        #expect(report.warnings.contains { $0.message == "repaired mojibake in the title of cafe" })
        #expect(report.warnings.contains { $0.message.contains("the title of odd may be mojibake") })
    }
}
