/// What a moderation rule does to a listing it matches.
public enum ModerationSeverity: String, Sendable, Codable, Comparable, CaseIterable {
    /// Recorded on the listing, which still goes live.
    case warn
    /// Held for a partner-ops reviewer; not published until cleared.
    case hold
    /// Rejected; the seller must edit the listing.
    case reject

    public static func < (a: ModerationSeverity, b: ModerationSeverity) -> Bool { a.rank < b.rank }

    var rank: Int {
        switch self {
        case .warn: 0
        case .hold: 1
        case .reject: 2
        }
    }
}

/// One TikTok Shop listing rule in a versioned rule pack.
public struct ModerationRule: Sendable, Codable, Equatable {
    /// Stable id, e.g. `HC-001`, cited in flags, appeals and the ledger.
    public let id: String
    /// The rule family, e.g. `health-claim`, `weight-loss`, `off-platform`.
    public let category: String
    public let title: String
    public let severity: ModerationSeverity
    /// Phrases that trigger the rule (whole words, case-insensitive).
    public let patterns: [String]
    /// Phrases that, when they cover a match, mean it is not a claim (e.g. "acne-prone skin").
    public let allow: [String]
    /// The message shown to the seller.
    public let message: String
    /// The policy the rule enforces.
    public let cites: String
    /// For certification rules: the listing must carry one of these attribute values, or it is
    /// flagged when a pattern matches (e.g. a charger with no CE/FCC/UKCA mark).
    public let requiresAttribute: RequiredAttribute?
    /// TikTok Shop category path prefixes where the rule does not apply: a supplement for a dog is
    /// pet care, not the human supplement the rule restricts.
    public let exceptUnder: [String]?

    /// An attribute a listing must have for a rule not to fire.
    public struct RequiredAttribute: Sendable, Codable, Equatable {
        public let name: String
        public let anyOf: [String]
    }

    public init(
        id: String, category: String, title: String, severity: ModerationSeverity, patterns: [String],
        allow: [String], message: String, cites: String, requiresAttribute: RequiredAttribute? = nil,
        exceptUnder: [String]? = nil
    ) {
        self.id = id
        self.category = category
        self.title = title
        self.severity = severity
        self.patterns = patterns
        self.allow = allow
        self.message = message
        self.cites = cites
        self.requiresAttribute = requiresAttribute
        self.exceptUnder = exceptUnder
    }
}

/// A versioned set of moderation rules.
public struct RulePack: Sendable, Codable, Equatable {
    public let version: String
    public let rules: [ModerationRule]

    public init(version: String, rules: [ModerationRule]) {
        self.version = version
        self.rules = rules
    }

    /// The rule with an id.
    public func rule(_ id: String) -> ModerationRule? { rules.first { $0.id == id } }
}
