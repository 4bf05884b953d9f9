/// A listing's text, as moderation reads it.
public struct ModerationInput: Sendable {
    public let title: String
    /// Plain text (HTML already stripped).
    public let description: String
    public let tags: [String]
    public let attributes: [String: String]
    /// The merchant's own category or product type, as text (a "Holsters" type says what the title may not).
    public let category: String
    /// Values a person typed for the listing (a brand filled in the catalogue workbench): they go
    /// to TikTok Shop as the listing's own text, so each is read as a field of its own
    /// (`attribute:brand`).
    public let typed: [String: String]
    /// The TikTok Shop category path the listing goes to, when one was decided.
    public let listedUnder: String
    /// The rule of the prohibited branch the merchant's category maps to
    /// (`TaxonomyMapper.prohibitingRule`), when it maps to one: the category alone is the evidence.
    public let branchRule: String?

    public init(
        title: String, description: String, tags: [String], attributes: [String: String], category: String = "", typed: [String: String] = [:],
        listedUnder: String = "", branchRule: String? = nil
    ) {
        self.branchRule = branchRule
        self.typed = typed
        self.listedUnder = listedUnder
        self.title = title
        self.description = description
        self.tags = tags
        self.attributes = attributes
        self.category = category
    }
}

/// One rule that fired on one field, with the words that made it fire.
public struct ModerationFlag: Sendable, Equatable {
    public let ruleID: String
    public let severity: ModerationSeverity
    /// `title`, `description`, `tags`, `category` or `attributes`.
    public let field: String
    /// The matched words, exactly as they stand in the field.
    public let matched: String
    /// UTF-8 byte offsets of the match in the field's plain text.
    public let start: Int
    public let end: Int
}

/// The verdict on one listing.
public struct ModerationResult: Sendable, Equatable {
    public let flags: [ModerationFlag]

    /// pass (nothing, or warnings only), hold or reject: the most severe flag decides.
    public var outcome: ModerationOutcome {
        switch flags.map(\.severity).max() {
        case .reject: .reject
        case .hold: .hold
        case .warn, nil: .pass
        }
    }
}

/// What happens to a listing after moderation.
public enum ModerationOutcome: String, Sendable, Codable {
    case pass, hold, reject
}

/// Applies a rule pack to listings in one pass per field with a shared phrase matcher.
public struct Moderator: Sendable {
    public let pack: RulePack
    private let matcher: PhraseMatcher
    /// For each phrase: its rule index, and whether it is an allow-list phrase.
    private let owners: [(rule: Int, allow: Bool)]
    /// The store's shelves that hold mostly prohibited goods, with the rule they were rejected
    /// with (`prohibitedShelves`); empty until `readingShelves` gives them.
    public internal(set) var shelves: [String: String] = [:]

    public init(pack: RulePack) {
        self.pack = pack
        var phrases = [String]()
        var owners = [(rule: Int, allow: Bool)]()
        for (r, rule) in pack.rules.enumerated() {
            for p in rule.patterns { phrases.append(p); owners.append((r, false)) }
            for a in rule.allow { phrases.append(a); owners.append((r, true)) }
        }
        matcher = PhraseMatcher(phrases: phrases)
        self.owners = owners
    }

    /// Moderates one listing: at most one flag per rule and field (the first match).
    public func moderate(_ input: ModerationInput) -> ModerationResult {
        var flags = [ModerationFlag]()
        scan(input.title, field: "title", input: input, into: &flags)
        scan(input.description, field: "description", input: input, into: &flags)
        if !input.tags.isEmpty { scan(input.tags.joined(separator: ", "), field: "tags", input: input, into: &flags) }
        if !input.category.isEmpty { scan(input.category, field: "category", input: input, into: &flags) }
        for (name, value) in input.typed.sorted(by: { $0.key < $1.key }) { scan(value, field: "attribute:\(name)", input: input, into: &flags) }
        let result = flaggingBranch(ModerationResult(flags: flags), rule: input.branchRule, category: input.category)
        guard !shelves.isEmpty, result.outcome != .reject, let rule = shelves[input.category] else { return result }
        return flaggingBranch(result, rule: rule, category: input.category)
    }

    private func scan(_ text: String, field: String, input: ModerationInput, into flags: inout [ModerationFlag]) {
        guard !text.isEmpty else { return }
        let found = matcher.matches(in: text)
        guard !found.isEmpty else { return }
        var allowed = [(rule: Int, start: Int, end: Int)]()
        for m in found where owners[m.phrase].allow { allowed.append((owners[m.phrase].rule, m.start, m.end)) }
        var fired = Set<Int>()
        for m in found where !owners[m.phrase].allow {
            let r = owners[m.phrase].rule
            if fired.contains(r) { continue }
            if allowed.contains(where: { $0.rule == r && $0.start <= m.start && $0.end >= m.end }) { continue }
            let rule = pack.rules[r]
            if let except = rule.exceptUnder, !input.listedUnder.isEmpty, except.contains(where: input.listedUnder.hasPrefix) { continue }
            if let req = rule.requiresAttribute, let value = input.attributes[req.name] {
                let have = value.uppercased()
                if req.anyOf.contains(where: { have.contains($0.uppercased()) }) { continue }
            }
            if flags.contains(where: { $0.ruleID == rule.id }) { continue }
            fired.insert(r)
            let utf8 = Array(text.utf8)
            let matched = String(decoding: utf8[m.start..<m.end], as: UTF8.self)
            flags.append(ModerationFlag(ruleID: rule.id, severity: rule.severity, field: field, matched: matched, start: m.start, end: m.end))
        }
    }
}
