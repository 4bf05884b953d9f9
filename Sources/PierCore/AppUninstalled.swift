/// `app.uninstalled`: the merchant removed a Partner App; its scopes are revoked at once.
public struct AppUninstalled: LedgerPayload, Equatable {
    public static let type = LedgerEventType.appUninstalled
    public var app: String
    public var revokedScopes: [String]

    public init(app: String, revokedScopes: [String]) {
        self.app = app
        self.revokedScopes = revokedScopes
    }

    public var data: [String: JSONValue] { ["app": .string(app), "revoked_scopes": .array(revokedScopes.map(JSONValue.string))] }

    public init?(data: JSONValue) {
        guard let app = data["app"]?.stringValue else { return nil }
        self.init(app: app, revokedScopes: (data["revoked_scopes"]?.arrayValue ?? []).compactMap(\.stringValue))
    }
}
