/// A Partner App's call with one of its scopes: ledgered as activity when the seller granted
/// the scope, as a refusal naming it when not; told apart by `Kind`. What the call was about
/// (the order, a rating, the day) is kept beside the fixed fields.
public struct AppCall<Kind: PayloadKind>: LedgerPayload, Equatable {
    public static var type: LedgerEventType { Kind.type }
    public var app: String
    public var scope: String
    /// What the app set out to do, in words.
    public var action: String
    /// What the call was about: `order`, `rating`, `day`, `contact`, `reason`… A refusal's
    /// `reason` is the gate's.
    public var details: [String: JSONValue]

    static var fixedKeys: Set<String> { ["app", "scope", "action"] }

    public init(app: String, scope: String, action: String, details: [String: JSONValue] = [:]) {
        self.app = app
        self.scope = scope
        self.action = action
        self.details = details.filter { !Self.fixedKeys.contains($0.key) }
    }

    /// The order the call was about, if it was about one.
    public var order: String? { details["order"]?.stringValue }
    /// The call's reason: a ticket's, or the gate's for a refusal.
    public var reason: String? { details["reason"]?.stringValue }

    public var data: [String: JSONValue] {
        var d = details
        d["app"] = .string(app)
        d["scope"] = .string(scope)
        d["action"] = .string(action)
        return d
    }

    public init?(data: JSONValue) {
        guard let fields = data.objectValue, let app = fields["app"]?.stringValue, let scope = fields["scope"]?.stringValue else { return nil }
        self.init(app: app, scope: scope, action: fields["action"]?.stringValue ?? "", details: fields)
    }
}

/// `app.activity`: an installed app acted within its scopes.
public typealias AppActivity = AppCall<AppActivityKind>
/// `app.call_refused`: Pier's gate refused an app's call outside the scopes it was granted.
public typealias AppCallRefused = AppCall<AppCallRefusedKind>

public enum AppActivityKind: PayloadKind { public static var type: LedgerEventType { .appActivity } }
public enum AppCallRefusedKind: PayloadKind { public static var type: LedgerEventType { .appCallRefused } }

extension AppCall where Kind == AppActivityKind {
    /// The same call refused by the gate for `reason` (which replaces any reason of the call's).
    public func refused(_ reason: String) -> AppCallRefused {
        var d = details
        d["reason"] = .string(reason)
        return AppCallRefused(app: app, scope: scope, action: action, details: d)
    }
}
