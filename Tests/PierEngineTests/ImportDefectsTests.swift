import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// Defects seen importing real files: each is a clear error naming the file or a product
/// accounted for, never a crash, raw bytes on the terminal, or a product lost without a line.
@Suite("Import defects seen on real files")
struct ImportDefectsTests {
    static func write(_ name: String, _ bytes: [UInt8], in tmp: TempDatabase) -> String {
        let path = tmp.folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    static func importing(_ platform: SourcePlatform, _ path: String, tmp: TempDatabase) throws -> ImportReport {
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        return try engine.importCatalogue(platform: platform, file: path, seller: "Defects", region: .us, currency: "USD")
    }

    @Test func aStoredItemThatCannotBeReadBackStopsTheOnboardingNotTheProduct() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let file = SharedData.url("catalogs/dev/shopify/stillre-cat-scratcher/products_export_1.csv").path
        let engine = PierEngine(db: try tmp.open(), resources: Fixture.resources, operator: .pinned("tester"))
        _ = try engine.importCatalogue(platform: .shopify, file: file, seller: "Stillre", region: .us, currency: "USD")
        try engine.sqlite.writeDB { db in
            try db.execute(sql: "UPDATE catalog_items SET item = '{broken' WHERE position = (SELECT min(position) FROM catalog_items)")
        }
        #expect {
            _ = try engine.onboard(seller: "stillre", tier: .premium, apps: [], seed: 1)
        } throws: { "\($0)".contains("1 stored catalogue item(s) of stillre cannot be read back") }
        #expect(try engine.db.seller("stillre")?.status == .new, "nothing onboarded with a product missing")
    }

    @Test func aDirectoryIsAClearErrorNotACrash() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        #expect {
            _ = try Self.importing(.woocommerce, tmp.folder.path, tmp: tmp)
        } throws: { "\($0)".contains("is a directory") }
        #expect(try tmp.open().sellers().isEmpty, "nothing written")
    }

    @Test func aBinaryFileIsNamedWithoutPrintingItsBytes() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let path = Self.write("catalogue.csv", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0xFF, count: 4_000), in: tmp)
        do {
            _ = try Self.importing(.shopify, path, tmp: tmp)
            Issue.record("a binary file imported")
        } catch {
            let message = "\(error)"
            #expect(message.contains("catalogue.csv is not a text file"))
            #expect(message.count < 200, "no raw bytes: \(message.count) characters")
            #expect(!message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
    }

    @Test func aLocalisedHeaderAfterBlankLinesTabsAndABOMIsFound() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let original = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/woocommerce-localised.csv"))
        let path = Self.write("padded.csv", [0xEF, 0xBB, 0xBF] + Array("\n\t\n  \n".utf8) + Array(original), in: tmp)
        let report = try Self.importing(.woocommerce, path, tmp: tmp)
        #expect(report.products > 0)
        let unpadded = Self.write("plain.csv", Array(original), in: tmp)
        let tmp2 = TempDatabase()
        defer { tmp2.remove() }
        #expect(try Self.importing(.woocommerce, unpadded, tmp: tmp2).products == report.products)
    }

    @Test func anEmptyOrHeaderlessFileSaysSo() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let path = Self.write("blank.csv", Array("\n\n\t\n".utf8), in: tmp)
        #expect {
            _ = try Self.importing(.woocommerce, path, tmp: tmp)
        } throws: { "\($0)".contains("blank.csv: the file is empty (no header row)") }
    }

    @Test func everyWooCommerceProductIsAccountedFor() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let csv = """
            ID,Type,SKU,Name,Published,Regular price,Categories,Parent
            10,variable,HOODIE,Hoodie,1,,Clothing > Hoodies,
            11,variation,HOODIE-S,Hoodie - S,1,30,,HOODIE
            20,variable,LONELY,Lonely Variable,1,,Clothing,
            30,simple,TEA,Green Tea,1,5,"Food\\, Beverages & Tobacco, Food\\, Beverages & Tobacco > Tea, Gifts",

            """
        let path = Self.write("woo.csv", Array(csv.utf8), in: tmp)
        let (docs, report) = try WooCommerceCSVImporter(context: ImportContext(resources: Fixture.resources, currency: "USD", region: .us)).run(path: path)
        #expect(docs.flatMap { $0 }.map(\.sku).sorted() == ["HOODIE-S", "TEA"])
        #expect(report.skipped.contains { $0.line == 4 && $0.reason.contains("Lonely Variable has no sellable variation") })
        let tea = try #require(docs.flatMap { $0 }.first { $0.sku == "TEA" })
        #expect(
            tea.category == .woocommerce(path: "Food, Beverages & Tobacco > Tea"),
            "the most specific of the listed categories, an escaped comma kept in the name")
        #expect(tea.productID == "id:30", "products are keyed by their WooCommerce ID")
    }
}
