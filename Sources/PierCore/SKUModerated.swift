/// `sku.moderated`: moderation held or rejected a SKU (a pass writes no event).
public struct SKUModerated: LedgerPayload, Equatable {
    public static let type = LedgerEventType.skuModerated
    /// Held for review or rejected.
    public var outcome: ModerationOutcome
    /// The TikTok Shop product taken down because the SKU was live, if it was.
    public var takenDown: String?
    /// The catalogue fix whose new values moderation stopped, if a fix caused it.
    public var fix: Int64?

    public init(outcome: ModerationOutcome, takenDown: String? = nil, fix: Int64? = nil) {
        self.outcome = outcome
        self.takenDown = takenDown
        self.fix = fix
    }

    public var data: [String: JSONValue] {
        var d: [String: JSONValue] = ["outcome": .string(outcome.rawValue)]
        if let takenDown { d.merge(TakeDown.data(takenDown)) { _, new in new } }
        if let fix { d.merge(TakeDown.cause(fix: fix)) { _, new in new } }
        return d
    }

    public init?(data: JSONValue) {
        guard let outcome = data["outcome"]?.stringValue.flatMap(ModerationOutcome.init(rawValue:)) else { return nil }
        self.init(outcome: outcome, takenDown: TakeDown.product(in: data), fix: data["fix"]?.intValue)
    }
}
