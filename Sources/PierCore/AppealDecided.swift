/// `appeal.decided`: a reviewer granted or denied the pending appeal on a flag.
public struct AppealDecided: LedgerPayload, Equatable {
    public static let type = LedgerEventType.appealDecided
    public var flag: Int64
    public var number: Int
    public var decision: AppealDecision
    public var rule: String
    /// The reviewer's note, one line.
    public var note: String?

    public init(flag: Int64, number: Int, decision: AppealDecision, rule: String, note: String? = nil) {
        self.flag = flag
        self.number = number
        self.decision = decision
        self.rule = rule
        self.note = note
    }

    public var data: [String: JSONValue] {
        var d: [String: JSONValue] = ["flag": .int(flag), "number": .number(number), "decision": .string(decision.rawValue), "rule": .string(rule)]
        if let note { d["note"] = .string(note) }
        return d
    }

    public init?(data: JSONValue) {
        guard let flag = data["flag"]?.intValue, let decision = data["decision"]?.stringValue.flatMap(AppealDecision.init(rawValue:)) else {
            return nil
        }
        self.init(
            flag: flag, number: Int(data["number"]?.intValue ?? 0), decision: decision, rule: data["rule"]?.stringValue ?? "",
            note: data["note"]?.stringValue)
    }
}
