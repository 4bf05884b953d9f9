/// A TikTok Shop selling region a seller's stock is held for.
public enum Region: String, CaseIterable, Sendable, Codable, Comparable {
    case us = "US"
    case eu = "EU"
    case uk = "UK"

    public static func < (a: Region, b: Region) -> Bool { a.rawValue < b.rawValue }
}

/// A source commerce platform a merchant's catalogue comes from.
public enum SourcePlatform: String, CaseIterable, Sendable, Codable {
    case shopify, woocommerce, amazon

    public var title: String {
        switch self {
        case .shopify: "Shopify"
        case .woocommerce: "WooCommerce"
        case .amazon: "Amazon"
        }
    }
}
