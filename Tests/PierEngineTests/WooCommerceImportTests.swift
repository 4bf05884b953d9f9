import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine

@Suite("WooCommerce product CSV import")
struct WooCommerceImportTests {
    static func importer() -> WooCommerceCSVImporter {
        WooCommerceCSVImporter(context: ImportContext(resources: Fixture.resources, currency: "RUB", region: .eu))
    }

    @Test func localisedHeadersVariationsDraftsAndDuplicates() throws {
        let (docs, report) = try Self.importer().run(path: ShopifyImportTests.fixtures.appendingPathComponent("woocommerce-localised.csv").path)
        let items = Dictionary(uniqueKeysWithValues: docs.flatMap { $0 }.map { ($0.sku, $0) })
        #expect(Set(items.keys) == ["RU-TEE-S", "RU-TEE-M", "RU-SCARF"])
        #expect(report.products == 2, "a WooCommerce product is a non-variation row (the variable parent and the scarf)")
        #expect(report.variants == 2)
        #expect(docs.first?.map(\.sku) == ["RU-TEE-S", "RU-TEE-M"], "variations are grouped under their parent")
        #expect(items["RU-TEE-S"]?.price == Money(minorUnits: 99_000, currency: "RUB"))
        #expect(items["RU-TEE-S"]?.inventory == [.eu: 5])
        #expect(items["RU-TEE-M"]?.inventory == [.eu: 0], "unmanaged stock is 0, with a warning")
        #expect(items["RU-TEE-S"]?.attributes["weight_g"] == "200", "weights in kg become grams")
        #expect(items["RU-TEE-S"]?.attributes["size"] == "S")
        #expect(items["RU-TEE-S"]?.descriptionHTML.contains("\n") == true, "a literal \\n becomes a line break")
        #expect(items["RU-TEE-S"]?.category == .woocommerce(path: "Clothing > Tshirts"), "variations take the parent's category")
        let skipped = report.skipped.map(\.reason)
        #expect(skipped.contains { $0.contains("a draft (Published = -1)") })
        #expect(skipped.contains { $0.contains("NO-SUCH-PARENT") })
        #expect(skipped.contains { $0.contains("duplicate SKU RU-SCARF") })
        #expect(report.warnings.contains { $0.message.contains("stock is not managed for 1 SKUs") })
        #expect(report.flagsByRule["HC-003"] == 2 && report.flagsByRule["HC-007"] == nil, "the parent's description is moderated for each variation")
    }

    @Test(arguments: ["woocommerce-core-sample_products.csv", "classic-commerce-sample_products.csv"])
    func realWooCommerceExportsImport(file: String) throws {
        let (docs, report) = try Self.importer().run(path: SharedData.url("catalogs/woocommerce/\(file)").path)
        #expect(report.skus == docs.flatMap { $0 }.count && report.skus > 10)
        #expect(report.skipped.contains { $0.reason.contains("grouped product") })
        #expect(report.skipped.contains { $0.reason.contains("external (affiliate)") })
        #expect(report.skipped.contains { $0.reason.contains("downloadable/virtual") })
        #expect(docs.contains { $0.count > 1 }, "variable products keep their variations together")
    }

    @Test func packageWeightAndDimensionsComeFromTheExportElseTheDefaultParcel() throws {
        let (docs, _) = try Self.importer().run(path: SharedData.url("catalogs/woocommerce/woocommerce-core-sample_products.csv").path)
        let items = docs.flatMap { $0 }
        let parcels = items.map { Parcel(attributes: $0.attributes) }
        #expect(parcels.contains { $0.weightSource == .export && $0.dimensionsSource == .export }, "weights in lbs and sides in inches are read")
        let hoodie = try #require(items.first { $0.sku == "woo-hoodie-blue" })
        let p = Parcel(attributes: hoodie.attributes)
        #expect(p.weightGrams == Int((1.5 * 453.592).rounded()), "1.5 lbs")
        #expect(p.dimensionsCm == [26, 21, 8], "10 × 8 × 3 inches, rounded up to whole centimetres")
        let none = Parcel(attributes: ["weight_g": "0"])
        #expect(none.weightGrams == Parcel.defaultWeightGrams && none.sourceText == "default parcel", "a zero weight is no weight")
        let half = Parcel(attributes: ["weight_g": "120"])
        #expect(half.weightGrams == 120 && half.sourceText == "export weight, default dimensions")
        #expect(Parcel(attributes: ["weight_g": "250000"]).weightSource == .pierDefault, "250 kg is a unit mistake")
    }

    @Test func theMainCategoryIsTheDeepestShelfThatNamesAProduct() {
        #expect(WooCommerceCSVImporter.mainCategory("Decor, Decor > Home Fragrances > Incense") == "Decor > Home Fragrances > Incense")
        #expect(WooCommerceCSVImporter.mainCategory("Sale, Candles") == "Candles")
        #expect(WooCommerceCSVImporter.mainCategory("Gift Sets, Skin Care") == "Skin Care")
        #expect(WooCommerceCSVImporter.mainCategory("Body, Fragrance") == "Body", "the first of equally deep ones")
        #expect(WooCommerceCSVImporter.mainCategory("New In") == "New In", "a merchandising shelf alone is still the merchant's")
        #expect(WooCommerceCSVImporter.mainCategory(#"Food\, Beverages & Tobacco > Tea"#) == "Food, Beverages & Tobacco > Tea")
        let gift = ClassificationTests.decide("Skincare Gift Set", category: .woocommerce(path: "Gift Sets"))
        #expect(ClassificationTests.path(gift).hasPrefix("Beauty & Personal Care>"), "a gift shelf names no product: \(ClassificationTests.path(gift))")
    }

    /// The exporter writes the columns the merchant ticks: a Japanese drugstore's file of SKU, Name,
    /// Short description and Images (no Type) is a list of simple products; without a price column
    /// nothing can be listed, and the error says which column to export.
    @Test func anExportOfChosenColumnsIsAListOfSimpleProducts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("woo-columns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let priced = folder.appendingPathComponent("wc-product-export.csv")
        try """
        SKU,Name,"Short description",Images,"Regular price"
        JJSL6CL1,"&Honey Deep Moist Shampoo","<div>A moisturizing Japanese shampoo.</div>",https://example.com/a.jpg,1200
        9J90UT8W,"Kabi Killer Mold Remover 400g","<div>A mold removal spray for bathroom cleaning.</div>",https://example.com/b.jpg,800

        """.write(to: priced, atomically: true, encoding: .utf8)
        let (docs, report) = try Self.importer().run(path: priced.path)
        #expect(docs.flatMap { $0 }.map(\.sku) == ["JJSL6CL1", "9J90UT8W"])
        #expect(docs.flatMap { $0 }.first?.descriptionHTML.contains("moisturizing") == true, "the short description is the description")
        #expect(report.warnings.contains { $0.line == 1 && $0.message.contains("no `Type` column") })
        let unpriced = folder.appendingPathComponent("unpriced.csv")
        try "SKU,Name,Images\nJJSL6CL1,Shampoo,https://example.com/a.jpg\n".write(to: unpriced, atomically: true, encoding: .utf8)
        #expect {
            _ = try Self.importer().run(path: unpriced.path)
        } throws: { "\($0)".contains("unpriced.csv, line 1: no `Regular price` column") }
    }

    @Test func aShopifyFileIsNotAWooCommerceFile() {
        #expect {
            _ = try Self.importer().run(path: SharedData.url("catalogs/shopify/apparel.csv").path)
        } throws: { "\($0)".contains("apparel.csv, line 1: not a WooCommerce product CSV") }
    }
}
