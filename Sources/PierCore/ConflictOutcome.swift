/// The data of `conflict.resolved` and `conflict.queued`: how one conflicting change was
/// resolved, both values, the policy and the winner (the SKU and time are the event's).
public struct ConflictOutcome: Sendable, Equatable {
    public var eventID: String
    public var field: String
    public var merchant: String
    public var tiktok: String
    public var resolved: String
    public var policy: String
    public var winner: String

    public init(_ r: Resolution) {
        eventID = r.eventID
        field = r.field
        merchant = r.merchantValue
        tiktok = r.tiktokValue
        resolved = r.resolvedValue
        policy = r.policy
        winner = r.winner
    }

    public var data: [String: JSONValue] {
        [
            "event_id": .string(eventID), "field": .string(field), "merchant": .string(merchant), "tiktok": .string(tiktok),
            "resolved": .string(resolved), "policy": .string(policy), "winner": .string(winner),
        ]
    }

    public init?(data: JSONValue) {
        guard let eventID = data["event_id"]?.stringValue, let field = data["field"]?.stringValue else { return nil }
        self.eventID = eventID
        self.field = field
        merchant = data["merchant"]?.stringValue ?? ""
        tiktok = data["tiktok"]?.stringValue ?? ""
        resolved = data["resolved"]?.stringValue ?? ""
        policy = data["policy"]?.stringValue ?? ""
        winner = data["winner"]?.stringValue ?? ""
    }

    /// The resolution of an event about `sku` at `at`; `needsHuman` for the queue.
    public func resolution(sku: String, at: Int64, needsHuman: Bool) -> Resolution {
        Resolution(
            eventID: eventID, sku: sku, field: field, merchantValue: merchant, tiktokValue: tiktok, resolvedValue: resolved, policy: policy,
            winner: winner, needsHuman: needsHuman, at: at)
    }
}

extension LedgerEvent {
    /// The resolution a `conflict.resolved` or `conflict.queued` event records.
    public var resolution: Resolution? {
        guard kind == .conflictResolved || kind == .conflictQueued, let sku, let o = ConflictOutcome(data: data) else { return nil }
        return o.resolution(sku: sku, at: at, needsHuman: kind == .conflictQueued)
    }
}
