import ArgumentParser
import Foundation
import PierCore
import PierEngine

/// Which SKUs a `pier fix` names: SKUs, or a rule over a source category, product type or vendor.
struct FixTarget: ParsableArguments {
    @Option(name: .customLong("sku"), help: "A SKU (repeat for several).") var skus: [String] = []
    @Option(help: "Rule: every SKU with this merchant category (its label, e.g. shopify:Apparel > Tops, or its path).") var sourceCategory: String?
    @Option(name: .customLong("type"), help: "Rule: every SKU with this product type.") var productType: String?
    @Option(help: "Rule: every SKU of this vendor (brand).") var vendor: String?

    func validate() throws {
        let given = [!skus.isEmpty, sourceCategory != nil, productType != nil, vendor != nil].filter { $0 }.count
        guard given == 1 else { throw ValidationError("name the SKUs with one of --sku, --source-category, --type or --vendor") }
    }

    var target: CatalogueFix.Target {
        if let sourceCategory { return .sourceCategory(sourceCategory) }
        if let productType { return .productType(productType) }
        if let vendor { return .vendor(vendor) }
        return .skus(skus)
    }
}

/// `pier fix`: the catalogue workbench's fixes from the command line, for scripts and bulk work.
struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fix what onboarding could not map: set a TikTok category, fill an attribute, or make an eligibility call; or undo a fix.",
        discussion: """
            Each fix is a ledger event naming the operator and the wall clock; the SKUs it touches are mapped again and what \
            became publishable goes live as an incremental sync. A rule (--source-category, --type, --vendor) also holds for \
            the SKUs a later re-import brings.
            """,
        subcommands: [FixCategory.self, FixAttribute.self, FixEligible.self, FixUndo.self])

    /// Applies a fix and prints what it did.
    static func apply(
        _ store: StoreOptions, seller: String, target: CatalogueFix.Target, change: CatalogueFix.Change, reason: String?
    ) throws {
        let engine = try store.engine()
        try CLI.requireSeller(seller, in: engine.db)
        let outcome: FixOutcome
        do { outcome = try engine.applyFix(seller: seller, target: target, change: change, reason: reason) } catch {
            throw CLI.fail(error.description, code: CLI.code(error))
        }
        report(outcome, seller: seller, by: engine.who.name)
    }

    static func report(_ outcome: FixOutcome, seller: String, by name: String) {
        print("\(seller) \(outcome.summary) (by \(TerminalText.sanitize(name)), \(Format.duration(outcome.durationMillis)) virtual)")
        for (reason, n) in outcome.waiting.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            print("  waiting \(n): \(TerminalText.clip(reason, 110))")
        }
        for p in outcome.prohibited.prefix(10) { print("  prohibited \(TerminalText.sanitize(p.sku)): \(TerminalText.clip(p.reason, 100))") }
    }
}

struct FixCategory: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "category", abstract: "Set the TikTok Shop leaf category of SKUs, or as a rule.")
    @Argument(help: "Seller id.") var seller: String
    @OptionGroup var target: FixTarget
    @Option(help: "The TikTok Shop leaf category id (`pier categories WORDS` finds it).") var to: Int64
    @Option(help: "Why, one line (kept in the ledger).") var reason: String?
    @OptionGroup var store: StoreOptions

    func run() throws { try Fix.apply(store, seller: seller, target: target.target, change: .category(to), reason: reason) }
}

struct FixAttribute: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute", abstract: "Fill a property TikTok's category rules ask for (brand, size, material, colour, net_content).")
    @Argument(help: "Seller id.") var seller: String
    @OptionGroup var target: FixTarget
    @Option(help: "The property: \(AttributeExtractor.fillable.joined(separator: ", ")).") var name: String
    @Option(help: "Its value, as TikTok accepts it (material: one of TikTok's list; size: a letter size, EU/UK/US and a number).") var value: String
    @Option(help: "Why, one line (kept in the ledger).") var reason: String?
    @OptionGroup var store: StoreOptions

    func run() throws { try Fix.apply(store, seller: seller, target: target.target, change: .attribute(name: name, value: value), reason: reason) }
}

struct FixEligible: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligible", abstract: "Call SKUs eligible for TikTok Shop against the engine's call, or not eligible (ops only).")
    @Argument(help: "Seller id.") var seller: String
    @OptionGroup var target: FixTarget
    @Flag(name: .customLong("not"), help: "Not eligible (a service, voucher or digital good the engine took for a product).") var notEligible = false
    @Option(help: "Why, one line (required: the merchant and the next reviewer read it).") var reason: String
    @OptionGroup var store: StoreOptions

    func run() throws { try Fix.apply(store, seller: seller, target: target.target, change: .eligibility(!notEligible), reason: reason) }
}

struct FixUndo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Revert a fix with a compensating event; its SKUs are mapped again with the fixes that stand.")
    @Argument(help: "Seller id.") var seller: String
    @Argument(help: "The fix number (`pier fixes SELLER`).") var fix: Int64
    @Option(help: "Why, one line.") var reason: String?
    @OptionGroup var store: StoreOptions

    func run() throws {
        let engine = try store.engine()
        try CLI.requireSeller(seller, in: engine.db)
        let outcome: FixOutcome
        do { outcome = try engine.revertFix(seller: seller, fix: fix, reason: reason) } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
        print("reverted fix #\(fix):")
        Fix.report(outcome, seller: seller, by: engine.who.name)
    }
}

/// `pier fixes`: a seller's fixes, as lines or JSON.
struct Fixes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List a seller's catalogue fixes and rules, reverted ones marked.")
    @Argument(help: "Seller id.") var seller: String
    @Flag(help: "One JSON object per line.") var json = false
    @OptionGroup var store: StoreOptions

    func run() throws {
        let engine = try store.engine()
        try CLI.requireSeller(seller, in: engine.db)
        let fixes: [CatalogueFix]
        do { fixes = try engine.fixes(seller: seller) } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
        for f in fixes {
            print(TerminalText.sanitize(json ? f.json.canonical : f.summary))
        }
        if fixes.isEmpty && !json { print("\(seller): no fixes") }
    }
}

/// `pier categories`: the TikTok Shop tree searched as the console's category picker does.
struct Categories: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Find TikTok Shop leaf categories by words of their path, or by id.")
    @Argument(help: "Words of the path (all must appear), the start of an id, or letters in order.") var words: [String]
    @Option(help: "At most this many.") var limit = 20

    func run() throws {
        let resources = try CLI.resources()
        let hits = CategorySearch(resources.mapping.categories).search(words.joined(separator: " "), limit: limit)
        if hits.isEmpty { throw CLI.fail("no TikTok Shop leaf matches '\(words.joined(separator: " "))'", code: 2) }
        for c in hits { print("\(c.id)  \(c.path)") }
    }
}
