import Foundation

/// Who a garment, shoe or bag is for. TikTok Shop files them by buyer (Women's Tops, Men's Tops,
/// Boys' Clothes…); the merchants' own trees do not, so the product's words decide.
public enum Audience: String, Sendable, CaseIterable {
    case women, men, boys, girls
    /// Babies: a store's buyer (a baby shop's unnamed garments go to Baby Clothing) or what a
    /// product's baby words, baby category or sizes in months say (`Rules.namesBaby`); never a
    /// `Reading` of its own, so "Baby Girl Dress" reads as a girl's and stays a baby's leaf.
    case babies

    /// Whether the buyer is a child.
    public var isChild: Bool { self == .boys || self == .girls || self == .babies }

    /// The child of the same sex (a girl for a woman's word, as Google's age group reads it).
    public var asChild: Audience {
        switch self {
        case .men, .boys: .boys
        case .women, .girls: .girls
        case .babies: .babies
        }
    }

    /// What a product's words, category and columns say of its buyer.
    public enum Reading: Sendable, Equatable {
        /// Nothing.
        case none
        /// Two buyers at once, or "unisex".
        case everyone
        /// One buyer.
        case named(Audience)
        /// A child ("kids", "children's", "toddler") of either sex.
        case child
    }

    /// The words that name each buyer, and the leaf of each buyer's branch that stands for a
    /// leaf of another's (from the generated map).
    public struct Rules: Sendable {
        private let words: [String: Audience]
        private let childWords: Set<String>
        private let babyWords: Set<String>
        private let neutral: Set<String>
        /// Buyer words that start a German or Dutch compound naming its buyer ("Herrensocken",
        /// "Damesjas", "Meisjesfiets"), longest first.
        private let compounds: [String]
        private let counterparts: [Int64: [Audience: Int64]]
        /// Whose branch each leaf is in: the buyer whose counterpart of the leaf is itself.
        private let owner: [Int64: Audience]

        /// Reads the map's `audiences` (buyer → words; `child` for words naming a child of either
        /// sex, `both` for words naming no one buyer) and `counterparts` (leaf → buyer → leaf, the
        /// leaf's own buyer naming the leaf itself) tables.
        public init(words table: [String: [String]], counterparts: [String: [String: Int64]]) {
            var words = [String: Audience]()
            for audience in Audience.allCases where audience != .babies {
                for w in table[audience.rawValue] ?? [] { words[w] = audience }
            }
            self.words = words
            childWords = Set(table["child"] ?? [])
            babyWords = Set(table[Audience.babies.rawValue] ?? [])
            neutral = Set(table["both"] ?? [])
            compounds = (table["compounds"] ?? []).sorted { ($0.count, $0) > ($1.count, $1) }
            var parts = [Int64: [Audience: Int64]]()
            var owner = [Int64: Audience]()
            for (leaf, others) in counterparts {
                guard let id = Int64(leaf) else { continue }
                var row = [Audience: Int64]()
                for (name, other) in others {
                    guard let a = Audience(rawValue: name) else { continue }
                    row[a] = other
                    if other == id { owner[id] = a }
                }
                parts[id] = row
            }
            self.counterparts = parts
            self.owner = owner
        }

        /// Every word naming a buyer (a sex, a child of either sex, or both), not the babies' words,
        /// which name a department of their own: alone, such words say who a product is for, not what it is.
        public var buyerWords: Set<String> { Set(words.keys).union(childWords).union(neutral) }

        /// Whether a leaf belongs to one buyer's branch.
        public func isAudienceLeaf(_ leaf: Int64) -> Bool { counterparts[leaf] != nil }

        /// The buyer whose branch a leaf is in; nil for a leaf of no one buyer.
        public func owner(of leaf: Int64) -> Audience? { owner[leaf] }

