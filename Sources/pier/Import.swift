import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create or update a seller from a merchant's export: pier import shopify FILE --seller NAME.",
        discussion:
            "Prints a summary starting with `N products`. Rows that cannot be kept are listed with their line and reason; the import is one transaction, and importing the same file again changes nothing. For a seller already onboarded, the changed export is a sync from the merchant's side: added, changed and removed products go through mapping, moderation, the conflict resolver and TikTok Shop (only the delta), all on the ledger; if any step fails the seller stays as it was."
    )
    @Argument(help: "shopify (product CSV, any era), woocommerce (product CSV) or amazon (listings feed or flat file).") var platform: String
    @Argument(help: "The export file.") var file: String
    @Option(help: "The seller's name; its id is the name in lower case with dashes.") var seller: String
    @Option(help: "The TikTok Shop region the stock is for (default: the seller's, else US).") var region: String?
    @Option(help: "ISO 4217 currency of the file's prices, as Shopify CSVs do not say (default: the seller's, else USD).") var currency: String?
    @OptionGroup var store: StoreOptions

    func run() throws {
        guard let p = SourcePlatform(rawValue: platform.lowercased()) else {
            throw CLI.fail("unknown platform '\(platform)'; choose shopify, woocommerce or amazon", code: 2)
        }
        guard FileManager.default.isReadableFile(atPath: file) else { throw CLI.fail("cannot read \(file)", code: 2) }
        let engine = try store.engine()
        // A seller already imported keeps its own region and currency unless told otherwise.
        let known: SellerRecord?
        do { known = try engine.db.seller(PierEngine.sellerID(seller)) } catch { throw CLI.fail(error.description, code: 4) }
        let regionText = region ?? known?.regions.first?.rawValue ?? "US"
        guard let r = Region(rawValue: regionText.uppercased()) else {
            throw CLI.fail("unknown region '\(regionText)'; choose \(Region.allCases.map(\.rawValue).joined(separator: ", "))", code: 2)
        }
        let cur = (currency ?? known?.currency ?? "USD").uppercased()
        guard cur.count == 3, cur.allSatisfy({ $0.isLetter }) else { throw CLI.fail("currency '\(cur)' is not an ISO 4217 code", code: 2) }
        let report: ImportReport
        do { report = try engine.importCatalogue(platform: p, file: file, seller: seller, region: r, currency: cur) } catch {
            throw CLI.fail(error.description, code: CLI.code(error) == 1 ? 2 : CLI.code(error))
        }
        print("imported \(PierEngine.sellerID(seller)) from \(report.file)")
        for line in report.lines { print(line) }
    }
}
