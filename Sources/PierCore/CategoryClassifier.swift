import Foundation

/// Classifies a product into a TikTok Shop leaf from its own words: the offline counterpart of
/// TikTok's "recommend category" endpoint. The lexicon (word or word pair → leaves with weights)
/// is generated from the real trees by `Scripts/make-category-map.py`; synonyms carry other
/// languages and spellings onto the tree's words. Deterministic: the same text always gives the
/// same candidates, ties broken by id.
public struct CategoryClassifier: Sendable {
    /// One candidate leaf (or, for a negative id, an outcome such as "no category").
    public struct Candidate: Sendable, Equatable {
        public let id: Int64
        public let score: Double
        /// The words that decided it, strongest first.
        public let words: [String]
    }

    /// A branch for a particular buyer or use, and the words that name them.
    public struct Qualifier: Sendable, Codable, Equatable {
        /// `require`: the text must name one of the words; `exclude`: it must name none.
        public let kind: String
        /// A TikTok path prefix, or an outcome id ("-2").
        public let prefix: String
        public let words: [String]
    }

    /// A product's text, by field.
    public struct Input: Sendable {
        public var title: String
        public var productType: String
        public var sourceCategory: String
        public var tags: [String]
        public var vendor: String
        public var optionNames: [String]
        public var body: String

        public init(title: String, productType: String = "", sourceCategory: String = "", tags: [String] = [], vendor: String = "",
                    optionNames: [String] = [], body: String = "") {
            self.title = title
            self.productType = productType
            self.sourceCategory = sourceCategory
            self.tags = tags
            self.vendor = vendor
            self.optionNames = optionNames
            self.body = body
        }

        /// Whether there is any text to classify.
        public var isEmpty: Bool {
            title.trimmed().isEmpty && productType.trimmed().isEmpty && sourceCategory.trimmed().isEmpty && tags.isEmpty && body.trimmed().isEmpty
        }
    }

    /// Weight of each field: the title says most; the body's first words least.
    static let fieldWeights: (title: Double, type: Double, category: Double, tags: Double, options: Double, body: Double) =
        (3.0, 2.5, 2.0, 1.0, 0.5, 0.6)
    /// How much more the head of the title counts than its other words.
    static let headWeight = 2.0
    /// How many words of the plain-text body are read.
    static let bodyWords = 40

    private let lexicon: [String: [(id: Int64, weight: Double)]]
    private let synonyms: [String: [String]]
    private let phraseSynonyms: [(phrase: String, words: [String])]
    private let hanSynonyms: [(phrase: String, words: [String])]
    private let stopWords: Set<String>
    /// Leaf → the words one of which the product must use for the leaf to score in full.
    private let qualified: [Int64: Set<String>]
    /// Leaf or outcome → words that, when the product uses one, make it score a quarter.
    private let excluded: [Int64: Set<String>]
    /// Leaf → a representative of its branch (the first two levels of its path).
    private let branch: [Int64: Int64]

    /// - Parameters:
    ///   - lexicon: term (a stem, or two stems joined by a space) → (id, weight) pairs.
    ///   - synonyms: folded word or phrase → the English words it stands for.
    ///   - stopWords: folded words that never decide a category.
    ///   - qualified: leaf → words one of which the text must contain (pets, babies, cars, gender).
    ///   - excluded: leaf or outcome → words the text must not contain.
    ///   - branch: leaf → the id standing for its first two path levels; leaves are ranked by branch first.
    public init(lexicon: [String: [(id: Int64, weight: Double)]], synonyms: [String: String], stopWords: Set<String> = [],
                qualified: [Int64: Set<String>] = [:], excluded: [Int64: Set<String>] = [:], branch: [Int64: Int64] = [:]) {
        self.lexicon = lexicon
        self.branch = branch
        self.qualified = qualified
        self.excluded = excluded
        self.stopWords = stopWords
        var single = [String: [String]]()
        var phrases = [(String, [String])]()
        var han = [(String, [String])]()
        for (key, value) in synonyms {
            let target = CategoryClassifier.rawWords(CategoryClassifier.fold(value)).compactMap { CategoryClassifier.word($0, stop: stopWords) }
            let folded = CategoryClassifier.fold(key)
            if folded.unicodeScalars.contains(where: CategoryClassifier.isHan) {
                han.append((folded, target))
            } else if folded.contains(" ") {
                phrases.append((" " + folded + " ", target))
            } else {
                single[folded] = target
            }
        }
        self.synonyms = single
        phraseSynonyms = phrases.sorted { $0.0 < $1.0 }
        hanSynonyms = han.sorted { $0.0 < $1.0 }
    }

