import Foundation

/// A TikTok Shop leaf category and the attributes a listing in it must, or should, carry.
public struct TikTokCategory: Sendable, Codable, Equatable {
    public let id: Int64
    public let path: String
    /// Properties TikTok's category rules require: the SKU waits as "needs attribute X" without them.
    public let requiredAttributes: [String]
    /// Properties TikTok asks for and buyers filter on: filled from the data when it has them,
    /// reported when it does not, never a reason to hold the listing back.
    public let recommendedAttributes: [String]

    public init(id: Int64, path: String, requiredAttributes: [String], recommendedAttributes: [String] = []) {
        self.id = id
        self.path = path
        self.requiredAttributes = requiredAttributes
        self.recommendedAttributes = recommendedAttributes
    }

    enum CodingKeys: String, CodingKey { case id, path, requiredAttributes, recommendedAttributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        path = try c.decode(String.self, forKey: .path)
        requiredAttributes = try c.decode([String].self, forKey: .requiredAttributes)
        recommendedAttributes = try c.decodeIfPresent([String].self, forKey: .recommendedAttributes) ?? []
    }
}

/// What a source category or a product's text maps to when it is not a TikTok leaf.
public struct MappingOutcome: Sendable, Codable, Equatable {
    /// The kind of outcome.
    public enum Kind: String, Sendable, Codable {
        /// An allowed good with no fitting leaf in the tree (food, human supplements).
        case noCategory = "no-category"
        /// Not a physical good: services, gift cards, digital goods, tickets, subscriptions.
        case notEligible = "not-eligible"
        /// A branch of goods TikTok Shop prohibits; moderation rejects the SKU with the rule.
        case prohibited
    }

    public let kind: Kind
    public let reason: String
    /// For a prohibited branch, the moderation rule a SKU filed under it is rejected with.
    public let rule: String?

    public init(kind: Kind, reason: String, rule: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.rule = rule
    }
}

