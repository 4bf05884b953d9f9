/// Whether a product is a physical good TikTok Shop sells at all: services and treatments, gift
/// cards and vouchers, digital downloads, event tickets, subscriptions and warranties are not,
/// whatever their category says. Phrases are data (the category map's `eligibility`), matched
/// as whole words on the product's labels (title, type, merchant category) and, for a narrower
/// list, on the start of its description.
public struct EligibilityRules: Sendable {
    /// The phrases, as the category map stores them.
    public struct Table: Sendable, Codable, Equatable {
        /// [outcome id, phrase] pairs matched on the title, product type and merchant category.
        public let label: [[String]]
        /// [outcome id, phrase] pairs matched on the description's first words.
        public let body: [[String]]
        /// Phrases that, covering a match, mean it is a product ("gift card holder").
        public let allow: [String]

        public init(label: [[String]], body: [[String]], allow: [String]) {
            self.label = label
            self.body = body
            self.allow = allow
        }

        enum CodingKeys: String, CodingKey { case label, body, allow }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func pairs(_ key: CodingKeys) throws -> [[String]] {
                var unkeyed = try c.nestedUnkeyedContainer(forKey: key)
                var out = [[String]]()
                while !unkeyed.isAtEnd {
                    var pair = try unkeyed.nestedUnkeyedContainer()
                    let id = try pair.decode(Int64.self)
                    let phrase = try pair.decode(String.self)
                    out.append([String(id), phrase])
                }
                return out
            }
            label = try pairs(.label)
            body = try pairs(.body)
            allow = try c.decode([String].self, forKey: .allow)
        }
    }

    /// A phrase that made a product not eligible.
    public struct Hit: Sendable, Equatable {
        public let outcome: Int64
        public let phrase: String
    }

    /// How many words of the description are read.
    static let bodyWords = 60

    private let labelMatcher: PhraseMatcher
    private let labelOutcomes: [Int64?]
    private let bodyMatcher: PhraseMatcher
    private let bodyOutcomes: [Int64?]

    public init(_ table: Table) {
        func build(_ pairs: [[String]]) -> (PhraseMatcher, [Int64?]) {
            var phrases = [String]()
            var outcomes = [Int64?]()
            for p in pairs where p.count == 2 {
                phrases.append(p[1])
                outcomes.append(Int64(p[0]))
            }
            for a in table.allow {
                phrases.append(a)
                outcomes.append(nil)
            }
            return (PhraseMatcher(phrases: phrases), outcomes)
        }
        (labelMatcher, labelOutcomes) = build(table.label)
        (bodyMatcher, bodyOutcomes) = build(table.body)
    }

    /// The first phrase that makes the product not eligible, if any.
    public func check(labels: [String], body: String) -> Hit? {
        for text in labels where !text.isEmpty {
            if let hit = Self.first(labelMatcher, labelOutcomes, text) { return hit }
        }
        guard !body.isEmpty else { return nil }
        return Self.first(bodyMatcher, bodyOutcomes, CategoryClassifier.prefix(body, words: Self.bodyWords))
    }

    /// Nouns that, right after a service or voucher phrase, name a thing sold for it: a
    /// "Hydrafacial Serum", a "Microneedling Derma Roller", a "Gift Card Holder" are goods.
    static let productNouns: Set<String> = [
        "serum", "serums", "cream", "creams", "gel", "oil", "balm", "mask", "masks", "lotion", "toner", "cleanser", "spray",
        "kit", "kits", "set", "device", "devices", "machine", "tool", "tools", "pen", "pens", "roller", "rollers", "refill",
        "refills", "solution", "solutions", "tips", "wand", "lamp", "blade", "blades", "razor", "razors", "cartridge",
        "cartridges", "applicator", "brush", "patch", "patches", "holder", "holders", "box", "case", "stand", "reader", "shampoo",
        "shampoos", "conditioner", "conditioners", "tonic", "foam", "drops", "mist", "essence", "ampoule", "ampoules", "capsules",
        "tablets", "powder", "soap",
    ]

    /// Whether a title names a thing sold (a serum, a kit, a device), whatever shelf it is on.
    static func namesAProduct(_ title: String) -> Bool {
        title.lowercased().split { !$0.isLetter }.contains { productNouns.contains(String($0)) }
    }

    /// The next one or two words after a byte offset, lower-cased ASCII letters only.
    private static func nextWords(_ bytes: [UInt8], after end: Int) -> [String] {
        var out = [String]()
        var i = end
        while out.count < 2 && i < bytes.count {
            while i < bytes.count, !Self.isLetter(bytes[i]) {
                if bytes[i] >= 0x30 && bytes[i] <= 0x39 { return out }
                i += 1
            }
            var word = [UInt8]()
            while i < bytes.count, Self.isLetter(bytes[i]) {
                word.append(bytes[i] | 0x20)
                i += 1
            }
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        }
        return out
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    private static func first(_ matcher: PhraseMatcher, _ outcomes: [Int64?], _ text: String) -> Hit? {
        let found = matcher.matches(in: text)
        guard !found.isEmpty else { return nil }
        let allowed = found.filter { outcomes[$0.phrase] == nil }
        let bytes = Array(text.utf8)
        for m in found {
            guard let outcome = outcomes[m.phrase] else { continue }
            if allowed.contains(where: { $0.start <= m.start && $0.end >= m.end }) { continue }
            if nextWords(bytes, after: m.end).contains(where: productNouns.contains) { continue }
            return Hit(outcome: outcome, phrase: String(decoding: bytes[m.start..<m.end], as: UTF8.self))
        }
        return nil
    }
}
