/// `oauth.token_issued`: TikTok Shop issued the seller's tokens; their lifetimes in seconds.
public struct OAuthTokenIssued: LedgerPayload, Equatable {
    public static let type = LedgerEventType.oauthTokenIssued
    public var accessExpiresIn: Int64
    public var refreshExpiresIn: Int64

    /// TikTok Shop's lifetimes: a week for the access token, a year for the refresh token.
    public init(accessExpiresIn: Int64 = 604_800, refreshExpiresIn: Int64 = 31_536_000) {
        self.accessExpiresIn = accessExpiresIn
        self.refreshExpiresIn = refreshExpiresIn
    }

    public var data: [String: JSONValue] {
        ["access_token_expires_in": .int(accessExpiresIn), "refresh_token_expires_in": .int(refreshExpiresIn)]
    }

    public init?(data: JSONValue) {
        guard let access = data["access_token_expires_in"]?.intValue, let refresh = data["refresh_token_expires_in"]?.intValue else { return nil }
        self.init(accessExpiresIn: access, refreshExpiresIn: refresh)
    }
}
