import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine

/// A merchant who opens the export in a spreadsheet and saves it again gets another encoding or
/// separator: Excel's "Unicode Text" is UTF-16 with tabs, a European "CSV" uses semicolons,
/// plain "CSV" on Windows is Windows-1252. Each reads as the original export did.
@Suite("Exports saved again by a spreadsheet")
struct SpreadsheetSaveTests {
    static let original = SharedData.url("catalogs/dev/shopify/trevo-home-kitchen/products_export_1.csv").path

    static func rows() throws -> [[String]] {
        var reader = try CSVReader(path: original)
        var out = [[String]]()
        while let r = try reader.read() { out.append(r.fields) }
        return out
    }

    /// `rows` as CSV text with `separator`, every field quoted.
    static func text(_ rows: [[String]], separator: String) -> String {
        rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: separator) }.joined(separator: "\r\n")
    }

    static func save(_ data: Data, as name: String, in tmp: TempDatabase) -> String {
        let path = tmp.folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    static func imported(_ path: String) throws -> (titles: [String], skus: [String], report: ImportReport) {
        let (docs, report) = try ShopifyImportTests.importer().run(path: path)
        let items = docs.flatMap { $0 }
        return (items.map(\.title), items.map(\.sku), report)
    }

    @Test(arguments: ["utf16le-tabs", "utf16be-tabs", "semicolons", "tabs"])
    func aResavedExportImportsLikeTheOriginal(_ save: String) throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let rows = try Self.rows()
        let data: Data
        switch save {
        case "utf16le-tabs": data = Data([0xFF, 0xFE]) + Data(Self.text(rows, separator: "\t").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case "utf16be-tabs": data = Data([0xFE, 0xFF]) + Data(Self.text(rows, separator: "\t").utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        case "semicolons": data = Data(Self.text(rows, separator: ";").utf8)
        default: data = Data(Self.text(rows, separator: "\t").utf8)
        }
        let original = try Self.imported(Self.original)
        let resaved = try Self.imported(Self.save(data, as: "\(save).csv", in: tmp))
        #expect(resaved.skus == original.skus)
        #expect(resaved.titles == original.titles)
        #expect(resaved.report.products == original.report.products && resaved.report.products > 20)
        let expected = [
            "utf16le-tabs": "tab-separated, UTF-16 LE", "utf16be-tabs": "tab-separated, UTF-16 BE", "semicolons": "semicolon-separated",
            "tabs": "tab-separated",
        ]
        #expect(resaved.report.reading == expected[save])
        #expect(resaved.report.lines.contains("read as: \(expected[save] ?? "")"))
        #expect(original.report.reading == nil)
    }

    @Test func aWindows1252SaveKeepsItsAccentsAndSaysSo() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let rows = try Self.rows().map { $0.map { $0.replacingOccurrences(of: "Serving", with: "Café €") } }
        let text = Self.text(rows, separator: ",")
        var bytes = [UInt8]()
        for scalar in text.unicodeScalars { bytes.append(Windows1252.byte(for: scalar) ?? UInt8(ascii: "?")) }
        let resaved = try Self.imported(Self.save(Data(bytes), as: "cp1252.csv", in: tmp))
        let original = try Self.imported(Self.original)
        #expect(resaved.titles.count == original.titles.count)
        #expect(resaved.titles.contains { $0.contains("Café €") }, "é (0xE9) and € (0x80) read as the spreadsheet wrote them")
        #expect(!resaved.titles.contains { $0.contains("\u{FFFD}") })
        #expect(resaved.report.reading?.contains("read as Windows-1252, the first on line") == true)
    }

    @Test func aCharacterCutByTheReadersChunkAndSeparatorsInQuotesReadWhole() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let filler = String(repeating: "x", count: (1 << 15) - 3)
        let text = "\"Name; with, separators\",Price\r\n\"\(filler)😀é\",1\r\n"
        let data = Data([0xFF, 0xFE]) + Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var reader = try CSVReader(path: Self.save(data, as: "cut.csv", in: tmp))
        #expect(try reader.read()?.fields == ["Name; with, separators", "Price"])
        #expect(reader.delimiter == UInt8(ascii: ","), "separators inside quotes are not counted")
        #expect(try reader.read()?.fields == ["\(filler)😀é", "1"])
        #expect(try reader.read() == nil)
    }
}
