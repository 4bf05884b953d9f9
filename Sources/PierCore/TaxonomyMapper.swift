import Foundation

/// A TikTok Shop leaf category and the attributes a listing in it must carry.
public struct TikTokCategory: Sendable, Codable, Equatable {
    public let id: Int64
    public let path: String
    public let requiredAttributes: [String]

    public init(id: Int64, path: String, requiredAttributes: [String]) {
        self.id = id
        self.path = path
        self.requiredAttributes = requiredAttributes
    }
}

/// The mapping tables from each source vocabulary to TikTok category ids.
public struct CategoryMapping: Sendable, Codable, Equatable {
    public let version: String
    /// Shopify taxonomy path (or prefix) → TikTok id; the longest matching prefix wins.
    public let shopify: [String: Int64]
    /// Google taxonomy path (or prefix) → TikTok id.
    public let google: [String: Int64]
    /// WooCommerce category path or leaf name (lower case) → TikTok id.
    public let woocommerce: [String: Int64]
    /// Amazon product type → TikTok id.
    public let amazon: [String: Int64]
    /// A keyword in free text (lower case) → TikTok id.
    public let keywords: [String: Int64]
    /// Shopify taxonomy GID suffix (e.g. `aa-1-13`) → TikTok id; GIDs are hierarchical.
    public let shopifyGID: [String: Int64]
    /// Google taxonomy numeric id → TikTok id.
    public let googleID: [String: Int64]
    public let categories: [TikTokCategory]

    enum CodingKeys: String, CodingKey {
        case version, shopify, google, woocommerce, amazon, keywords, shopifyGID, googleID, categories
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(String.self, forKey: .version)
        shopify = try c.decode([String: Int64].self, forKey: .shopify)
        google = try c.decode([String: Int64].self, forKey: .google)
        woocommerce = try c.decode([String: Int64].self, forKey: .woocommerce)
        amazon = try c.decode([String: Int64].self, forKey: .amazon)
        keywords = try c.decode([String: Int64].self, forKey: .keywords)
        shopifyGID = try c.decodeIfPresent([String: Int64].self, forKey: .shopifyGID) ?? [:]
        googleID = try c.decodeIfPresent([String: Int64].self, forKey: .googleID) ?? [:]
        categories = try c.decode([TikTokCategory].self, forKey: .categories)
    }

    public init(version: String, shopify: [String: Int64], google: [String: Int64], woocommerce: [String: Int64],
                amazon: [String: Int64], keywords: [String: Int64], categories: [TikTokCategory],
                shopifyGID: [String: Int64] = [:], googleID: [String: Int64] = [:]) {
        self.shopifyGID = shopifyGID
        self.googleID = googleID
        self.version = version
        self.shopify = shopify
        self.google = google
        self.woocommerce = woocommerce
        self.amazon = amazon
        self.keywords = keywords
        self.categories = categories
    }
}

/// The outcome of mapping one SKU.
public enum MappingResult: Sendable, Equatable {
    case mapped(TikTokCategory)
    /// No TikTok category for the source category; the reason says which value and why.
    case unmapped(reason: String)
    /// Mapped, but a required attribute is missing, so the SKU is not covered.
    case missingAttribute(TikTokCategory, attribute: String)

    public var category: TikTokCategory? {
        switch self {
        case .mapped(let c), .missingAttribute(let c, _): c
        case .unmapped: nil
        }
    }

    /// Why the SKU is not covered, or nil when it is.
    public var reason: String? {
        switch self {
        case .mapped: nil
        case .unmapped(let r): r
        case .missingAttribute(let c, let a): "missing required attribute '\(a)' for TikTok category \(c.id) (\(c.path))"
        }
    }
}

/// Maps source categories to TikTok Shop leaf categories.
public struct TaxonomyMapper: Sendable {
    public let mapping: CategoryMapping
    private let byID: [Int64: TikTokCategory]
    private let shopify: [String: Int64]
    private let google: [String: Int64]
    private let woo: [String: Int64]

