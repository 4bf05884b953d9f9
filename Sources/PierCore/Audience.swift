import Foundation

/// Who a garment, shoe or bag is for. TikTok Shop files them by buyer (Women's Tops, Men's Tops,
/// Boys' Clothes…); the merchants' own trees do not, so the product's words decide.
public enum Audience: String, Sendable, CaseIterable {
    case women, men, boys, girls

    /// The words that name each buyer, and the leaf of each buyer's branch that stands for a
    /// leaf of another's (from the generated map).
    public struct Rules: Sendable {
        private let words: [String: Audience]
        private let neutral: Set<String>
        private let counterparts: [Int64: [Audience: Int64]]

        /// Reads the map's `audiences` (buyer → words; `both` for words naming no one buyer) and
        /// `counterparts` (leaf → buyer → leaf) tables.
        public init(words table: [String: [String]], counterparts: [String: [String: Int64]]) {
            var words = [String: Audience]()
            for audience in Audience.allCases {
                for w in table[audience.rawValue] ?? [] { words[w] = audience }
            }
            self.words = words
            neutral = Set(table["both"] ?? [])
            var parts = [Int64: [Audience: Int64]]()
            for (leaf, others) in counterparts {
                guard let id = Int64(leaf) else { continue }
                var row = [Audience: Int64]()
                for (name, other) in others { if let a = Audience(rawValue: name) { row[a] = other } }
                parts[id] = row
            }
            self.counterparts = parts
        }

        /// Whether a leaf belongs to one buyer's branch.
        public func isAudienceLeaf(_ leaf: Int64) -> Bool { counterparts[leaf] != nil }

        /// The buyer a product names: from its title, type and tags when they name exactly one,
        /// else from the merchant's category ("Mens > Shirts"), else from its gender and age-group
        /// attributes (Shopify's `target-gender` and `age-group` metafields, Google Shopping's
        /// Gender and Age Group columns), else the store's own buyer (`fallback`, see
        /// `storeBuyer`). A product that names two buyers, or calls itself unisex, has none.
        public func audience(
            title: String, productType: String, tags: [String], category: String = "", attributes: [String: String],
            fallback: Audience? = nil
        ) -> Audience? {
            switch named([title, productType] + tags) {
            case .one(let a): return a
            case .several: return nil
            case .none: break
            }
            switch named([category]) {
            case .one(let a): return a
            case .several: return nil
            case .none: break
            }
            return attributeAudience(attributes) ?? fallback
        }

        /// What a set of texts says of the buyer.
        private enum Named {
            case none, one(Audience), several
        }

        private func named(_ texts: [String]) -> Named {
            var named = Set<Audience>()
            var unisex = false
            for text in texts {
                for w in Self.words(text) {
                    if let a = words[w] { named.insert(a) } else if neutral.contains(w) { unisex = true }
                }
            }
            if !unisex, named.count == 1, let a = named.first { return .one(a) }
            return named.isEmpty && !unisex ? .none : .several
        }

        private func attributeAudience(_ attributes: [String: String]) -> Audience? {
            var gender: Audience?
            for key in ["target_gender", "gender"] {
                guard let value = attributes[key] else { continue }
                let found = Set(Self.words(value).compactMap { words[$0] })
                if found.count == 1 { gender = found.first; break }
            }
            guard let gender else { return nil }
            let age = ["age_group", "google_age_group"].compactMap { attributes[$0] }.joined(separator: " ").lowercased()
            let child = ["kid", "child", "infant", "toddler", "newborn", "nino", "niño", "enfant", "kinder", "bambin", "crian"]
                .contains { age.contains($0) }
            guard child else { return gender }
            switch gender {
            case .men, .boys: return .boys
            case .women, .girls: return .girls
            }
        }

        /// The leaf for `audience` standing for `leaf`, or `leaf` itself when it has no buyer or
        /// no counterpart for that buyer.
        public func leaf(_ leaf: Int64, for audience: Audience?) -> Int64 {
            guard let audience, let other = counterparts[leaf]?[audience] else { return leaf }
            return other
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
