/// The event type a payload shared by several types is written as (a cancellation or a failed
/// delivery, an app's call or its refusal, a product created or updated).
public protocol PayloadKind: Sendable {
    static var type: LedgerEventType { get }
}