    public init(mapping: CategoryMapping) {
        self.mapping = mapping
        byID = Dictionary(mapping.categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        shopify = Dictionary(mapping.shopify.map { (TaxonomyMapper.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        google = Dictionary(mapping.google.map { (TaxonomyMapper.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        woo = Dictionary(mapping.woocommerce.map { (TaxonomyMapper.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// Normalises a path: segments trimmed, joined by " > ", lower-cased.
    public static func key(_ path: String) -> String {
        var ascii = true
        var out = [UInt8]()
        out.reserveCapacity(path.utf8.count)
        var segment = [UInt8]()
        func flush() {
            while let last = segment.last, last == 0x20 || (last >= 0x09 && last <= 0x0D) { segment.removeLast() }
            guard !segment.isEmpty else { return }
            if !out.isEmpty { out.append(contentsOf: [0x20, 0x3E, 0x20]) }
            out.append(contentsOf: segment)
            segment.removeAll(keepingCapacity: true)
        }
        for b in path.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b == 0x3E { flush(); continue }
            if segment.isEmpty && (b == 0x20 || (b >= 0x09 && b <= 0x0D)) { continue }
            segment.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        if ascii {
            flush()
            return String(decoding: out, as: UTF8.self)
        }
        return path.split(separator: ">").map { $0.trimmed(newlines: true) }.filter { !$0.isEmpty }
            .joined(separator: " > ").lowercased()
    }

    /// The TikTok category with an id.
    public func category(_ id: Int64) -> TikTokCategory? { byID[id] }

    /// Maps a SKU's source category and checks its required attributes.
    public func map(_ category: SourceCategory, attributes: [String: String]) -> MappingResult {
        let id: Int64?
        switch category {
        case .shopify(let path) where path.hasPrefix("gid://shopify/TaxonomyCategory/"):
            var gid = String(path.dropFirst("gid://shopify/TaxonomyCategory/".count))
            var found: Int64?
            while found == nil && !gid.isEmpty {
                found = mapping.shopifyGID[gid]
                guard let dash = gid.lastIndex(of: "-") else { break }
                gid = String(gid[..<dash])
            }
            id = found
        case .shopify(let path): id = TaxonomyMapper.longestPrefix(TaxonomyMapper.key(path), in: shopify)
        case .google(let path) where !path.isEmpty && path.allSatisfy(\.isNumber): id = mapping.googleID[path]
        case .google(let path): id = TaxonomyMapper.longestPrefix(TaxonomyMapper.key(path), in: google)
        case .woocommerce(let path):
            let k = TaxonomyMapper.key(path)
            id = TaxonomyMapper.longestPrefix(k, in: woo) ?? k.split(separator: ">").last.flatMap {
                woo[$0.trimmed()]
            }
        case .amazon(let type): id = mapping.amazon[type.uppercased()]
        case .freeText(let text):
            let words = TaxonomyMapper.words(text)
            id = mapping.keywords.keys.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
                .first { words.contains(TaxonomyMapper.words($0)) }.flatMap { mapping.keywords[$0] }
        case .none: return .unmapped(reason: "no source category")
        }
        guard let id else {
            return .unmapped(reason: "no TikTok Shop category for \(category.label)")
        }
        guard let cat = byID[id] else {
            return .unmapped(reason: "mapping points at unknown TikTok category \(id)")
        }
        for attr in cat.requiredAttributes where (attributes[attr] ?? "").trimmed().isEmpty {
            return .missingAttribute(cat, attribute: attr)
        }
        return .mapped(cat)
    }

    /// " word word " in lower case, for whole-word keyword matching ("ring" is not in "string").
    static func words(_ text: String) -> String {
        " " + text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : " " }.joined()
            .split(separator: " ").joined(separator: " ") + " "
    }

    private static func longestPrefix(_ key: String, in table: [String: Int64]) -> Int64? {
        var probe = key
        while true {
            if let id = table[probe] { return id }
            guard let cut = probe.range(of: " > ", options: .backwards) else { return nil }
            probe = String(probe[..<cut.lowerBound])
        }
    }
}