/// The mapping tables from each source vocabulary to TikTok category ids. A negative id names a
/// `MappingOutcome` instead of a leaf.
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
    /// Shopify taxonomy GID suffix (e.g. `aa-1-13`) → TikTok id; GIDs are hierarchical.
    public let shopifyGID: [String: Int64]
    /// Google taxonomy numeric id → TikTok id.
    public let googleID: [String: Int64]
    public let categories: [TikTokCategory]
    /// Negative ids: what they mean.
    public let outcomes: [String: MappingOutcome]
    /// The classifier's lexicon: term → [[id, weight]].
    public let lexicon: [String: [[Double]]]
    /// Other languages and spellings → the tree's English words.
    public let synonyms: [String: String]
    /// Words that never decide a category (function words, colours, materials, modifiers).
    public let stopWords: [String]
    /// Phrases that make a product not eligible for TikTok Shop.
    public let eligibility: EligibilityRules.Table
    /// Branches for a particular buyer or use (pets, babies, cars): the text must name one of the words.
    public let qualifiers: [CategoryClassifier.Qualifier]
    /// Words that name a product (heads of the trees' names), as the classifier reads a title's head.
    public let heads: [String]
    /// Product nouns of the languages that name the product first: a title opening with one is read head first.
    public let headFirst: [String]
    /// Words only Spanish, Portuguese, French and Italian use: a title with two of them is read head first.
    public let romance: [String]
    /// Buyer (`women`, `men`, `boys`, `girls`, or `both`) → the words that name them.
    public let audiences: [String: [String]]
    /// A leaf of one buyer's branch → buyer → the same kind of leaf in that buyer's branch.
    public let counterparts: [String: [String: Int64]]
    /// Language code → the words it means otherwise than English, read only in products written in it.
    public let languages: [String: LanguageWords]

    enum CodingKeys: String, CodingKey {
        case version, shopify, google, woocommerce, amazon, shopifyGID, googleID, categories, outcomes, lexicon, synonyms, stopWords, eligibility, qualifiers,
            heads, headFirst, romance, audiences, counterparts, languages
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(String.self, forKey: .version)
        shopify = try c.decode([String: Int64].self, forKey: .shopify)
        google = try c.decode([String: Int64].self, forKey: .google)
        woocommerce = try c.decode([String: Int64].self, forKey: .woocommerce)
        amazon = try c.decode([String: Int64].self, forKey: .amazon)
        shopifyGID = try c.decodeIfPresent([String: Int64].self, forKey: .shopifyGID) ?? [:]
        googleID = try c.decodeIfPresent([String: Int64].self, forKey: .googleID) ?? [:]
        categories = try c.decode([TikTokCategory].self, forKey: .categories)
        outcomes = try c.decodeIfPresent([String: MappingOutcome].self, forKey: .outcomes) ?? [:]
        lexicon = try c.decodeIfPresent([String: [[Double]]].self, forKey: .lexicon) ?? [:]
        synonyms = try c.decodeIfPresent([String: String].self, forKey: .synonyms) ?? [:]
        stopWords = try c.decodeIfPresent([String].self, forKey: .stopWords) ?? []
        eligibility = try c.decodeIfPresent(EligibilityRules.Table.self, forKey: .eligibility) ?? EligibilityRules.Table(label: [], body: [], allow: [])
        qualifiers = try c.decodeIfPresent([CategoryClassifier.Qualifier].self, forKey: .qualifiers) ?? []
        heads = try c.decodeIfPresent([String].self, forKey: .heads) ?? []
        headFirst = try c.decodeIfPresent([String].self, forKey: .headFirst) ?? []
        romance = try c.decodeIfPresent([String].self, forKey: .romance) ?? []
        audiences = try c.decodeIfPresent([String: [String]].self, forKey: .audiences) ?? [:]
        counterparts = try c.decodeIfPresent([String: [String: Int64]].self, forKey: .counterparts) ?? [:]
        languages = try c.decodeIfPresent([String: LanguageWords].self, forKey: .languages) ?? [:]
    }

    public init(
        version: String, shopify: [String: Int64], google: [String: Int64], woocommerce: [String: Int64],
        amazon: [String: Int64], categories: [TikTokCategory],
        shopifyGID: [String: Int64] = [:], googleID: [String: Int64] = [:], outcomes: [String: MappingOutcome] = [:],
        lexicon: [String: [[Double]]] = [:], synonyms: [String: String] = [:], stopWords: [String] = [],
        eligibility: EligibilityRules.Table = EligibilityRules.Table(label: [], body: [], allow: []),
        qualifiers: [CategoryClassifier.Qualifier] = [], heads: [String] = [], headFirst: [String] = [],
        romance: [String] = [], audiences: [String: [String]] = [:], counterparts: [String: [String: Int64]] = [:],
        languages: [String: LanguageWords] = [:]
    ) {
        self.languages = languages
        self.romance = romance
        self.audiences = audiences
        self.counterparts = counterparts
        self.heads = heads
        self.headFirst = headFirst
        self.stopWords = stopWords
        self.qualifiers = qualifiers
        self.eligibility = eligibility
        self.shopifyGID = shopifyGID
        self.googleID = googleID
        self.version = version
        self.shopify = shopify
        self.google = google
        self.woocommerce = woocommerce
        self.amazon = amazon
        self.categories = categories
        self.outcomes = outcomes
        self.lexicon = lexicon
        self.synonyms = synonyms
    }
}

/// The outcome of mapping one SKU.
public enum MappingResult: Sendable, Equatable {
    case mapped(TikTokCategory)
    /// Needs a category: nothing maps with enough confidence; the reason names the best candidates.
    case unmapped(reason: String)
    /// Mapped, but a required attribute is missing, so the SKU is not covered.
    case missingAttribute(TikTokCategory, attribute: String)
    /// An allowed good with no TikTok Shop category (food, human supplements).
    case noCategory(reason: String)
    /// Not a physical good TikTok Shop sells (service, gift card, digital, ticket, subscription).
    case notEligible(reason: String)

    public var category: TikTokCategory? {
        switch self {
        case .mapped(let c), .missingAttribute(let c, _): c
        case .unmapped, .noCategory, .notEligible: nil
        }
    }

    /// The kinds of outcome, as the ledger spells them (`sku.unmapped`'s `kind`).
    public enum Kind: String, Sendable, CaseIterable {
        case mapped
        case needsCategory = "needs-category"
        case needsAttribute = "needs-attribute"
        case noCategory = "no-category"
        case notEligible = "not-eligible"
    }

    /// The outcome's kind.
    public var kind: Kind {
        switch self {
        case .mapped: .mapped
        case .unmapped: .needsCategory
        case .missingAttribute: .needsAttribute
        case .noCategory: .noCategory
        case .notEligible: .notEligible
        }
    }