    /// The best candidates, best first (at most `limit`); empty when no word is known.
    public func classify(_ input: Input, limit: Int = 3) -> [Candidate] {
        var scores = [Int64: Double]()
        var evidence = [Int64: [String: Double]]()
        // The vendor's own name in a title ("FlexForm Fitness tee") says nothing about the product.
        let vendorWords = input.vendor.isEmpty ? [] : terms(input.vendor)
        func add(_ text: String, _ weight: Double) {
            guard !text.isEmpty else { return }
            for term in terms(text) where !vendorWords.contains(term) {
                guard let postings = lexicon[term] else { continue }
                for p in postings {
                    let s = p.weight * weight
                    scores[p.id, default: 0] += s
                    evidence[p.id, default: [:]][term, default: 0] += s
                }
            }
        }
        let w = Self.fieldWeights
        add(input.title, w.title)
        // English names the product last ("Men's Gym T-Shirt", "Phone Case for iPhone"): the head
        // of the title's first clause counts twice.
        for term in headTerms(input.title) where !vendorWords.contains(term) {
            guard let postings = lexicon[term] else { continue }
            for p in postings {
                let s = p.weight * w.title * Self.headWeight
                scores[p.id, default: 0] += s
                evidence[p.id, default: [:]][term, default: 0] += s
            }
        }
        add(input.productType, w.type)
        add(input.sourceCategory, w.category)
        add(input.tags.joined(separator: " , "), w.tags)
        add(input.optionNames.joined(separator: " , "), w.options)
        // The body's words only break ties between leaves the product's own labels support,
        // unless those labels say nothing.
        let supported = Set(scores.keys)
        let body = Self.prefix(input.body, words: Self.bodyWords)
        if !body.isEmpty {
            let before = scores
            add(body, w.body)
            if !supported.isEmpty {
                for id in scores.keys where !supported.contains(id) {
                    scores[id] = nil
                    evidence[id] = nil
                }
                for (id, s) in scores { scores[id] = before[id].map { $0 + (s - $0) * 0.5 } ?? s }
            }
        }
        if !qualified.isEmpty || !excluded.isEmpty {
            let seen = Self.rawWords(Self.fold([input.title, input.productType, input.sourceCategory, input.tags.joined(separator: " "),
                                                Self.prefix(input.body, words: Self.bodyWords)].joined(separator: " ")))
            let said = Set(seen.map(Self.stem)).union(seen)
            let folded = Self.fold(input.title + " " + input.productType + " " + input.sourceCategory)
            func names(_ words: Set<String>) -> Bool {
                !words.isDisjoint(with: said) || words.contains { $0.unicodeScalars.contains(where: Self.isHan) && folded.contains($0) }
            }
            for (id, s) in scores {
                if let need = qualified[id], !names(need) { scores[id] = s * 0.25 }
                if let not = excluded[id], names(not) { scores[id] = (scores[id] ?? s) * 0.25 }
            }
        }
        // Decide the branch first, then the leaf within it: words spread over a branch's leaves
        // ("phone" over every phone accessory, "case" over every kind of case) add up where they meet.
        // A branch scores each word once, at its best leaf: different words meeting in a branch add
        // up, one word repeated across sibling leaves ("soap" in Soap Dishes and Soap Dispensers) does not.
        var perTerm = [Int64: [String: Double]]()
        for (id, s) in scores {
            let b = branch[id] ?? id
            let scale = s / max((evidence[id] ?? [:]).values.reduce(0, +), .leastNonzeroMagnitude)
            for (term, e) in evidence[id] ?? [:] { perTerm[b, default: [:]][term] = max(perTerm[b]?[term] ?? 0, e * scale) }
        }
        func branchScore(_ b: Int64) -> Double { (perTerm[b] ?? [:]).values.reduce(0, +) }
        let ranked = scores.map { (key: $0.key, value: $0.value, branch: branchScore(branch[$0.key] ?? $0.key)) }
            .sorted { ($0.branch, $0.value, -$0.key) > ($1.branch, $1.value, -$1.key) }
        return ranked.prefix(limit).map { id, _, score in
            let decided = (evidence[id] ?? [:]).sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(4).map(\.key)
            return Candidate(id: id, score: (score * 100).rounded() / 100, words: decided)
        }
    }

