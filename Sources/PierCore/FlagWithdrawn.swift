/// `flag.withdrawn`: the rule no longer matches the product (the merchant changed it).
public struct FlagWithdrawn: LedgerPayload, Equatable {
    public static let type = LedgerEventType.flagWithdrawn
    public var flag: Int64
    public var rule: String
    public var reason: String

    public init(flag: Int64, rule: String, reason: String) {
        self.flag = flag
        self.rule = rule
        self.reason = reason
    }

    public var data: [String: JSONValue] { ["flag": .int(flag), "rule": .string(rule), "reason": .string(reason)] }

    public init?(data: JSONValue) {
        guard let flag = data["flag"]?.intValue else { return nil }
        self.init(flag: flag, rule: data["rule"]?.stringValue ?? "", reason: data["reason"]?.stringValue ?? "")
    }
}
