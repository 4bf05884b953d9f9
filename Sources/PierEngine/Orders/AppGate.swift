import PierCore

/// The only way an installed partner app acts on a seller's data: each action names the scope
/// it needs, and an app that did not declare (and the seller did not consent to) that scope is
/// refused, with the scope named. Both outcomes are ledgered by the caller.
public struct AppGate: Sendable {
    public let installed: [PartnerApp]

    public init(installed: [PartnerApp]) { self.installed = installed }

    /// Why an app may not do something.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let app: String
        public let scope: Scope
        public let action: String
        public var description: String { "\(app) may not \(action): scope \(scope.rawValue) was not granted" }
    }

    /// The installed app in a category that declares a scope (the first by id), if any.
    public func app(category: String, with scope: Scope) -> PartnerApp? {
        installed.filter { $0.category == category && $0.allows(scope) }.sorted { $0.id < $1.id }.first
    }

    /// The installed apps of a category.
    public func apps(category: String) -> [PartnerApp] {
        installed.filter { $0.category == category }.sorted { $0.id < $1.id }
    }

    /// Checks one action of an app.
    public func check(_ app: PartnerApp, _ scope: Scope, action: String) -> Result<Void, Refusal> {
        guard installed.contains(where: { $0.id == app.id }) else {
            return .failure(Refusal(app: app.id, scope: scope, action: action + " (the app is not installed)"))
        }
        return app.allows(scope) ? .success(()) : .failure(Refusal(app: app.id, scope: scope, action: action))
    }
}
