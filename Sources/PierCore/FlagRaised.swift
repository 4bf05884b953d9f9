/// `flag.raised`: a moderation rule matched a listing's text.
public struct FlagRaised: LedgerPayload, Equatable {
    public static let type = LedgerEventType.flagRaised
    public var flag: Int64
    public var rule: String
    public var ruleCategory: String
    public var severity: ModerationSeverity
    /// The field the words were found in (`title`, `description`, `tags`…).
    public var field: String
    public var matched: String
    /// The match's span in the field, in characters.
    public var start: Int
    public var end: Int
    /// The rule pack's version.
    public var rulePack: String

    public init(
        flag: Int64, rule: String, ruleCategory: String, severity: ModerationSeverity, field: String, matched: String, start: Int, end: Int,
        rulePack: String
    ) {
        self.flag = flag
        self.rule = rule
        self.ruleCategory = ruleCategory
        self.severity = severity
        self.field = field
        self.matched = matched
        self.start = start
        self.end = end
        self.rulePack = rulePack
    }

    public var data: [String: JSONValue] {
        [
            "flag": .int(flag), "rule": .string(rule), "rule_category": .string(ruleCategory), "severity": .string(severity.rawValue),
            "field": .string(field), "matched": .string(matched), "start": .number(start), "end": .number(end),
            "rule_pack": .string(rulePack),
        ]
    }

    public init?(data: JSONValue) {
        guard let flag = data["flag"]?.intValue, let rule = data["rule"]?.stringValue,
            let severity = data["severity"]?.stringValue.flatMap(ModerationSeverity.init(rawValue:))
        else { return nil }
        self.init(
            flag: flag, rule: rule, ruleCategory: data["rule_category"]?.stringValue ?? "", severity: severity,
            field: data["field"]?.stringValue ?? "", matched: data["matched"]?.stringValue ?? "", start: Int(data["start"]?.intValue ?? 0),
            end: Int(data["end"]?.intValue ?? 0), rulePack: data["rule_pack"]?.stringValue ?? "")
    }

    /// The state a flag starts in: a warning is on record, the rest wait for a reviewer.
    public var state: FlagState { severity == .warn ? .noted : .open }
}
