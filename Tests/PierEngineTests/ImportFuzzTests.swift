import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine

/// Exports we have not seen: mangled copies of real and fixture files (bytes flipped, cut
/// short, quotes and line breaks inserted) must give a report or a clear error, never a crash.
@Suite("Importers on mangled files")
struct ImportFuzzTests {
    static func mangle(_ data: Data, _ rng: inout SeededRandom) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        for _ in 0..<rng.int(in: 1...12) {
            let i = rng.int(in: 0...(bytes.count - 1))
            switch rng.int(in: 0...4) {
            case 0: bytes[i] = UInt8(truncatingIfNeeded: rng.next())
            case 1: bytes.insert(UInt8(ascii: "\""), at: i)
            case 2: bytes.insert(rng.chance(0.5) ? 0x0A : 0x0D, at: i)
            case 3: bytes.insert(contentsOf: Array("Ã©\t,".utf8), at: i)
            default: bytes.removeSubrange(i..<min(bytes.count, i + rng.int(in: 1...40)))
            }
            if bytes.isEmpty { break }
        }
        if rng.chance(0.2) { bytes = Array(bytes.prefix(rng.int(in: 0...bytes.count))) }
        return Data(bytes)
    }

    @Test(arguments: ["shopify", "woocommerce", "amazon"])
    func mangledFilesNeverCrash(platform: String) throws {
        let sources: [URL] =
            switch platform {
            case "shopify":
                [
                    SharedData.url("catalogs/shopify/jewelery.csv"), SharedData.url("catalogs/shopify/product_template.2023-format.excel-resaved.csv"),
                    ShopifyImportTests.fixtures.appendingPathComponent("shopify-quirks.csv"),
                ]
            case "woocommerce":
                [
                    SharedData.url("catalogs/woocommerce/woocommerce-core-sample_products.csv"),
                    ShopifyImportTests.fixtures.appendingPathComponent("woocommerce-localised.csv"),
                ]
            default:
                [
                    ShopifyImportTests.fixtures.appendingPathComponent("amazon-feed.json"),
                    ShopifyImportTests.fixtures.appendingPathComponent("amazon-flat-file.txt"),
                ]
            }
        let context = ImportContext(resources: Fixture.resources, currency: "USD", region: .us)
        let tmp = TempDatabase()
        defer { tmp.remove() }
        var rng = SeededRandom(seed: 77, stream: platform)
        var reports = 0, errors = 0
        for source in sources {
            let original = try Data(contentsOf: source)
            for n in 0..<60 {
                let path = tmp.folder.appendingPathComponent("\(n)-\(source.lastPathComponent)").path
                try Self.mangle(original, &rng).write(to: URL(fileURLWithPath: path))
                do {
                    let report: ImportReport =
                        switch platform {
                        case "shopify": try ShopifyCSVImporter(context: context).run(path: path).report
                        case "woocommerce": try WooCommerceCSVImporter(context: context).run(path: path).report
                        default: try AmazonImporter(context: context).run(path: path).report
                        }
                    #expect(report.lines.first?.hasSuffix(" products") == true)
                    reports += 1
                } catch {
                    #expect(!error.description.isEmpty)
                    errors += 1
                }
            }
        }
        #expect(reports + errors == sources.count * 60)
        #expect(reports > 0, "most mangled files still import what they can")
    }
}