    /// Why the SKU is not covered, or nil when it is.
    public var reason: String? {
        switch self {
        case .mapped: nil
        case .unmapped(let r): r
        case .noCategory(let r): "no TikTok Shop category: \(r)"
        case .notEligible(let r): "not eligible for TikTok Shop: \(r)"
        case .missingAttribute(let c, let a): "needs attribute '\(a)' for TikTok category \(c.id) (\(c.path))"
        }
    }
}

/// How a SKU's category was decided, for the ledger and the workbench.
public struct Classification: Sendable, Equatable {
    /// Where the category came from.
    public enum Source: String, Sendable {
        /// The merchant's own category, through the generated map.
        case merchant
        /// The product's own text, because the merchant's category was missing, generic,
        /// contradicted by the product, or mapped to nothing.
        case text
        /// Neither decided.
        case none
        /// A person's fix in the catalogue workbench.
        case fix
    }

    public let result: MappingResult
    public let source: Source
    /// The text classifier's best candidates (leaves and outcomes), best first.
    public let candidates: [CategoryClassifier.Candidate]

    public init(result: MappingResult, source: Source, candidates: [CategoryClassifier.Candidate]) {
        self.result = result
        self.source = source
        self.candidates = candidates
    }
}

/// Maps source categories to TikTok Shop leaf categories, and products to leaves from their text.
public struct TaxonomyMapper: Sendable {
    public let mapping: CategoryMapping
    /// The text classifier; a copy that reads a product's language replaces it for that product.
    public private(set) var classifier: CategoryClassifier
    /// Leaf → the index of its top level, for comparing departments without splitting paths.
    private let topLevel: [Int64: Int32]
    public let eligibility: EligibilityRules
    /// Who clothes, shoes and bags are for, and their leaves in each buyer's branch.
    public let audiences: Audience.Rules
    private let byID: [Int64: TikTokCategory]
    private let shopify: [String: Int64]
    private let google: [String: Int64]
    private let woo: [String: Int64]
    /// Source paths (normalised keys) and Shopify GIDs that have children in their taxonomy: a
    /// department ("Mobile & Smart Phone Accessories") rather than one kind of product.
    private let departments: Set<String>
    /// Leaf → the first leaf of its branch (its first two levels), for comparing branches.
    private let branch: [Int64: Int64]
    /// Leaf → the words of its own name in order (`nameSequence`), and each such word → the
    /// leaves whose names use it: a title naming a narrower leaf than the merchant's node.
    private let leafNames: [Int64: [Substring]]
    private let leavesNaming: [Substring: [Int64]]
    /// The store's shelves that hold mostly services, tickets, vouchers or downloads, with the
    /// not-eligible outcome most of their products have (`serviceShelves`, `readingShelves`).
    public internal(set) var shelves: [String: Int64] = [:]

    /// The least text score at which a product is classified from its text alone.
    public static let textThreshold = 3.0
    /// The text score at which the product's text overrides a merchant category from another
    /// top level of the tree (a services branch on a face cream, a clothing type on a pram).
    public static let contradictionThreshold = 15.0
    /// The text score at which the product's words narrow a merchant department to another leaf
    /// of the same branch.
    public static let departmentThreshold = 10.0
    /// The attribute an import sets to "false" when the merchant's store ships nothing for the
    /// variant (Shopify's Variant Requires Shipping): such a product is not eligible.
    public static let shipsNothing = "requires_shipping"

    /// Merchant category names that say nothing about the product.
    static let generic: Set<String> = [
        "uncategorized", "uncategorised", "other", "others", "default", "general", "misc",
        "miscellaneous", "all", "all products", "products", "product", "home", "shop", "sale",
        "new", "new arrivals", "featured", "frontpage", "catalog", "none", "sem categoria",
        "sin categoría", "non classé", "senza categoria", "unkategorisiert",
        // Merchandising shelves: they say when or why to buy, not what the product is.
        "new in", "bestsellers", "best sellers", "best seller", "clearance", "offers", "special offers", "deals", "outlet",
        "last chance", "trending", "popular", "black friday", "christmas", "gifts", "gift ideas", "gift sets", "gift set",
        "gifts for her", "gifts for him", "christmas gifts", "stocking fillers", "sale items", "on sale",
        // A clinic's or salon's shelf of what it sells over the counter: the word says how, not what.
        "retail", "retail products", "retail product", "online products", "online shop", "online store", "shop all",
    ]

