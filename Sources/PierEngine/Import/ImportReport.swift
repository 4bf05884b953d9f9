import PierCore

/// What an import found: counts first (`N products`), then what was skipped or needs care.
public struct ImportReport: Sendable {
    public let file: String
    public var format: String
    public var products = 0
    public var variants = 0
    public var skus = 0
    public var images = 0
    /// Rows that could not be kept, with where and why (the first `examples`; `skippedCount` counts all).
    public private(set) var skipped: [(line: Int, reason: String)] = []
    /// Kept, but worth telling the merchant (derived SKUs, Excel damage…), the first `examples`.
    public private(set) var warnings: [(line: Int, message: String)] = []
    /// SKUs whose category does not map, the first `examples`; `unmappedByReason` counts all.
    public private(set) var unmapped: [(sku: String, reason: String)] = []
    public private(set) var skippedCount = 0
    public private(set) var warningCount = 0
    public private(set) var unmappedByReason: [String: Int] = [:]
    /// How many skipped rows, warnings and unmapped SKUs are kept as examples: a report's size
    /// does not grow with the file.
    public static let examples = 200
    public var currency: String
    /// How the file was read when it was not comma-separated UTF-8 (a spreadsheet's save).
    public var reading: String?
    public var flagsByRule: [String: Int] = [:]
    public var flaggedSKUs = 0
    /// On re-import: SKUs added, changed and removed compared with what was stored.
    public var added = 0
    public var changed = 0
    public var removed = 0
    /// For an onboarded seller, what the merchant-side sync did.
    public var sync: MerchantSyncSummary?

    public init(file: String, format: String, currency: String) {
        self.file = file
        self.format = format
        self.currency = currency
    }

    mutating func skip(_ entry: (Int, String)) {
        skippedCount += 1
        if skipped.count < Self.examples { skipped.append((entry.0, entry.1)) }
    }

    mutating func warn(_ entry: (Int, String)) {
        warningCount += 1
        if warnings.count < Self.examples { warnings.append((entry.0, entry.1)) }
    }

    mutating func unmap(_ entry: (String, String)) {
        unmappedByReason[entry.1, default: 0] += 1
        if unmapped.count < Self.examples { unmapped.append((entry.0, entry.1)) }
    }

    /// Adds what `ImportContext.account` counted into another report (SKUs, unmapped
    /// categories, moderation), as if each SKU had been accounted here, in the same order.
    mutating func absorbAccounts(_ other: ImportReport) {
        skus += other.skus
        flaggedSKUs += other.flaggedSKUs
        flagsByRule.merge(other.flagsByRule, uniquingKeysWith: +)
        unmappedByReason.merge(other.unmappedByReason, uniquingKeysWith: +)
        unmapped.append(contentsOf: other.unmapped.prefix(max(0, Self.examples - unmapped.count)))
    }

    public var unmappedCount: Int { unmappedByReason.values.reduce(0, +) }

    /// The summary, starting with the count of distinct products.
    public var lines: [String] {
        var out = [
            "\(products) products", "\(variants) variants", "\(skus) SKUs", "\(images) images",
            "format: \(format)",
        ]
        if let reading { out.append("read as: \(reading)") }
        out.append("currency: \(currency)")
        out.append("skipped rows: \(skippedCount)")
        for s in skipped.prefix(20) { out.append(s.line > 0 ? "  line \(s.line): \(s.reason)" : "  \(s.reason)") }
        if skippedCount > 20 { out.append("  … \(skippedCount - 20) more") }
        out.append("not placed by the merchant's category: \(unmappedCount) SKUs")
        for (r, n) in unmappedByReason.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(10) { out.append("  \(n) × \(r)") }
        out.append(
            "moderation: \(flaggedSKUs) SKUs would be held or rejected"
                + (flagsByRule.isEmpty ? "" : " (" + flagsByRule.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ") + ")"))
        out.append("warnings: \(warningCount)")
        for w in warnings.prefix(20) { out.append(w.line > 0 ? "  line \(w.line): \(w.message)" : "  \(w.message)") }
        if warningCount > 20 { out.append("  … \(warningCount - 20) more") }
        out.append("changes: \(added) added, \(changed) changed, \(removed) removed")
        if let sync { out.append(contentsOf: sync.lines) }
        return out.map(TerminalText.sanitize)
    }
}

extension ImportReport {
    /// Repairs unambiguous mojibake in imported text (and says so); suspicious text that cannot
    /// be repaired is kept as it is and flagged.
    mutating func repaired(_ text: String, what: String, line: Int) -> String {
        if let fixed = Mojibake.repair(text) {
            warn((line, "repaired mojibake in \(what)"))
            return fixed
        }
        if Mojibake.suspected(text) { warn((line, "\(what) may be mojibake; kept as it is")) }
        return text
    }
}
