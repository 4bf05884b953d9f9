/// `flag.decided`: a reviewer cleared or upheld a flag, or asked the merchant for an edit.
public struct FlagDecided: LedgerPayload, Equatable {
    public static let type = LedgerEventType.flagDecided
    public var flag: Int64
    public var rule: String
    public var decision: FlagDecision
    public var matched: String
    /// The reviewer's note, one line.
    public var note: String?

    public init(flag: Int64, rule: String, decision: FlagDecision, matched: String, note: String? = nil) {
        self.flag = flag
        self.rule = rule
        self.decision = decision
        self.matched = matched
        self.note = note
    }

    public var data: [String: JSONValue] {
        var d: [String: JSONValue] = ["flag": .int(flag), "rule": .string(rule), "decision": .string(decision.rawValue), "matched": .string(matched)]
        if let note { d["note"] = .string(note) }
        return d
    }

    public init?(data: JSONValue) {
        guard let flag = data["flag"]?.intValue, let decision = data["decision"]?.stringValue.flatMap(FlagDecision.init(rawValue:)) else {
            return nil
        }
        self.init(
            flag: flag, rule: data["rule"]?.stringValue ?? "", decision: decision, matched: data["matched"]?.stringValue ?? "",
            note: data["note"]?.stringValue)
    }
}
