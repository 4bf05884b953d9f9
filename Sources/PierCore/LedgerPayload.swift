/// The typed data of one type of ledger event: the one place its keys are spelled, with one
/// encoder (`data`) and one decoder (`init?(data:)`). The encoder writes the keys the ledger
/// has always stored, so an event's canonical bytes, and every chain's hashes, do not depend
/// on the type.
public protocol LedgerPayload: Sendable {
    /// The event type this is the data of.
    static var type: LedgerEventType { get }
    /// The event's data object.
    var data: [String: JSONValue] { get }
    /// Reads an event's data; nil when a key it needs is missing or of another kind.
    init?(data: JSONValue)
}

extension LedgerEvent {
    /// The event's typed data, when it is of `P`'s type and reads as one.
    public func payload<P: LedgerPayload>(_: P.Type) -> P? {
        type == P.type.rawValue ? P(data: data) : nil
    }
}
