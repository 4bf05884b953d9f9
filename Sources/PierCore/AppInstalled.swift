/// `app.installed`: the merchant consented to a Partner App's scopes and Pier installed it.
public struct AppInstalled: LedgerPayload, Equatable {
    public static let type = LedgerEventType.appInstalled
    public var app: String
    public var name: String
    public var category: String
    /// The scopes consented to, as the marketplace declares them.
    public var scopes: [String]
    public var minimumTier: String

    public init(app: String, name: String, category: String, scopes: [String], minimumTier: String) {
        self.app = app
        self.name = name
        self.category = category
        self.scopes = scopes
        self.minimumTier = minimumTier
    }

    /// The install of a marketplace app, consenting to exactly its declared scopes.
    public init(_ partner: PartnerApp) {
        self.init(
            app: partner.id, name: partner.name, category: partner.category, scopes: partner.scopes.map(\.rawValue),
            minimumTier: partner.minimumTier.rawValue)
    }

    public var data: [String: JSONValue] {
        [
            "app": .string(app), "name": .string(name), "category": .string(category), "scopes": .array(scopes.map(JSONValue.string)),
            "consented": true, "minimum_tier": .string(minimumTier),
        ]
    }

    public init?(data: JSONValue) {
        guard let app = data["app"]?.stringValue else { return nil }
        self.init(
            app: app, name: data["name"]?.stringValue ?? "", category: data["category"]?.stringValue ?? "",
            scopes: (data["scopes"]?.arrayValue ?? []).compactMap(\.stringValue), minimumTier: data["minimum_tier"]?.stringValue ?? "")
    }
}
