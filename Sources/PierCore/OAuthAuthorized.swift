/// `oauth.authorized`: the merchant authorised Pier on TikTok Shop, consenting to these scopes.
public struct OAuthAuthorized: LedgerPayload, Equatable {
    public static let type = LedgerEventType.oauthAuthorized
    public var scopes: [String]

    public init(scopes: [String]) { self.scopes = scopes }

    public var data: [String: JSONValue] { ["scopes": .array(scopes.map(JSONValue.string))] }

    public init?(data: JSONValue) {
        guard let scopes = data["scopes"]?.arrayValue else { return nil }
        self.init(scopes: scopes.compactMap(\.stringValue))
    }
}
