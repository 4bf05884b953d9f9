/// How one conflicting change was resolved: both values, the policy and the winner (the SKU and
/// time are the event's). Resolved by policy (`conflict.resolved`) or queued for a human
/// (`conflict.queued`), told apart by `Kind`.
public struct ConflictOutcome<Kind: PayloadKind>: LedgerPayload, Equatable {
    public static var type: LedgerEventType { Kind.type }
    /// Whether this kind waits for a human in the conflict queue.
    public static var needsHuman: Bool { type == .conflictQueued }
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

    /// The resolution of an event about `sku` at `at`.
    public func resolution(sku: String, at: Int64) -> Resolution {
        Resolution(
            eventID: eventID, sku: sku, field: field, merchantValue: merchant, tiktokValue: tiktok, resolvedValue: resolved, policy: policy,
            winner: winner, needsHuman: Self.needsHuman, at: at)
    }
}

/// `conflict.resolved`: a policy resolved the conflict.
public typealias ConflictResolved = ConflictOutcome<ConflictResolvedKind>
/// `conflict.queued`: the conflict waits for a human in the queue.
public typealias ConflictQueued = ConflictOutcome<ConflictQueuedKind>

public enum ConflictResolvedKind: PayloadKind { public static var type: LedgerEventType { .conflictResolved } }
public enum ConflictQueuedKind: PayloadKind { public static var type: LedgerEventType { .conflictQueued } }

extension Resolution {
    /// The ledger's record of this resolution: queued when it needs a human, else resolved.
    public var outcome: any LedgerPayload { needsHuman ? ConflictQueued(self) : ConflictResolved(self) }

    /// The resolution an event of `type` about `sku` at `at` records: the type, not the data,
    /// says whether it was queued; nil for another type or data it cannot read.
    public static func recorded(_ type: LedgerEventType?, _ data: JSONValue, sku: String, at: Int64) -> Resolution? {
        switch type {
        case .conflictQueued?: ConflictQueued(data: data)?.resolution(sku: sku, at: at)
        case .conflictResolved?: ConflictResolved(data: data)?.resolution(sku: sku, at: at)
        default: nil
        }
    }
}

extension LedgerEvent {
    /// The resolution a `conflict.resolved` or `conflict.queued` event records.
    public var resolution: Resolution? { sku.flatMap { Resolution.recorded(kind, data, sku: $0, at: at) } }
}
