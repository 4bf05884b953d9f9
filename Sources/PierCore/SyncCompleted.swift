/// `sync.completed`: the onboarding's catalogue sync ended, how long it took and how many
/// listings it published.
public struct SyncCompleted: LedgerPayload, Equatable {
    public static let type = LedgerEventType.syncCompleted
    public var durationMillis: Int64
    public var published: Int

    public init(durationMillis: Int64, published: Int) {
        self.durationMillis = durationMillis
        self.published = published
    }

    public var data: [String: JSONValue] { ["duration_ms": .int(durationMillis), "published": .number(published)] }

    public init?(data: JSONValue) {
        guard let ms = data["duration_ms"]?.intValue, let published = data["published"]?.intValue else { return nil }
        self.init(durationMillis: ms, published: Int(published))
    }
}
