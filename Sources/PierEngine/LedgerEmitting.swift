import PierCore

/// A run that writes ledger events (onboarding, trading, the merchant-side and fix syncs, the
/// publisher): each says where an event goes; the typed form is spelled once, here.
protocol LedgerEmitting {
    /// Appends one event of `type` with its data.
    mutating func emit(_ at: Int64, _ type: LedgerEventType, _ actor: String, sku: String?, _ data: JSONValue)
}

extension LedgerEmitting {
    /// Appends a typed event: its type is the payload's own; the operator's stamp (`operator`,
    /// `wall_clock`), if any, beside the payload's keys.
    mutating func emit<P: LedgerPayload>(_ at: Int64, _ actor: String, sku: String? = nil, _ payload: P, stamp: [String: JSONValue] = [:]) {
        emit(at, P.type, actor, sku: sku, .object(stamp.merging(payload.data) { _, b in b }))
    }
}
