/// `fix.reverted`: a person undid a catalogue workbench fix with a compensating event (the fix's
/// own event stays in the ledger). Who and when are the event's operator stamp.
public struct FixReverted: LedgerPayload, Equatable {
    public static let type = LedgerEventType.fixReverted
    public var fix: Int64

    public init(fix: Int64) { self.fix = fix }

    public var data: [String: JSONValue] { ["fix": .int(fix)] }

    public init?(data: JSONValue) {
        guard let fix = data["fix"]?.intValue else { return nil }
        self.init(fix: fix)
    }
}
