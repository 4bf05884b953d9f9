/// `connect.completed`: the seller is connected (OAuth, shop, webhooks, apps), this long after
/// onboarding started.
public struct ConnectCompleted: LedgerPayload, Equatable {
    public static let type = LedgerEventType.connectCompleted
    public var durationMillis: Int64

    public init(durationMillis: Int64) { self.durationMillis = durationMillis }

    public var data: [String: JSONValue] { ["duration_ms": .int(durationMillis)] }

    public init?(data: JSONValue) {
        guard let ms = data["duration_ms"]?.intValue else { return nil }
        self.init(durationMillis: ms)
    }
}