        /// The buyer a product names: from its title, type and tags when they name exactly one,
        /// else from the merchant's category ("Mens > Shirts"), else from its gender and age-group
        /// attributes (Shopify's `target-gender` and `age-group` metafields, Google Shopping's
        /// Gender and Age Group columns). A man's or woman's word beside a child's ("kids",
        /// "toddler") names a boy or a girl. Two buyers at once, or "unisex", name everyone.
        public func reading(title: String, productType: String, tags: [String], category: String = "", attributes: [String: String])
            -> Reading
        {
            let own = named([title, productType] + tags)
            if case .named(let a) = own.reading { return .named(own.child ? a.asChild : a) }
            if own.several { return own.child ? .child : .everyone }
            let shelf = named([category])
            if case .named(let a) = shelf.reading { return .named(own.child || shelf.child ? a.asChild : a) }
            if own.child || shelf.child { return .child }
            if shelf.several { return .everyone }
            return attributeReading(attributes)
        }

        /// The leaf a garment, shoe or bag goes to: its buyer's counterpart of `leaf`; a baby's
        /// (`namesBaby`) goes to Baby Clothing unless a grown-up is named. A child of
        /// either sex keeps a child's leaf the words chose, else takes the store's child's branch
        /// (girls' when the store names none: it has every kind of garment boys' has); a product
        /// naming no buyer takes the store's (`store`), and a child's leaf stays for a kids' store.
        public func leaf(
            _ leaf: Int64, title: String, productType: String, tags: [String], category: String, attributes: [String: String],
            store: Audience?
        ) -> Int64 {
            let said = reading(title: title, productType: productType, tags: tags, category: category, attributes: attributes)
            // "Vestido Manga Larga" sized 3-6M, "Baby Girl Dress" under Dresses: a baby's garment
            // goes to Baby Clothing unless its words name a grown-up.
            var grownUp = false
            if case .named(let a) = said { grownUp = !a.isChild }
            if !grownUp, namesBaby(title: title, productType: productType, tags: tags, category: category, attributes: attributes) {
                return self.leaf(leaf, for: .babies)
            }
            switch said {
            case .named(let a):
                return self.leaf(leaf, for: a)
            case .child:
                if owner[leaf]?.isChild == true { return leaf }
                return self.leaf(leaf, for: (store ?? .girls).asChild)
            case .everyone:
                return store == .babies ? self.leaf(leaf, for: .babies) : leaf
            case .none:
                if store?.isChild == true, store != .babies, owner[leaf]?.isChild == true { return leaf }
                return self.leaf(leaf, for: store)
            }
        }

        private struct Named {
            var reading: Reading = .none
            var several = false
            var child = false
        }

        /// What a set of texts says: one buyer, several (or unisex), and whether a child's word is among them.
        private func named(_ texts: [String]) -> Named {
            var named = Set<Audience>()
            var out = Named()
            var unisex = false
            for text in texts {
                for raw in Self.words(text) {
                    let w = words[raw] == nil ? compoundBuyer(raw) ?? raw : raw
                    if let a = words[w] {
                        named.insert(a)
                    } else if childWords.contains(w) {
                        out.child = true
                    } else if neutral.contains(w) {
                        unisex = true
                    }
                }
            }
            if !unisex, named.count == 1, let a = named.first {
                out.reading = .named(a)
            } else {
                out.several = unisex || !named.isEmpty
            }
            return out
        }

        /// The buyer word a compound starts with, when what follows is a word of its own (three
        /// letters or more): "herrensocken" → "herren"; nil for any other word.
        private func compoundBuyer(_ word: String) -> String? {
            let length = word.count
            guard length >= 7 else { return nil }
            return compounds.first { length >= $0.count + 3 && word.hasPrefix($0) }
        }

        /// Words that, after "baby", say what the thing is like rather than who wears it ("Baby
        /// Pink", "Baby Tee", "Baby Alpaca").
        static let notBabies: Set<String> = [
            "pink", "blue", "yellow", "green", "purple", "lilac", "doll", "dolls", "tee", "tees", "alpaca", "cashmere", "shower",
            "bump", "breath", "hair", "hairs", "oil", "powder",
        ]

        /// Whether a product is for a baby: a baby's word in its title, type, tags or category
        /// ("Conjunto para Bebé", "Baby & Toddler Clothing"), an infant's or newborn's age group,
        /// or sizes in months.
        public func namesBaby(title: String, productType: String, tags: [String], category: String, attributes: [String: String]) -> Bool {
            for text in [title, productType, category] + tags {
                let ws = Self.words(text)
                for (i, w) in ws.enumerated() where babyWords.contains(w) {
                    if i + 1 < ws.count, Self.notBabies.contains(ws[i + 1]) { continue }
                    return true
                }
            }
            return ["infant", "newborn", "baby"].contains(where: Self.ageGroup(attributes).contains) || Self.sizedInMonths(attributes)
        }

