/// A permission an installed partner app may use, e.g. `catalog.read`, `customer.pii.read`.
public struct Scope: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ raw: String) { self.rawValue = raw }
    public var description: String { rawValue }
    public static func < (a: Scope, b: Scope) -> Bool { a.rawValue < b.rawValue }

    /// Whether this scope reads personal data, which only Premium allows.
    public var isPII: Bool { rawValue.hasPrefix("customer.pii") }

    /// The scope a shipping app creates shipments with; its activity routes an order.
    public static let fulfilmentWrite = Scope("fulfillment.write")
}

/// An app in the Partner App Marketplace with the scopes it declares and the tier it needs.
public struct PartnerApp: Sendable, Hashable, Codable {
    public let id: String
    public let name: String
    /// reviews, email, shipping, support, multichannel…
    public let category: String
    public let scopes: [Scope]
    public let minimumTier: Tier
    public let summary: String

    public init(id: String, name: String, category: String, scopes: [Scope], minimumTier: Tier, summary: String) {
        self.id = id
        self.name = name
        self.category = category
        self.scopes = scopes
        self.minimumTier = minimumTier
        self.summary = summary
    }

    /// Whether the app may act with `scope` (it declared it).
    public func allows(_ scope: Scope) -> Bool { scopes.contains(scope) }
}
