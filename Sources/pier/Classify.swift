import ArgumentParser
import Foundation
import PierCore
import PierEngine

struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recommend a TikTok Shop category for a product from its words (offline, as onboarding does).",
        discussion:
            "Prints the decision, where it came from (the merchant's category or the text) and the best candidates with their scores and deciding words.")
    @Argument(help: "The product title.") var title: String
    @Option(help: "Product type.") var type = ""
    @Option(help: "Merchant category: shopify:PATH, google:PATH or ID, woocommerce:PATH, amazon:TYPE.") var category = ""
    @Option(help: "Comma-separated tags.") var tags = ""
    @Option(help: "Description (plain text).") var body = ""
    @Option(help: "Vendor or brand (onboarding reads it with the title).") var vendor = ""

    func run() throws {
        let resources = try CLI.resources()
        let mapper = TaxonomyMapper(mapping: resources.mapping)
        let input = CategoryClassifier.Input(title: title, productType: type, tags: CLI.appList(tags), vendor: vendor, body: body)
        if input.isEmpty && category.isEmpty {
            throw CLI.fail("nothing to classify: give the product's title (or --type, --tags, --body or --category)", code: 2)
        }
        let source = category.isEmpty ? SourceCategory.none : SourceCategory(label: category)
        if !category.isEmpty, case .none = source {
            throw CLI.fail("--category `\(category)` is not shopify:…, google:…, woocommerce:… or amazon:…", code: 2)
        }
        let c = mapper.classify(input, source: source, attributes: ["brand": vendor.isEmpty ? "-" : vendor])
        switch c.result {
        case .mapped(let cat), .missingAttribute(let cat, _): print("\(cat.id) \(cat.path)  (decided by \(c.source.rawValue))")
        default: print(c.result.reason ?? "")
        }
        for cand in c.candidates {
            let name = mapper.category(cand.id)?.path ?? mapper.outcome(cand.id).map { "(\($0.kind.rawValue): \($0.reason))" } ?? "?"
            let missing = cand.qualified ? "" : "  (its branch's word not said)"
            print("  \(String(format: "%7.2f", cand.score))  \(cand.id)  \(name)  [\(cand.words.joined(separator: ", "))]\(missing)")
        }
    }
}