    /// Whether a merchant category names no product ("Uncategorized", "Sale", "Gift Ideas").
    public static func isGeneric(_ category: String) -> Bool { generic.contains(category.trimmed().lowercased()) }

    public init(mapping: CategoryMapping) {
        self.mapping = mapping
        byID = Dictionary(mapping.categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        shopify = Dictionary(mapping.shopify.map { (TaxonomyMapper.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        google = Dictionary(mapping.google.map { (TaxonomyMapper.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        woo = Dictionary(mapping.woocommerce.map { (TaxonomyMapper.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        var departments = Set<String>()
        for key in Array(shopify.keys) + Array(google.keys) {
            if let cut = key.range(of: " > ", options: .backwards) { departments.insert(String(key[..<cut.lowerBound])) }
        }
        for gid in mapping.shopifyGID.keys {
            if let dash = gid.lastIndex(of: "-") { departments.insert("gid:" + gid[..<dash]) }
        }
        self.departments = departments
        var lexicon = [String: [(id: Int64, weight: Double)]]()
        lexicon.reserveCapacity(mapping.lexicon.count)
        for (term, postings) in mapping.lexicon {
            lexicon[term] = postings.compactMap { p in p.count == 2 ? (id: Int64(p[0]), weight: p[1]) : nil }
        }
        eligibility = EligibilityRules(mapping.eligibility)
        audiences = Audience.Rules(words: mapping.audiences, counterparts: mapping.counterparts)
        var qualified = [Int64: [Set<String>]]()
        var excluded = [Int64: Set<String>]()
        var buyers = [Int64: Set<String>]()
        for q in mapping.qualifiers where q.kind == "exclude" {
            if let id = Int64(q.prefix) { excluded[id, default: []].formUnion(q.words) }
        }
        for c in mapping.categories {
            for q in mapping.qualifiers where q.names(c.path) {
                if q.kind == "require" { qualified[c.id, default: []].append(Set(q.words)) }
                if q.kind == "require" && !q.prefix.hasPrefix("*") { buyers[c.id, default: []].formUnion(q.words) }
                if q.kind == "exclude" { excluded[c.id, default: []].formUnion(q.words) }
            }
        }
        var tops = [Substring: Int32]()
        var topLevel = [Int64: Int32]()
        for c in mapping.categories {
            let t = c.path.split(separator: ">").first ?? ""
            if tops[t] == nil { tops[t] = Int32(tops.count) }
            topLevel[c.id] = tops[t]
        }
        self.topLevel = topLevel
        var branchOf = [String: Int64]()
        var branch = [Int64: Int64]()
        for c in mapping.categories.sorted(by: { $0.id < $1.id }) {
            let key = c.path.split(separator: ">").prefix(2).joined(separator: ">")
            branch[c.id] = branchOf[key] ?? c.id
            if branchOf[key] == nil { branchOf[key] = c.id }
        }
        self.branch = branch
        var leafNames = [Int64: [Substring]]()
        var leavesNaming = [Substring: [Int64]]()
        for c in mapping.categories.sorted(by: { $0.id < $1.id }) {
            guard let name = c.path.split(separator: ">").last, name != "Other" else { continue }
            let words = Self.nameSequence(name)
            leafNames[c.id] = words
            for w in Set(words) { leavesNaming[w, default: []].append(c.id) }
        }
        self.leafNames = leafNames
        self.leavesNaming = leavesNaming
        classifier = CategoryClassifier(
            lexicon: lexicon, synonyms: mapping.synonyms, stopWords: Set(mapping.stopWords),
            qualified: qualified, excluded: excluded, buyers: buyers, branch: branch, heads: Set(mapping.heads),
            headFirst: Set(mapping.headFirst), romance: Set(mapping.romance),
            buyerWords: audiences.buyerWords, languages: mapping.languages)
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

    /// The id a source category maps to (a leaf, or a negative outcome), nil when the map does
    /// not know it; `depth` counts the path's levels; `department` says the path names a node
    /// with children in its taxonomy, or one deeper than the map knows.
    public func sourceID(_ category: SourceCategory) -> (id: Int64, depth: Int, department: Bool)? {
        switch category {
        case .shopify(let path) where path.hasPrefix("gid://shopify/TaxonomyCategory/"):
            var gid = String(path.dropFirst("gid://shopify/TaxonomyCategory/".count))
            let depth = gid.split(separator: "-").count
            var exact = true
            while !gid.isEmpty {
                if let id = mapping.shopifyGID[gid] { return (id, depth, !exact || departments.contains("gid:" + gid)) }
                guard let dash = gid.lastIndex(of: "-") else { break }
                gid = String(gid[..<dash])
                exact = false
            }
            return nil
        case .shopify(let path):
            let k = TaxonomyMapper.key(path)
            return match(k, in: shopify) ?? match(k, in: google)
        case .google(let path) where !path.isEmpty && path.allSatisfy(\.isNumber):
            return mapping.googleID[path].map { ($0, 3, false) }
        case .google(let path):
            let k = TaxonomyMapper.key(path)
            return match(k, in: google) ?? match(k, in: shopify)
        case .woocommerce(let path):
            let k = TaxonomyMapper.key(path.replacingOccurrences(of: "\\", with: ""))
            if let found = TaxonomyMapper.longestPrefix(k, in: woo) { return (found.id, Self.depth(k), false) }
            if let m = match(k, in: shopify) ?? match(k, in: google) { return m }
            // The leaf's own name ("Hoodies") names the product as precisely as a full path.
            return k.split(separator: ">").last.flatMap { woo[$0.trimmed()] }.map { ($0, 3, false) }
        case .amazon(let type): return mapping.amazon[type.uppercased()].map { ($0, 3, false) }
        case .freeText, .none: return nil
        }
    }

    private func match(_ key: String, in table: [String: Int64]) -> (id: Int64, depth: Int, department: Bool)? {
        guard let found = TaxonomyMapper.longestPrefix(key, in: table) else { return nil }
        return (found.id, Self.depth(key), found.key != key || departments.contains(found.key))
    }

    private static func depth(_ key: String) -> Int { key.components(separatedBy: " > ").count }

    /// The outcome a negative id names.
    public func outcome(_ id: Int64) -> MappingOutcome? { mapping.outcomes[String(id)] }

    /// The moderation rule a merchant category prohibits by itself: the rule of the prohibited
    /// branch it maps to ("Mature > Weapons > Gun Care & Accessories" → the firearms rule), nil for
    /// any other category.
    public func prohibitingRule(_ category: SourceCategory) -> String? {
        guard let id = sourceID(category)?.id, id < 0, let o = outcome(id), o.kind == .prohibited else { return nil }
        return o.rule
    }

    /// Maps a SKU's source category alone (its text, for a free-text category) and checks its
    /// required attributes.
    public func map(_ category: SourceCategory, attributes: [String: String]) -> MappingResult {
        classify(CategoryClassifier.Input(title: ""), source: category, attributes: attributes).result
    }

    /// Decides a product's category from its merchant category and its own text.
    /// - Parameter readText: false to decide from the merchant's category and eligibility alone
    ///   (the import's quick summary); a product the words would decide then says so.
    /// - Parameter checkEligibility: false when a person has said the product is eligible against
    ///   the eligibility phrases' call.
    /// - Parameter buyer: the store's buyer (`Audience.Rules.storeBuyer`), for a garment, shoe or
    ///   bag that names none itself.
    public func classify(
        _ text: CategoryClassifier.Input, source: SourceCategory, attributes: [String: String],
        readText: Bool = true, checkEligibility: Bool = true, buyer store: Audience? = nil
    ) -> Classification {
        // "Baskets blanches homme": a product written in a language whose words mean otherwise
        // than English is read with that language's meanings (trainers, not storage baskets).
        if readText {
            var said = text
            if said.sourceCategory.isEmpty { said.sourceCategory = source.text }
            if let language = classifier.language(of: said) {
                var reader = self
                reader.classifier = classifier.speaking(language)
                return reader.classify(
                    text, source: source, attributes: attributes, readText: readText, checkEligibility: checkEligibility, buyer: store)
            }
        }
        var input = text
        var merchant: (id: Int64, depth: Int, department: Bool)?
        // A merchant category the map does not know (not a top level it knows and skips).
        var shelfText: String?
        let raw = source.text
        switch source {
        case .freeText(let t):
            if input.productType.isEmpty { input.productType = t }
        case .none: break
        default:
            if Self.isGeneric(raw) { break }
            merchant = sourceID(source)
            if merchant == nil { shelfText = raw }
            if let m = merchant, m.depth <= 1, m.id > 0 {
                // A top level alone ("Home & Garden") names no product: its words help the text decide.
                merchant = nil
            }
            if merchant == nil && input.sourceCategory.isEmpty { input.sourceCategory = raw }
        }
        if Self.isGeneric(input.productType) { input.productType = "" }
        if !checkEligibility, let m = merchant, m.id < 0, outcome(m.id)?.kind == .notEligible { merchant = nil }
        if checkEligibility, attributes[Self.shipsNothing] == "false" {
            return Classification(
                result: .notEligible(
                    reason: "the merchant's store ships nothing for it (Variant Requires Shipping = FALSE): a service, ticket, gift card or download"),
                source: .text, candidates: [])
        }
        if checkEligibility, let hit = eligibility.check(labels: [input.title, input.productType, raw], body: input.body),
            let o = outcome(hit.outcome)
        {
            return Classification(result: .notEligible(reason: "\(o.reason) (\"\(hit.phrase)\")"), source: .text, candidates: [])
        }
        if checkEligibility, let id = shelves[raw], let o = outcome(id), !EligibilityRules.namesAProduct(input.title) {
            return Classification(
                result: .notEligible(reason: "\(o.reason) (most of the merchant's \"\(raw)\" are)"), source: .text, candidates: [])
        }
        // Clothes, shoes and bags go to the branch of the buyer the product names.
        func decide(_ id: Int64) -> MappingResult {
            guard audiences.isAudienceLeaf(id) else { return resolve(id, attributes: attributes) }
            let category: String = if case .freeText = source { "" } else { raw }
            let leaf = audiences.leaf(
                id, title: input.title, productType: input.productType, tags: input.tags, category: category, attributes: attributes, store: store)
            return resolve(leaf, attributes: attributes)
        }
        if !readText {
            return Classification(
                result: merchant.map { decide($0.id) }
                    ?? .unmapped(reason: "needs a category from its words: decided at onboarding"),
                source: merchant == nil ? .none : .merchant, candidates: [])
        }
        // "Evolve Sports Bra" filed under Bras: a title naming, word for word, a leaf whose name
        // narrows the merchant's node names that leaf.
        if let m = merchant, m.id > 0, let node = raw.split(separator: ">").last, let narrower = narrower(than: node, leaf: m.id, title: input.title) {
            return Classification(result: decide(narrower), source: .text, candidates: [])
        }
        // A precise merchant category whose department the title's own words also name needs no
        // second opinion: the text cannot contradict it, so the full classification is skipped.
        if let m = merchant, m.depth >= 3, m.id > 0, titleAgrees(input.title, with: m.id) {
            if m.department, guessed(m.id), let narrower = narrowed(m.id, classifier.classify(input, limit: 8)) {
                return narrower
            }
            return Classification(result: decide(m.id), source: .merchant, candidates: [])
        }
        // Whether the map's leaf for the merchant's node names nothing the node names (a guess).
        func guessed(_ leaf: Int64) -> Bool {
            guard let name = byID[leaf]?.path.split(separator: ">").last, let node = raw.split(separator: ">").last else { return false }
            return Self.nameWords(name).isDisjoint(with: Self.nameWords(node))
        }
        // A department ("Mobile & Smart Phone Accessories") whose leaf is a guess is narrowed by
        // confident words to another leaf of the same branch (a phone holder, not a case); to
        // another branch of the same top level only when the title's head names that leaf and
        // not the guess ("The Daydream Midi Dress" under One-Pieces is a dress, not overalls).
        // Callers check `guessed` first, before paying for the words.
        func narrowed(_ leaf: Int64, _ candidates: [CategoryClassifier.Candidate]) -> Classification? {
            guard let best = candidates.first, best.id > 0, best.id != leaf, best.score >= Self.departmentThreshold,
                let mine = branch[leaf]
            else { return nil }
            if branch[best.id] != mine {
                guard topLevel[best.id] == topLevel[leaf], let head = classifier.headTerms(input.title).terms.first,
                    let theirs = byID[best.id]?.path.split(separator: ">").last, let ours = byID[leaf]?.path.split(separator: ">").last,
                    classifier.terms(String(theirs)).contains(head), !classifier.terms(String(ours)).contains(head)
                else { return nil }
            }
            return Classification(result: decide(best.id), source: .text, candidates: candidates)
        }
        let candidates = input.isEmpty ? [] : classifier.classify(input, limit: 8)
        let best = candidates.first
        if let merchant {
            if merchant.id < 0, let o = outcome(merchant.id), o.kind != .noCategory {
                return Classification(result: decide(merchant.id), source: .merchant, candidates: candidates)
            }
            if let best, best.id > 0, best.score >= Self.contradictionThreshold, best.words.count >= 2, let mine = topLevel[merchant.id],
                let theirs = topLevel[best.id], mine != theirs, !candidates.contains(where: { c in c.id > 0 && topLevel[c.id] == mine })
            {
                return Classification(result: decide(best.id), source: .text, candidates: candidates)
            }
            // A supplement filed under hydroponic "Supplements": text sure it names a good with no
            // TikTok category, far surer than of anything in the merchant's top level, outranks it.
            if merchant.id > 0, let best, best.id < 0, outcome(best.id)?.kind == .noCategory, best.score >= Self.contradictionThreshold,
                let mine = topLevel[merchant.id],
                best.score > 4 * (candidates.first { c in c.id > 0 && topLevel[c.id] == mine }?.score ?? 0)
            {
                return Classification(result: decide(best.id), source: .text, candidates: candidates)
            }
            // Two levels ("Home & Garden > Decor") name a department, not a product: confident text wins,
            // within the department's own top level when the text allows it.
            // Outside the department's top level the text must be sure ("Obagi Nu-Derm Clear Fx"
            // under Personal Care names no furniture hardware).
            if merchant.depth <= 2, let best, best.id > 0, best.score >= Self.textThreshold {
                let mine = topLevel[merchant.id]
                let inside = candidates.first { c in c.id > 0 && c.score >= Self.textThreshold && topLevel[c.id] == mine }
                if let chosen = inside ?? (merchant.id < 0 || best.score >= Self.contradictionThreshold ? best : nil) {
                    return Classification(result: decide(chosen.id), source: .text, candidates: candidates)
                }
            }
            if merchant.department, merchant.depth >= 3, merchant.id > 0, guessed(merchant.id), let narrower = narrowed(merchant.id, candidates) {
                return narrower
            }
            return Classification(result: decide(merchant.id), source: .merchant, candidates: candidates)
        }
        // A merchant category the map does not know ("Skincare", "Phone Cases" in a WooCommerce
        // export) still names the product's top level when its own words are clear: the text
        // chooses within it, and outside it only when sure.
        if let shelfText, let shelf = classifier.classify(CategoryClassifier.Input(title: shelfText), limit: 1).first, shelf.id > 0,
            shelf.score >= Self.departmentThreshold, let mine = topLevel[shelf.id]
        {
            let inside = candidates.first { c in c.id > 0 && c.score >= Self.textThreshold && topLevel[c.id] == mine }
            let sure = best.flatMap { b in b.score >= Self.contradictionThreshold && b.words.count >= 2 ? b : nil }
            // A food or a human supplement on a shelf whose words name a toy ("GROCERY": a play
            // shop) is still food: an outcome the text is sure of outranks the shelf.
            let food = best.flatMap { b in
                b.id < 0 && b.score >= Self.contradictionThreshold && b.score > 2 * (inside?.score ?? 0) && outcome(b.id)?.kind == .noCategory
                    ? b : nil
            }
            // Text far surer than anything the shelf's top level holds ("Wireless Gaming Mouse" on a
            // "Gaming > PC" shelf read as the fan shop's gaming) names the product itself.
            let dominant = best.flatMap { b in
                b.id > 0 && b.score >= Self.contradictionThreshold && b.score > 4 * (inside?.score ?? 0) ? b : nil
            }
            let chosen = food ?? dominant ?? inside ?? sure ?? shelf
            return Classification(result: decide(chosen.id), source: .text, candidates: candidates)
        }
        // "Family Must Have" (a supplement bundle) names no book: a weak guess whose branch needs a
        // word the text does not say is a candidate, not a decision.
        if let best, best.score >= Self.textThreshold, best.qualified || best.score >= Self.departmentThreshold,
            best.id > 0 || outcome(best.id)?.kind == .noCategory
        {
            return Classification(result: decide(best.id), source: .text, candidates: candidates)
        }
        let names = candidates.filter { $0.id > 0 }.prefix(3).compactMap { c in byID[c.id].map { "\($0.id) \($0.path) (\(c.score))" } }
        let label: String = if case .none = source { "no source category" } else { source.label }
        let why =
            input.isEmpty
            ? "needs a category: \(label), and no product text to classify"
            : names.isEmpty
                ? "needs a category: no TikTok Shop category for \(label) or the product's words"
                : "needs a category: best candidates " + names.joined(separator: "; ")
        return Classification(result: .unmapped(reason: why), source: .none, candidates: candidates)
    }

    /// The leaf whose name holds every word of the merchant's `node` and more, and which the title
    /// names in order ("Sports Bras" for a "Sports Bra" under "Bras"); the longest such name, nil
    /// when the title names none. A leaf of another buyer's branch does not narrow (a women's
    /// "Suit Set" filed under Suits is not boys' "Suits & Sets").
    private func narrower(than node: Substring, leaf: Int64, title: String) -> Int64? {
        let need = Self.nameSequence(node)
        guard let first = need.first, let pool = leavesNaming[first] else { return nil }
        let buyer = audiences.owner(of: leaf)
        // The title's words are read only when some leaf's name is wider than the node's.
        var said: [Substring]?
        var best: (id: Int64, length: Int)?
        for id in pool where id != leaf {
            guard let name = leafNames[id], name.count > need.count, name.count > (best?.length ?? 0), need.allSatisfy(name.contains),
                buyer == nil || audiences.owner(of: id).map({ $0 == buyer }) ?? true
            else { continue }
            let words = said ?? Self.nameSequence(title[...])
            said = words
            if Self.contains(words, run: name) { best = (id, name.count) }
        }
        return best?.id
    }

    /// A name's words in order, lower-cased, plural `s` dropped, words of two letters or fewer left out.
    static func nameSequence(_ name: Substring) -> [Substring] {
        name.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count > 2 }.map { $0.hasSuffix("s") ? $0.dropLast() : $0[...] }
    }

    private static func contains(_ words: [Substring], run: [Substring]) -> Bool {
        guard !run.isEmpty, words.count >= run.count else { return false }
        return (0...(words.count - run.count)).contains { i in words[i..<(i + run.count)].elementsEqual(run) }
    }

    /// A category name's words, lower-cased, plural `s` dropped: whether a merchant node and the
    /// leaf the map gave it name the same thing ("Bubble Blowing Toys", "Bubble Toys").
    static func nameWords(_ name: Substring) -> Set<Substring> { Set(nameSequence(name)) }

    /// Whether a word of the title points at a leaf in the same top level as `leaf`, at least half
    /// as strongly as any word points at an outcome ("Blood Sugar Support" filed under plant
    /// supports names a supplement first).
    private func titleAgrees(_ title: String, with leaf: Int64) -> Bool {
        guard let mine = topLevel[leaf] else { return false }
        var agrees = 0.0
        var outcome = 0.0
        for term in classifier.terms(title) {
            for p in classifier.postings(term) {
                if p.id > 0 && topLevel[p.id] == mine { agrees = max(agrees, p.weight) } else if p.id < 0 { outcome = max(outcome, p.weight) }
            }
        }
        return agrees > 0 && 2 * agrees >= outcome
    }

    /// A leaf a person chose, with its required attributes checked as the map's own choices are.
    public func resolveChosen(_ id: Int64, attributes: [String: String]) -> MappingResult { resolve(id, attributes: attributes) }

    private func resolve(_ id: Int64, attributes: [String: String]) -> MappingResult {
        if id < 0 {
            guard let o = outcome(id) else { return .unmapped(reason: "needs a category: the map names unknown outcome \(id)") }
            switch o.kind {
            case .noCategory: return .noCategory(reason: o.reason)
            case .notEligible: return .notEligible(reason: o.reason)
            case .prohibited: return .unmapped(reason: "needs a category: \(o.reason)")
            }
        }
        guard let cat = byID[id] else {
            return .unmapped(reason: "needs a category: the map points at unknown TikTok category \(id)")
        }
        for attr in cat.requiredAttributes where (attributes[attr] ?? "").trimmed().isEmpty {
            return .missingAttribute(cat, attribute: attr)
        }
        return .mapped(cat)
    }

    private static func longestPrefix(_ key: String, in table: [String: Int64]) -> (id: Int64, key: String)? {
        var probe = key
        while true {
            if let id = table[probe] { return (id, probe) }
            guard let cut = probe.range(of: " > ", options: .backwards) else { return nil }
            probe = String(probe[..<cut.lowerBound])
        }
    }
}
