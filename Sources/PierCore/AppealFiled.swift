/// `appeal.filed`: the merchant appealed an upheld flag.
public struct AppealFiled: LedgerPayload, Equatable {
    public static let type = LedgerEventType.appealFiled
    public var flag: Int64
    /// 1 for the first appeal on the flag, 2 for the second.
    public var number: Int
    public var statement: String
    public var evidence: String

    public init(flag: Int64, number: Int, statement: String, evidence: String) {
        self.flag = flag
        self.number = number
        self.statement = statement
        self.evidence = evidence
    }

    public var data: [String: JSONValue] {
        ["flag": .int(flag), "number": .number(number), "statement": .string(statement), "evidence": .string(evidence)]
    }

    public init?(data: JSONValue) {
        guard let flag = data["flag"]?.intValue else { return nil }
        self.init(
            flag: flag, number: Int(data["number"]?.intValue ?? 0), statement: data["statement"]?.stringValue ?? "",
            evidence: data["evidence"]?.stringValue ?? "")
    }
}