        /// The age-group attributes (Shopify's metafield, Google Shopping's column), lower-cased.
        static func ageGroup(_ attributes: [String: String]) -> String {
            ["age_group", "google_age_group"].compactMap { attributes[$0] }.joined(separator: " ").lowercased()
        }

        /// Whether a variant is sized in months ("Meses: 0-3M", "Size: 6-12 months"): a baby's.
        static func sizedInMonths(_ attributes: [String: String]) -> Bool {
            attributes.contains { key, value in sizeKeys.contains(key) && namesMonths(value, months: monthWords.contains(key)) }
        }

        private func attributeReading(_ attributes: [String: String]) -> Reading {
            let age = Self.ageGroup(attributes)
            let child = ["kid", "child", "infant", "toddler", "newborn", "nino", "niño", "enfant", "kinder", "bambin", "crian"]
                .contains { age.contains($0) }
            for key in ["target_gender", "gender"] {
                guard let value = attributes[key] else { continue }
                let found = Set(Self.words(value).compactMap { words[$0] })
                if found.count == 1, let gender = found.first { return .named(child ? gender.asChild : gender) }
            }
            return child || Self.sizedInMonths(attributes) ? .child : .none
        }

        /// The leaf for `audience` standing for `leaf`, or `leaf` itself when it has no buyer or
        /// no counterpart for that buyer.
        public func leaf(_ leaf: Int64, for audience: Audience?) -> Int64 {
            guard let audience, let other = counterparts[leaf]?[audience] else { return leaf }
            return other
        }

        /// Option names a variant's size is given under (lower-cased, as the import keys them).
        static let sizeKeys: Set<String> = [
            "size", "sizes", "talla", "tallas", "taille", "tamanho", "taglia", "maat", "grosse", "größe", "age", "edad", "idade",
            "months", "meses", "mois", "monate", "mesi", "maanden",
        ]
        /// Words for months, as a size's unit or an option's name.
        static let monthWords: Set<String> = [
            "m", "mo", "mos", "mth", "mths", "month", "months", "mes", "meses", "mois", "monat", "monate", "mesi", "maanden",
        ]

        /// Whether a size value is an age in months: "0-3M", "6-12 months", "12 meses", or a bare
        /// range ("3-6") under an option named for months. Ages past three years are no baby's.
        static func namesMonths(_ value: String, months named: Bool) -> Bool {
            let v = Array(value.lowercased().unicodeScalars.filter { $0 != " " })
            var i = 0
            // One or two ASCII digits.
            func number() -> Int? {
                var n = 0
                let start = i
                while i < v.count, v[i].value >= 0x30, v[i].value <= 0x39 {
                    n = n * 10 + Int(v[i].value - 0x30)
                    i += 1
                }
                return i > start && i - start <= 2 ? n : nil
            }
            guard let low = number() else { return false }
            var high = low
            if i < v.count, "-–/".unicodeScalars.contains(v[i]) {
                i += 1
                guard let n = number() else { return false }
                high = n
            }
            let unit = String(String.UnicodeScalarView(v[i...]))
            return low <= high && high <= 36 && (unit.isEmpty ? named && high != low : monthWords.contains(unit))
        }

        /// Lower-cased words with accents folded, split on anything not a letter (`femenino-3` is
        /// `femenino`).
        static func words(_ text: String) -> [String] {
            var out = [String]()
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                // Most titles are ASCII: lower-cased and split byte by byte, no folding needed.
                var word = [UInt8]()
                for b in text.utf8 {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) {
                        word.append(b | 0x20)
                    } else if !word.isEmpty {
                        out.append(String(decoding: word, as: UTF8.self))
                        word.removeAll(keepingCapacity: true)
                    }
                }
                if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
                return out
            }
            for w in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).split(whereSeparator: { !$0.isLetter }) {
                out.append(String(w))
            }
            return out
        }
    }
}