    /// Words that end the part of a title naming the product.
    static let clauseBreaks = [" for ", " with ", " - ", " – ", " — ", " | ", ",", "(", "[", " para ", " com ", " con ", " pour ", " avec ",
                               " für ", " mit ", " per ", " by ", " in ", " w/ "]

    /// Words that end a title without naming the product ("… Incense Gift Set").
    static let notHeads: Set<String> = ["gift", "gifts", "set", "sets", "bundle", "collection", "combo", "edition", "sample", "samples",
                                        "refill", "travel", "mini", "duo", "trio", "pack", "kit", "new", "version", "original", "edt", "edp"]

    /// The last word of the title's first clause, and the pair it ends.
    func headTerms(_ title: String) -> [String] {
        var clause = " " + Self.fold(title) + " "
        for b in Self.clauseBreaks {
            if let r = clause.range(of: b), r.lowerBound > clause.startIndex { clause = String(clause[..<r.lowerBound]) + " " }
        }
        var raws = Self.rawWords(clause)
        // "60 Capsules", "2 Pack", "100 ml": a count and its unit are not the product.
        while raws.count >= 3, raws[raws.count - 2].allSatisfy(\.isNumber) { raws.removeLast(2) }
        while let last = raws.last, Self.notHeads.contains(last) || last.allSatisfy(\.isNumber) { raws.removeLast() }
        var ws = [String]()
        for raw in raws {
            if let mapped = synonyms[raw] { ws.append(contentsOf: mapped) } else if let w = Self.word(raw, stop: stopWords) { ws.append(w) }
        }
        guard let last = ws.last else { return [] }
        return ws.count >= 2 ? [last, ws[ws.count - 2] + " " + last] : [last]
    }

    /// The terms of a text: its words (synonyms applied) and each pair of neighbouring words.
    func terms(_ text: String) -> Set<String> {
        let folded = Self.fold(text)
        var ws = [String]()
        for raw in Self.rawWords(folded) {
            if let mapped = synonyms[raw] {
                ws.append(contentsOf: mapped)
            } else if let w = Self.word(raw, stop: stopWords) {
                ws.append(w)
            }
        }
        var out = Set(ws)
        for (a, b) in zip(ws, ws.dropFirst()) { out.insert(a + " " + b) }
        if !phraseSynonyms.isEmpty {
            let padded = " " + Self.rawWords(folded).joined(separator: " ") + " "
            for (phrase, target) in phraseSynonyms where padded.contains(phrase) {
                out.formUnion(target)
                for (a, b) in zip(target, target.dropFirst()) { out.insert(a + " " + b) }
            }
        }
        if folded.unicodeScalars.contains(where: Self.isHan) {
            for (phrase, target) in hanSynonyms where folded.contains(phrase) {
                out.formUnion(target)
                for (a, b) in zip(target, target.dropFirst()) { out.insert(a + " " + b) }
            }
        }
        return out
    }

    /// Lower case with accents removed, as the generator folds the trees.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "t-shirt", with: "tshirt").replacingOccurrences(of: "t shirt", with: "tshirt")
    }

    /// The words of a folded text: runs of ASCII letters and digits, and of letters past U+00BF.
    static func rawWords(_ folded: String) -> [String] {
        var out = [String]()
        var current = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            let v = s.value
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && s.properties.isAlphabetic) || (v >= 0xC0 && s.properties.generalCategory == .nonspacingMark) {
                current.append(s)
            } else if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// A raw word as a term: nil for single letters, stop words and bare numbers, else its stem.
    static func word(_ raw: String, stop: Set<String>) -> String? {
        if raw.count < 2 || stop.contains(raw) || raw.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        return stem(raw)
    }

    /// English plural endings removed, exactly as the generator's `stem`.
    public static func stem(_ w: String) -> String {
        let n = w.count
        if n > 4 && w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if n > 4 && (w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("sses") || w.hasSuffix("xes")) { return String(w.dropLast(2)) }
        if n > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    /// The first `words` words of a text.
    static func prefix(_ text: String, words: Int) -> String {
        var count = 0
        var inWord = false
        for i in text.indices {
            let space = text[i].isWhitespace
            if !space && !inWord {
                count += 1
                if count > words { return String(text[..<i]) }
            }
            inWord = !space
        }
        return text
    }
}
