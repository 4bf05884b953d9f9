/// `webhooks.registered`: Pier subscribed to these TikTok Shop webhook topics.
public struct WebhooksRegistered: LedgerPayload, Equatable {
    public static let type = LedgerEventType.webhooksRegistered
    public var topics: [String]

    public init(topics: [String]) { self.topics = topics }

    public var data: [String: JSONValue] { ["topics": .array(topics.map(JSONValue.string))] }

    public init?(data: JSONValue) {
        guard let topics = data["topics"]?.arrayValue else { return nil }
        self.init(topics: topics.compactMap(\.stringValue))
    }
}
