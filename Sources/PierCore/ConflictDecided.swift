/// `conflict.decided`: a person accepted a queued conflict's resolved value or took the
/// merchant's or TikTok's, with a reason.
public struct ConflictDecided: LedgerPayload, Equatable {
    public static let type = LedgerEventType.conflictDecided
    /// The change event the conflict came from, and its field.
    public var eventID: String
    public var field: String
    public var choice: ConflictChoice
    /// The value taken: a number for a price or a stock, written as one.
    public var value: String
    public var reason: String

    public init(eventID: String, field: String, choice: ConflictChoice, value: String, reason: String) {
        self.eventID = eventID
        self.field = field
        self.choice = choice
        self.value = value
        self.reason = reason
    }

    /// The value as a number, when it is one (a price or a stock to hold).
    public var number: Int64? { Int64(value) }

    public var data: [String: JSONValue] {
        [
            "event_id": .string(eventID), "field": .string(field), "choice": .string(choice.rawValue),
            "value": number.map(JSONValue.int) ?? .string(value), "reason": .string(reason),
        ]
    }

    public init?(data: JSONValue) {
        guard let eventID = data["event_id"]?.stringValue, let field = data["field"]?.stringValue,
            let choice = data["choice"]?.stringValue.flatMap(ConflictChoice.init(rawValue:))
        else { return nil }
        let value = data["value"].map { v in v.intValue.map(String.init) ?? v.stringValue ?? "" } ?? ""
        self.init(eventID: eventID, field: field, choice: choice, value: value, reason: data["reason"]?.stringValue ?? "")
    }
}
