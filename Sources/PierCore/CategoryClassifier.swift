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
        /// False when the leaf's branch needs a word the text does not say (a book word for a
        /// book, a pet's for pet supplies): at a weak score such a leaf is a guess, not a decision.
        public var qualified = true
    }

    private struct LeafTerm: Hashable {
        let id: Int64
        let term: Int
    }

    /// A branch for a particular buyer or use, and the words that name them.
    public struct Qualifier: Sendable, Codable, Equatable {
        /// `require`: the text must name one of the words; `exclude`: it must name none.
        public let kind: String
        /// A TikTok path prefix; `*Word` for a leaf whose own name ends in Word without naming the
        /// thing itself ("Camera Accessories", not "Tents & Accessories"); or an outcome id ("-2").
        public let prefix: String
        public let words: [String]

        /// Whether the qualifier applies to the leaf at `path`.
        public func names(_ path: String) -> Bool {
            guard prefix.hasPrefix("*") else { return path.hasPrefix(prefix) }
            let suffix = prefix.dropFirst()
            let name = path.split(separator: ">").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard name.hasSuffix(suffix), !name.contains("&"), !name.contains(",") else { return false }
            let before = name.dropLast(suffix.count)
            return before.isEmpty || before.last == " "
        }
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

        public init(
            title: String, productType: String = "", sourceCategory: String = "", tags: [String] = [], vendor: String = "",
            optionNames: [String] = [], body: String = ""
        ) {
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
    /// What a word inside a pair the tree names ("cleaner" in "vacuum cleaner") still counts
    /// for the leaves the pair does not name.
    static let outsidePair = 0.25

    /// How much more the head of the title counts than its other words.
    static let headWeight = 2.0
    /// Below this best leaf score the labels say too little, and the body's first words are read.
    static let weakLabels = 3.0
    /// How many words of the plain-text body are read.
    static let bodyWords = 40
    /// Below this best leaf score the body is read too when it names, by two words or more, an
    /// outcome (a negative id: no category such as food, supplements or medicine, not eligible, a
    /// prohibited branch) more strongly than the labels name any leaf: a supplement bundle called
    /// "Age Glow Up!" whose description lists CoQ10, ginkgo and berberine.
    static let modestLabels = 20.0

    /// The strongest evidence the text gives one outcome (a negative id) from two or more of its
    /// words; 0 when no outcome has two.
    func outcomeEvidence(_ text: String) -> Double {
        guard !text.isEmpty else { return 0 }
        var sum = [Int64: Double]()
        var words = [Int64: Int]()
        for term in reading(text).terms.sorted() {
            for p in lexicon[term] ?? [] where p.id < 0 {
                sum[p.id, default: 0] += p.weight
                words[p.id, default: 0] += 1
            }
        }
        return sum.filter { (words[$0.key] ?? 0) >= 2 }.values.max() ?? 0
    }

    private let lexicon: [String: [(id: Int64, weight: Double)]]
    private let synonyms: [String: [String]]
    /// Multi-word synonyms keyed by their words joined with one space; `phraseLength` is the longest.
    private let phraseSynonyms: [String: [String]]
    private let phraseLength: Int
    /// The first words of the multi-word synonyms.
    private let phraseStarts: Set<String>
    private let hanSynonyms: [(phrase: String, words: [String])]
    private let stopWords: Set<String>
    /// Leaf → groups of words; the product must use a word of each group for the leaf to score in full.
    private let qualified: [Int64: [Set<String>]]
    /// Leaf → the words naming the buyer its branch is for (pets, babies, children, cars); a title
    /// naming them makes the branch's leaves count half as much again.
    private let buyers: [Int64: Set<String>]
    /// Leaf or outcome → words that, when the product uses one, make it score a quarter.
    private let excluded: [Int64: Set<String>]
    /// The qualifiers' words in Han script, looked for as substrings.
    private let hanQualifierWords: [String]
    /// Leaf → a representative of its branch (the first two levels of its path).
    private let branch: [Int64: Int64]
    /// Words that name who a product is for (men, girls, kids, unisex) and never what it is.
    private let buyerWords: Set<String>
    /// Words that name a product rather than describe one; empty reads the last word as the head.
    private let heads: Set<String>
    /// Product nouns of head-first languages: a title opening with one names the product first.
    private let headFirstWords: Set<String>
    /// Words only the head-first languages use.
    private let romanceWords: Set<String>
    /// The languages whose words mean otherwise than English, by code (seven at most: see
    /// `markerIndex`), with those words' English terms.
    let languages: [(code: String, words: [String: [String]])]
    /// Every word some language means otherwise than English: a product using none needs no language.
    let falseFriends: Set<String>
    /// Every language's marker words → which languages they mark: bit `2i` a marker of `languages[i]`,
    /// bit `2i + 1` a weak marker; `englishMarkerBit` an English marker. One lookup a word.
    let markerIndex: [String: UInt16]
    static let englishMarkerBit: UInt16 = 1 << 15
    /// The words of the language this reader was made for (`speaking`), read before the synonyms.
    var spoken: [String: [String]] = [:]

    /// - Parameters:
    ///   - lexicon: term (a stem, or two stems joined by a space) → (id, weight) pairs.
    ///   - synonyms: folded word or phrase → the English words it stands for.
    ///   - stopWords: folded words that never decide a category.
    ///   - qualified: leaf → groups of words, one of each the text must contain (pets, babies, cars; "an accessory").
    ///   - excluded: leaf or outcome → words the text must not contain.
    ///   - buyers: leaf → words naming the buyer its branch serves; named in the title, they favour it.
    ///   - branch: leaf → the id standing for its first two path levels; leaves are ranked by branch first.
    ///   - heads: words that name a product; a title's trailing descriptors are read past to the last of them.
    ///   - headFirst: product nouns of head-first languages; a title opening with one is read head first.
    ///   - romance: words only those languages use; a title with two of them is read head first.
    ///   - buyerWords: words naming who a product is for; a leaf only they point at is not decided by them.
    ///   - languages: language code → its markers and the words it means otherwise than English.
    public init(
        lexicon: [String: [(id: Int64, weight: Double)]], synonyms: [String: String], stopWords: Set<String> = [],
        qualified: [Int64: [Set<String>]] = [:], excluded: [Int64: Set<String>] = [:], buyers: [Int64: Set<String>] = [:],
        branch: [Int64: Int64] = [:], heads: Set<String> = [], headFirst: Set<String> = [], romance: Set<String> = [],
        buyerWords: Set<String> = [], languages: [String: LanguageWords] = [:]
    ) {
        self.heads = heads
        self.buyerWords = buyerWords
        self.headFirstWords = headFirst
        self.romanceWords = romance
        self.lexicon = lexicon
        self.buyers = buyers
        var hanWords = Set<String>()
        for groups in qualified.values { for g in groups { hanWords.formUnion(g.filter { $0.unicodeScalars.contains(where: CategoryClassifier.isHan) }) } }
        for words in excluded.values { hanWords.formUnion(words.filter { $0.unicodeScalars.contains(where: CategoryClassifier.isHan) }) }
        for words in buyers.values { hanWords.formUnion(words.filter { $0.unicodeScalars.contains(where: CategoryClassifier.isHan) }) }
        hanQualifierWords = hanWords.sorted()
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
        phraseSynonyms = Dictionary(
            phrases.map { (CategoryClassifier.rawWords($0.0).joined(separator: " "), $0.1) },
            uniquingKeysWith: { a, _ in a })
        phraseLength = phraseSynonyms.keys.map { $0.split(separator: " ").count }.max() ?? 0
        phraseStarts = Set(phraseSynonyms.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        hanSynonyms = han.sorted { $0.0 < $1.0 }
        func englishTerms(_ value: String) -> [String] {
            CategoryClassifier.rawWords(CategoryClassifier.fold(value)).compactMap { CategoryClassifier.word($0, stop: stopWords) }
        }
        let codes = languages.keys.sorted().prefix(7)
        self.languages = codes.compactMap { code in languages[code].map { (code, $0.words.mapValues(englishTerms)) } }
        falseFriends = Set(self.languages.flatMap(\.words.keys))
        var markerIndex = [String: UInt16]()
        for (i, code) in codes.enumerated() {
            guard let l = languages[code] else { continue }
            for w in l.markers + l.own { markerIndex[w, default: 0] |= 1 << (2 * i) }
            for w in l.weak { markerIndex[w, default: 0] |= 1 << (2 * i + 1) }
        }
        for w in Self.englishMarkers { markerIndex[w, default: 0] |= Self.englishMarkerBit }
        self.markerIndex = markerIndex
    }

    /// The best candidates, best first (at most `limit`); empty when no word is known.
    public func classify(_ input: Input, limit: Int = 3) -> [Candidate] {
        var scores = [Int64: Double]()
        // Evidence as a flat list (leaf, term, contribution): no dictionary per leaf.
        var termNames = [String]()
        var termIndex = [String: Int]()
        var entries = [(id: Int64, term: Int, score: Double)]()
        func index(_ term: String) -> Int {
            if let i = termIndex[term] { return i }
            termIndex[term] = termNames.count
            termNames.append(term)
            return termNames.count - 1
        }
        // The vendor's own name in a title ("FlexForm Fitness tee") says nothing about the product.
        let vendorWords = input.vendor.isEmpty ? [] : terms(input.vendor)
        func credit(_ term: String, _ weight: Double, within pair: String? = nil) {
            guard let postings = lexicon[term] else { return }
            let t = index(term)
            let allowed = pair.map { lexicon[$0] ?? [] }
            for p in postings {
                let outside = allowed.map { a in !a.contains { $0.id == p.id } } ?? false
                let s = p.weight * weight * (outside ? Self.outsidePair : 1)
                scores[p.id, default: 0] += s
                entries.append((p.id, t, s))
            }
        }
        func add(_ text: String, _ weight: Double) {
            guard !text.isEmpty else { return }
            let r = reading(text)
            // In a fixed order, as every sum here: see `branchScores`.
            for term in r.terms.sorted() where !vendorWords.contains(term) { credit(term, weight) }
            for (term, pair) in r.within.sorted(by: { $0.key < $1.key }) where !vendorWords.contains(term) {
                credit(term, weight, within: pair)
            }
        }
        let w = Self.fieldWeights
        add(input.title, w.title)
        // English names the product last ("Men's Gym T-Shirt", "Phone Case for iPhone"): the head
        // of the title's first clause counts twice.
        let head = headTerms(input.title)
        let typeHead = headTerms(input.productType).terms
        let typeNamesProduct = typeHead.first.map(heads.contains) ?? false
        // "The Classic Oxford" filed as Shirts, "Cloud Crew" as Sweatshirts: the title ends in a
        // style name that is another department's product (an Oxford shoe, crew socks); the type
        // names the product, so its head stands in for the title's.
        let styleHead =
            typeNamesProduct && head.fits.isEmpty
            && head.terms.first.map { Self.styleNames.contains($0) && !typeHead.contains($0) } == true
        if !styleHead {
            for term in head.terms where !vendorWords.contains(term) {
                let pair = head.terms.first { $0.hasSuffix(" " + term) && names(pair: $0, word: term) }
                credit(term, w.title * Self.headWeight, within: pair)
            }
        }
        // "Case for Samsung Galaxy": the tree's own name for the product ("phone case") is the
        // strongest evidence a title gives.
        for term in head.fits { credit(term, w.title * Self.headWeight * 2) }
        add(input.productType, w.type)
        // A product type that ends in a product noun ("Portable Speakers", "Fitness Trackers") names
        // what the merchant filed the product as: its head counts twice too, so a model name in the
        // title ("MX Keys", "Flip 6") does not outweigh it. A type such as "Sleep" or "Minerals" is not one.
        if typeNamesProduct {
            for term in typeHead where !vendorWords.contains(term) { credit(term, (styleHead ? w.title : w.type) * Self.headWeight) }
        }
        add(input.sourceCategory, w.category)
        add(input.tags.joined(separator: " , "), w.tags)
        add(input.optionNames.joined(separator: " , "), w.options)
        // The body's first words speak only when the product's own labels (title, type, category,
        // tags, options) say little ("Wacholder BIO, 3 ml"): descriptions name ingredients, uses
        // and other products.
        let body = Self.prefix(input.body, words: Self.bodyWords)
        let labels = scores.values.max() ?? 0
        if labels < Self.weakLabels || (labels < Self.modestLabels && outcomeEvidence(body) * w.body >= labels) { add(body, w.body) }
        // "The Nivea Rich Care & Color Lip in Sheer Red is a Japanese tinted lip balm": a description
        // that opens by saying what the product is speaks, when the labels say little, as a title would.
        if labels < Self.modestLabels, let phrase = Self.definition(in: body) {
            for term in headTerms(phrase).terms where !vendorWords.contains(term) { credit(term, w.title) }
        }
        var unqualified = Set<Int64>()
        if !qualified.isEmpty || !excluded.isEmpty || !buyers.isEmpty {
            // A phrase synonym speaks for its words here too: "cat eye" sunglasses name no cat.
            let seen = withPhrases(
                Self.rawWords(
                    Self.fold(
                        [
                            input.title, input.productType, input.sourceCategory, input.tags.joined(separator: " "),
                            body,
                        ].joined(separator: " "))))
            var said = Set(seen.map(Self.stem)).union(seen)
            // What the words were read as counts too: "Bartöl" (beard oil) is for men, "gezichtsserum"
            // (face serum) is put on the skin.
            for term in termNames { for w in term.split(separator: " ") { said.insert(String(w)) } }
            // Han words are not split into words: a qualifier's Han word counts when the labels contain it.
            let folded = Self.fold(input.title + " " + input.productType + " " + input.sourceCategory)
            if !hanQualifierWords.isEmpty && folded.unicodeScalars.contains(where: Self.isHan) {
                for w in hanQualifierWords where folded.contains(w) { said.insert(w) }
            }
            func names(_ words: Set<String>) -> Bool { !words.isDisjoint(with: said) }
            let titleWords = Self.rawWords(Self.fold(input.title))
            let titleStems = Set(titleWords.map(Self.stem))
            let inTitle = titleStems.union(titleWords)
            let forWhom = Self.forObject(titleWords)
            for (id, s) in scores {
                // "Water Bottle for Dogs": the buyer a title says the product is for decides its branch,
                // and so do two of a buyer's words ("Pets Water Bottle … Dog Cat Travel").
                if let buyer = buyers[id], !buyer.isDisjoint(with: inTitle) {
                    let named = !buyer.isDisjoint(with: forWhom) || titleStems.reduce(0) { $0 + (buyer.contains($1) ? 1 : 0) } >= 2
                    scores[id] = s * (named ? 4 : 1.5)
                }
                for need in qualified[id] ?? [] where !names(need) { scores[id] = (scores[id] ?? s) * 0.25 }
                // A branch's own words (a pet's, a book's, a baby's), not an accessory's or a part's.
                if let buyer = buyers[id], !names(buyer) { unqualified.insert(id) }
                if let not = excluded[id], names(not) { scores[id] = (scores[id] ?? s) * 0.25 }
            }
        }
        // Decide the branch first, then the leaf within it. A branch scores each word once, at its
        // best leaf: different words meeting in a branch add up ("phone" and "case"), one word
        // repeated across sibling leaves ("soap" in Soap Dishes and Soap Dispensers) does not.
        var raw = [Int64: Double]()
        var perLeafTerm = [LeafTerm: Double]()
        for e in entries {
            raw[e.id, default: 0] += e.score
            perLeafTerm[LeafTerm(id: e.id, term: e.term), default: 0] += e.score
        }
        let termCount = Int64(max(termNames.count, 1))
        var best = [Int64: Double]()
        for (lt, v) in perLeafTerm {
            guard let s = scores[lt.id] else { continue }
            let scaled = v * s / max(raw[lt.id] ?? 0, .leastNonzeroMagnitude)
            let key = (branch[lt.id] ?? lt.id) &* termCount &+ Int64(lt.term)
            if scaled > best[key] ?? 0 { best[key] = scaled }
        }
        var branchScores = [Int64: Double]()
        // Summed in key order: a dictionary's order changes from run to run, and floating-point
        // sums in another order can differ in the last bit and so break a tie the other way.
        for key in best.keys.sorted() {
            guard let v = best[key] else { continue }
            // Keys are branch × terms + term, so the branch is the floored quotient.
            let b = key >= 0 ? key / termCount : (key - (termCount - 1)) / termCount
            branchScores[b, default: 0] += v
        }
        var ranked = [(key: Int64, value: Double, branch: Double)]()
        ranked.reserveCapacity(scores.count)
        for (id, v) in scores { ranked.append((id, v, branchScores[branch[id] ?? id] ?? 0)) }
        ranked.sort { a, b in
            if a.branch != b.branch { return a.branch > b.branch }
            if a.value != b.value { return a.value > b.value }
            return a.key < b.key
        }
        var out = [Candidate]()
        var onlyBuyers = [Candidate]()
        for top in ranked.prefix(limit) {
            var byTerm = [Int: Double]()
            for e in entries where e.id == top.key { byTerm[e.term, default: 0] += e.score }
            var words: [(name: String, score: Double)] = byTerm.map { (termNames[$0.key], $0.value) }
            words.sort { a, b in a.score != b.score ? a.score > b.score : a.name < b.name }
            // "Boy The Dinos Need You" (a storybook): a leaf that only the buyer's words point at
            // ("boy" → Boys' Underwear) is told who the product is for, not what it is.
            if !buyerWords.isEmpty, !words.isEmpty, words.allSatisfy({ isBuyerTerm($0.name) }) {
                let score = (top.branch * Self.buyerOnly * 100).rounded() / 100
                onlyBuyers.append(Candidate(id: top.key, score: score, words: words.prefix(4).map(\.name)))
                continue
            }
            out.append(
                Candidate(
                    id: top.key, score: (top.branch * 100).rounded() / 100, words: words.prefix(4).map(\.name),
                    qualified: !unqualified.contains(top.key)))
        }
        return out + onlyBuyers
    }

    /// How much of its score a leaf keeps when only words naming the buyer point at it.
    static let buyerOnly = 0.25

    /// Whether a term (a word, or a pair of words) only names who a product is for.
    private func isBuyerTerm(_ term: String) -> Bool {
        term.split(separator: " ").allSatisfy { buyerWords.contains(String($0)) }
    }

    /// The leaves (and outcomes) a term points at, with their weights.
    func postings(_ term: String) -> [(id: Int64, weight: Double)] { lexicon[term] ?? [] }

    /// The words (and their stems) a title says the product is for: up to four after its first
    /// "for", "para", "pour", "für" or "per".
    static func forObject(_ words: [String]) -> Set<String> {
        guard let i = words.firstIndex(where: { forWords.contains($0) }) else { return [] }
        let object = words[(i + 1)...].prefix(4)
        return Set(object.map(stem)).union(object)
    }

    static let forWords: Set<String> = ["for", "para", "pour", "fur", "für", "per"]

    /// Words that end the part of a title naming the product.
    static let clauseBreaks = [
        " for ", " with ", " - ", " – ", " — ", " | ", ",", "(", "[", " para ", " com ", " con ", " pour ", " avec ",
        " für ", " mit ", " per ", " by ", " in ", " w/ ", " compatible with ", " works with ", " work with ",
    ]

    static let clauseBreakBytes: [[UInt8]] = clauseBreaks.map { Array($0.utf8) }

    /// Words that end a title without naming the product ("… Incense Gift Set").
    static let notHeads: Set<String> = [
        "gift", "gifts", "set", "sets", "bundle", "collection", "combo", "edition", "sample", "samples",
        "refill", "travel", "mini", "duo", "trio", "pack", "kit", "new", "version", "original", "edt", "edp",
        // A theme named last ("Boys Hoodie Gaming") is what the product shows, not what it is.
        "gaming",
        // The buyer named last ("Linen Shirt Men") is not the product.
        "men", "mens", "man", "women", "womens", "woman", "ladies", "unisex", "kids", "boys", "girls", "adults",
        "hombre", "mujer", "homem", "mulher", "homme", "femme", "herren", "damen", "uomo", "donna", "masculino", "feminino",
        "masculina", "feminina", "nino", "nina", "infantil", "unissex", "unisexo",
    ]

    /// Materials name what a product is made of, not the product, when the title ends with one.
    static let materials: Set<String> = [
        "ceramic", "cotton", "leather", "silk", "wool", "linen", "bamboo", "glass", "metal", "steel", "silver", "gold", "wood",
        "plastic", "silicone", "velvet", "denim", "cashmere", "marble", "stone", "crystal", "porcelain", "charcoal",
    ]

    /// Style names that are a product of one department and a cut or detail in another (an
    /// Oxford shoe or shirt, crew socks or a crew-neck jumper, a runner rug or shoe, a camp
    /// collar, a polo shirt or the sport): at a title's end, the merchant's product type says which.
    static let styleNames: Set<String> = Set(
        ["oxford", "crew", "runner", "camp", "derby", "slip", "polo", "trucker", "aviator", "chelsea", "pump", "court", "trainer", "mule", "jogger"]
            .map(stem))

    /// Colour (and scent) names that are also products ("Cardigan Cream", "Sweatshirt Chalk", "Linen
    /// Shirt Olive", "Body Scrub Coffee"): at the end of a title, after a product the tree knows no
    /// pair of them for, the colour or scent.
    static let colourNames: Set<String> = [
        "cream", "chalk", "olive", "sand", "oatmeal", "ivory", "ecru", "camel", "sage", "mustard", "coffee", "mocha", "caramel",
        "chocolate",
    ]

    /// Forms a product comes in ("… Stick", "… Spray", "… Pen"), after the word naming it.
    static let forms: Set<String> = ["stick", "spray", "pen"]

    /// Containers a food comes in; after a food word they name the packaging, not the product.
    static let containers: Set<String> = [
        "jar", "box", "tin", "bag", "pouch", "bottle", "hamper", "basket", "selection", "tub", "pack", "set", "can", "carton", "sachet", "packet",
    ]

    /// Whether a term's strongest posting is the food outcome.
    private func isFood(_ term: String) -> Bool {
        guard let postings = lexicon[term], let top = postings.max(by: { $0.weight < $1.weight }) else { return false }
        return top.id == Self.foodOutcome
    }

    /// The outcome id of food and drink, which have no TikTok Shop UK leaf.
    static let foodOutcome: Int64 = -1

    /// Containers counted at the end of a title ("Box of 12", "Pack of 6"): the count, not the product.
    static let countedContainers: Set<String> = [
        "box", "boxes", "pack", "packs", "set", "sets", "case", "bag", "bundle", "lot", "packet", "pair", "pairs", "tub", "tin",
    ]

    /// Whether a word after a number counts it ("60 Capsules", "2 Pack"): a plural or a pack word.
    static func counted(_ word: String) -> Bool {
        notHeads.contains(word) || (word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss"))
    }

    /// Clause breaks after which the title names what the product is for ("Case for iPhone 12").
    static let forBreaks: Set<String> = [
        " for ", " para ", " pour ", " für ", " per ", " compatible with ", " works with ", " work with ",
    ]

    /// The last word of the title's first clause and the pair it ends; then, when the next clause
    /// says what the product is for, that thing's words paired with the head ("Case for Samsung
    /// Galaxy" → "phone case"): an accessory is named by what it fits.
    func headTerms(_ title: String) -> (terms: [String], fits: [String]) {
        let bytes = Array((" " + Self.fold(title) + " ").utf8)
        func firstBreak(from start: Int) -> (at: Int, length: Int, isFor: Bool, isIn: Bool) {
            var best = (at: bytes.count, length: 0, isFor: false, isIn: false)
            for (n, b) in Self.clauseBreakBytes.enumerated() {
                guard b.count <= best.at - start else { continue }
                var i = max(start, 1)
                while i + b.count <= best.at {
                    if bytes[i] == b[0] && bytes[i..<(i + b.count)].elementsEqual(b) && !joinsPhrase(at: i, break: b) {
                        best = (i, b.count, Self.forBreaks.contains(Self.clauseBreaks[n]), Self.clauseBreaks[n] == " in ")
                        break
                    }
                    i += 1
                }
            }
            return best
        }
        // "Hair Extensions Clip In": a break word inside a reviewed phrase ("extensions clip in",
        // "clip in hair") is part of the phrase, not the start of a clause; so is one that ends a
        // phrase with the word before it, unless the word before the phrase makes a pair the tree
        // names with it.
        func joinsPhrase(at i: Int, break b: [UInt8]) -> Bool {
            guard b.count > 2, b.first == 0x20, b.last == 0x20, i > 0 else { return false }
            var start = i
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            guard start < i else { return false }
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            let joined = word + " " + String(decoding: b.dropFirst().dropLast(), as: UTF8.self)
            var before = start - 1
            while before > 0 && bytes[before - 1] != 0x20 { before -= 1 }
            let previous = before < start - 1 ? String(decoding: bytes[before..<(start - 1)], as: UTF8.self) : ""
            if phraseStarts.contains(previous) && phraseSynonyms[previous + " " + joined] != nil { return true }
            if phraseStarts.contains(word) {
                var end = i + b.count
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                if end > i + b.count && phraseSynonyms[joined + " " + String(decoding: bytes[(i + b.count)..<end], as: UTF8.self)] != nil {
                    return true
                }
            }
            guard phraseSynonyms[joined] != nil else { return false }
            guard !previous.isEmpty else { return true }
            let pair = mapped([previous, word])
            return pair.count != 2 || lexicon[pair[0] + " " + pair[1]] == nil
        }
        // "For Galaxy Xcover 4 Case Luxury Leather…": a title that opens with what the product fits
        // names the product at the first word that pairs with one before it ("phone case").
        let all = Self.rawWords(String(decoding: bytes, as: UTF8.self))
        if bytes.count > 5, bytes[1...4].elementsEqual(Array("for ".utf8)) {
            let words = Array(mapped(Array(all.dropFirst())).prefix(16))
            for (i, w) in words.enumerated() where i > 0 {
                if let o = words[..<i].last(where: { $0 != w && lexicon[$0 + " " + w] != nil }) { return ([w], [o + " " + w]) }
            }
        }
        var first = firstBreak(from: 0)
        var raws = Self.rawWords(String(decoding: bytes[..<first.at], as: UTF8.self))
        // "Breakfast in Bed Tray", "Garden in a Jar Kit": an "in" after a word that names no product
        // is part of the product's name, which goes on after it; "Silk Scarf in Red" ends at "in".
        while first.isIn, !heads.isEmpty, let end = mapped(raws).last, !heads.contains(end) {
            first = firstBreak(from: first.at + first.length)
            raws = Self.rawWords(String(decoding: bytes[..<first.at], as: UTF8.self))
        }
        let last: String
        var out: [String]
        var near = [String]()
        // "Oferta Mini Liquidificador Portátil…": the opening is the first word that is not a stop word.
        let opening = all.first { !stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
        // "Eau de Parfum" is one English name, not a French title: markers are looked for after phrases.
        if Self.headFirst(withPhrases(all)) || opening.map(headFirstWords.contains) == true || romanceSpelling(all),
            let head = romanceHead(raws)
        {
            last = head.term
            out = head.terms
        } else {
            // "60 Capsules", "2 Pack", "100 ml", "Box of 12": a count and its unit are not the product.
            while raws.count >= 4, raws[raws.count - 1].allSatisfy(\.isNumber), raws[raws.count - 2] == "of",
                Self.countedContainers.contains(raws[raws.count - 3])
            {
                raws.removeLast(3)
            }
            // A number before a singular noun is a model ("iPad Air 5 Case"), not a count.
            while raws.count >= 3, raws[raws.count - 2].allSatisfy(\.isNumber), Self.counted(raws[raws.count - 1]) { raws.removeLast(2) }
            // "Yoga Mat 6mm", "Kettle 1.7L": a trailing measure is not the product.
            while let end = raws.last, Self.notHeads.contains(end) || end.first?.isNumber == true { raws.removeLast() }
            var ws = mapped(raws)
            // "Raw Honey Jar", "Cheese Selection Box", "Smoked Paprika 50g Tin", "Hot Sauce Gift Box":
            // containers (and the measure or "gift" before them) after a food hold the food.
            if let start = ws.lastIndex(where: { !Self.containers.contains($0) && $0 != "gift" && $0.first?.isNumber != true }),
                start < ws.count - 1, isFood(ws[start])
            {
                ws.removeSubrange((start + 1)...)
            }
            // "Dog Harness No Pull", "Bike Helmet Adult", "Hair Straightener Ceramic": descriptors
            // after the product are read past, up to three, to the last word that names a product.
            if !heads.isEmpty, let last = ws.last,
                !heads.contains(last) || Self.materials.contains(last)
                    || (Self.colourNames.contains(last) && ws.count >= 2 && lexicon[ws[ws.count - 2] + " " + last] == nil),
                let i = ws.indices.reversed().dropFirst().prefix(3).first(where: { heads.contains(ws[$0]) && !Self.materials.contains(ws[$0]) })
            {
                ws.removeSubrange((i + 1)...)
            }
            // "Deodorant Stick", "Glitter Spray": a form word after a product the tree knows no pair
            // of them for names how the product comes, not what it is.
            if ws.count >= 2, let end = ws.last, Self.forms.contains(end), lexicon[ws[ws.count - 2]] != nil,
                lexicon[ws[ws.count - 2] + " " + end] == nil
            {
                ws.removeLast()
            }
            guard let end = ws.last else { return ([], []) }
            last = end
            out = ws.count >= 2 ? [end, ws[ws.count - 2] + " " + end] : [end]
            // "Universal Protective Case Tablet Leather Case": the head's pair the tree names, said
            // elsewhere in the clause, when the words before the head do not make one.
            if ws.count >= 3, lexicon[ws[ws.count - 2] + " " + end] == nil {
                near = Set(ws.dropLast().filter { $0 != end && lexicon[$0 + " " + end] != nil }).map { $0 + " " + end }.sorted()
            }
        }
        if first.isFor {
            let start = first.at + first.length
            let next = firstBreak(from: start)
            let object = mapped(Self.rawWords(String(decoding: bytes[start..<max(start, next.at)], as: UTF8.self)))
            // The thing fitted is named first ("for Samsung Galaxy J1 … Case Card Bag"): its first
            // words, up to the head named again.
            let named = object.prefix { $0 != last }.prefix(6)
            let fits = Set(named).filter { lexicon[$0 + " " + last] != nil }.map { $0 + " " + last }.sorted()
            return (out, fits.isEmpty ? near : fits)
        }
        return (out, near)
    }

    /// Function words of the languages that name the product first ("Lanterna de LED recarregável",
    /// "Funda para móvil", "Housse pour tablette").
    static let headFirstMarkers: Set<String> = [
        "de", "da", "do", "das", "dos", "para", "com", "sem", "con", "sin", "del", "pour", "avec",
        "sans", "du", "des", "di", "della", "per",
    ]

    /// Whether a title's words are in a language that names the product first.
    static func headFirst(_ raws: [String]) -> Bool {
        raws.contains { headFirstMarkers.contains($0) }
    }

    /// English function words: a title using one is English, whatever loanwords it has.
    static let englishMarkers: Set<String> = ["for", "with", "and", "the", "of", "in"]

    /// Whether a title is in a head-first language without its function words ("Câmera ip
    /// segurança lâmpada"): two words only those languages use, and no English function word
    /// (one loanword, "Crème Brûlée Candle", does not make a title French).
    func romanceSpelling(_ raws: [String]) -> Bool {
        guard !romanceWords.isEmpty, !raws.contains(where: Self.englishMarkers.contains) else { return false }
        return Set(raws.filter(romanceWords.contains)).count >= 2
    }

    /// The words that join a Romance noun to the next ("Balança de Cozinha", "Bolsa para Notebook"),
    /// skipped between a head and its pair. Not `headFirstMarkers`, which tell a head-first title:
    /// these add the articles and "and", and leave out "sem", "sin" and "sans", which negate the next
    /// word rather than join it ("Fone sem Fio").
    static let linkWords: Set<String> = [
        "de", "da", "do", "das", "dos", "del", "di", "du", "des", "em", "en", "para", "pour", "per", "com", "con", "avec", "a",
        "e", "y", "et", "la", "le", "el", "o",
    ]

    /// The head of a clause whose first known word names the product: that word (or the phrase
    /// it starts) as a term, and its pair with the next word in English order ("lanterna led" →
    /// "led flashlight"). Nil when no word of the clause is known.
    private func romanceHead(_ raws: [String]) -> (term: String, terms: [String])? {
        var i = 0
        while i < raws.count {
            var head: [String]?
            var used = 1
            if let p = phrase(at: i, in: raws) {
                (head, used) = (p.words, p.length)
            } else {
                let m = meaning(raws[i])
                if !m.isEmpty && (synonyms[raws[i]] != nil || m.contains { lexicon[$0] != nil }) { head = m }
            }
            guard let words = head, let term = words.last else { i += 1; continue }
            var terms = [term]
            if words.count >= 2 {
                terms.append(words[words.count - 2] + " " + term)
            } else {
                // "Escova massageadora facial", "Balança Digital de Cozinha": either of the next two
                // words, not counting "de" and its kind, may make the tree's pair.
                let next = mapped(Array(raws[(i + used)...].lazy.filter { !Self.linkWords.contains($0) }.prefix(2)))
                let known = next.filter { $0 != term && lexicon[$0 + " " + term] != nil }
                if !known.isEmpty {
                    terms += known.map { $0 + " " + term }
                } else if let first = next.first {
                    terms.append(first + " " + term)
                }
            }
            return (term, terms)
        }
        return nil
    }

    /// The shortest tail of a compound that the reviewed lists know, as the whole word's meaning:
    /// German (and Dutch, and English) compounds name the thing last ("Duftkerze" is a candle,
    /// "Bambuszahnbürste" a toothbrush). Only words of 7 letters or more, tails of 4 or more, and
    /// only the reviewed synonyms, never a bare tree word ("Zahnpasta" is not pasta). An English
    /// "-ing" word is not a compound: "colouring" and "flooring" hold no ring, "Ohrring" does, and
    /// a string is no ring ("shoestring", "drawstring").
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    private func decompound(_ raw: String) -> [String]? {
        let scalars = Array(raw.unicodeScalars)
        guard scalars.count >= 7 else { return nil }
        let gerund = raw.hasSuffix("ing") || raw.hasSuffix("ings")
        for start in 3...(scalars.count - 4) {
            if gerund, Self.vowels.contains(scalars[start - 1]) || scalars[start - 1] == "t" { continue }
            var tail = String.UnicodeScalarView()
            tail.append(contentsOf: scalars[start...])
            if let mapped = synonyms[String(tail)] { return mapped }
        }
        return nil
    }

    /// Raw words as terms: synonyms applied, stop words and bare numbers dropped.
    /// A phrase synonym stands for its words ("manga corta" is a short sleeve, not a comic,
    /// "galaxy tab" a tablet, not a phone); a word read twice in a row ("vacuum cleaner" with
    /// "vacuum" meaning "vacuum cleaner") counts once.
    private func mapped(_ raws: [String]) -> [String] {
        walk(Self.lengths(Self.dosedPills(raws))) { raw, ws in
            for m in meaning(raw) where m != ws.last { ws.append(m) }
        }
    }

    /// "Ibuprofen 200mg Tablets", "Zinc Tablets 25 mg", "Ashwagandha 600mg Vegan Caps": a tablet
    /// or caps in a title that states a dose (milligrams, micrograms or units, before or after it,
    /// written "25mg" or "25 mg") is a pill, read as "caplet" or "capsule"; in any other title a
    /// tablet may be a computer and caps are hats.
    static func dosedPills(_ raws: [String]) -> [String] {
        guard raws.count >= 2, raws.contains(where: { dosedReading($0) != nil }) else { return raws }
        let dosed = raws.indices.contains { i in isDose(raws[i]) || (i > 0 && doseUnits.contains(raws[i]) && isNumber(raws[i - 1])) }
        guard dosed else { return raws }
        return raws.map { dosedReading($0) ?? $0 }
    }

    /// What a pill's form reads as in a title that states a dose; nil for any other word. A
    /// switch, not a dictionary: every word of every title passes here.
    static func dosedReading(_ word: String) -> String? {
        switch word {
        case "tablet", "tablets": "caplet"
        case "caps", "vcaps": "capsule"
        default: nil
        }
    }

    /// The units a dose is given in.
    static let doseUnits = ["mg", "mcg", "ug", "iu"]

    /// Whether a word is a number ("25", "1.5", "2,5").
    static func isNumber<S: StringProtocol>(_ word: S) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    /// "Charging Cable USB-C 2 meter": a meter after a number is the product's length, not a gauge
    /// (a meter alone is a test or medical instrument); the length is dropped like the number.
    static func lengths(_ raws: [String]) -> [String] {
        guard raws.count >= 2, raws.contains(where: { $0 == "meter" || $0 == "meters" }) else { return raws }
        var out = [String]()
        out.reserveCapacity(raws.count)
        for (i, w) in raws.enumerated() {
            if i > 0, w == "meter" || w == "meters", isNumber(raws[i - 1]) { continue }
            out.append(w)
        }
        return out
    }

    /// Whether a word is a dose: a number followed by mg, mcg, ug or iu ("200mg", "1000iu").
    static func isDose(_ word: String) -> Bool {
        for unit in doseUnits where word.hasSuffix(unit) {
            return isNumber(word.dropLast(unit.count))
        }
        return false
    }

    /// Raw words with each multi-word synonym replaced by the words it stands for; other words as they are.
    private func withPhrases(_ raws: [String]) -> [String] {
        phraseSynonyms.isEmpty ? raws : walk(raws) { raw, out in out.append(raw) }
    }

    /// Reads raw words left to right: a multi-word synonym as its words, any other word through `word`.
    private func walk(_ raws: [String], _ word: (String, inout [String]) -> Void) -> [String] {
        var out = [String]()
        out.reserveCapacity(raws.count)
        var i = 0
        while i < raws.count {
            if let p = phrase(at: i, in: raws) {
                out.append(contentsOf: p.words)
                i += p.length
            } else {
                word(raws[i], &out)
                i += 1
            }
        }
        return out
    }

    /// One raw word as terms: its synonym, else its stem, else (a word the tree does not know) the
    /// known tail of its compound; nothing for a stop word or a bare number.
    private func meaning(_ raw: String) -> [String] {
        if !spoken.isEmpty, let mapped = spoken[raw] { return mapped }
        if let mapped = synonyms[raw] { return mapped }
        guard let w = Self.word(raw, stop: stopWords) else { return [] }
        // "gatos", "cachorros": a plural of a word the lists know in the singular.
        if w != raw, lexicon[w] == nil, let mapped = synonyms[w] { return mapped }
        return lexicon[w] == nil ? decompound(raw) ?? [w] : [w]
    }

    /// The multi-word synonym starting at `raws[i]`, longest first: its English words and how
    /// many raw words it spans.
    private func phrase(at i: Int, in raws: [String]) -> (words: [String], length: Int)? {
        guard phraseStarts.contains(raws[i]) else { return nil }
        for length in stride(from: min(phraseLength, raws.count - i), through: 2, by: -1) {
            if let target = phraseSynonyms[raws[i..<(i + length)].joined(separator: " ")] { return (target, length) }
        }
        return nil
    }

    /// The terms of a text: its words (synonyms applied) and each pair of neighbouring words.
    func terms(_ text: String) -> Set<String> {
        let r = reading(text)
        return r.terms.union(r.within.keys)
    }

    /// The terms of a text, and the words that only speak within a pair the tree names: in
    /// "vacuum cleaner" the bare "cleaner" votes for what a vacuum cleaner is, not for household
    /// cleaners, unless it also stands alone elsewhere in the text.
    func reading(_ text: String) -> (terms: Set<String>, within: [String: String]) {
        let folded = Self.fold(text)
        let raws = Self.rawWords(folded)
        let ws = mapped(raws)
        var out = Set(ws)
        var within = [String: String]()
        var alone: Set<String> = ws.first.map { [$0] } ?? []
        for (before, w) in zip(ws, ws.dropFirst()) {
            let pair = before + " " + w
            out.insert(pair)
            if !names(pair: pair, word: w) {
                alone.insert(w)
            } else if within[w] == nil {
                within[w] = pair
            }
        }
        for w in alone { within[w] = nil }
        out.subtract(within.keys)
        if folded.unicodeScalars.contains(where: Self.isHan) {
            for (phrase, target) in hanSynonyms where folded.contains(phrase) {
                out.formUnion(target)
                for (a, b) in zip(target, target.dropFirst()) { out.insert(a + " " + b) }
            }
        }
        return (out, within)
    }

    /// Whether the tree names a pair as a kind of what its word names: they share a leaf (a
    /// "vacuum cleaner" is among the leaves "cleaner" speaks for; the one "dog collar" source
    /// node filed under indoor recreation is not a collar's).
    func names(pair: String, word: String) -> Bool {
        guard let pairs = lexicon[pair], let words = lexicon[word] else { return false }
        return pairs.contains { p in words.contains { $0.id == p.id } }
    }

    /// Arabic letters with a hamza or madda, and the bare letter NFKD leaves of them: آ أ إ → ا, ؤ → و, ئ → ي.
    static let hamzaBase: [UInt32: UInt32] = [0x622: 0x627, 0x623: 0x627, 0x625: 0x627, 0x624: 0x648, 0x626: 0x64A]

    /// Lower case with accents removed, as the generator folds the trees.
    public static func fold(_ text: String) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            // Foundation keeps Arabic letters carrying a hamza or madda ("أحمر"), which the
            // generator's NFKD folding reduces to the bare letter ("احمر"): reduce them alike.
            if folded.unicodeScalars.contains(where: { Self.hamzaBase[$0.value] != nil }) {
                var scalars = String.UnicodeScalarView()
                for u in folded.unicodeScalars { scalars.append(Self.hamzaBase[u.value].flatMap(Unicode.Scalar.init) ?? u) }
                bytes.append(contentsOf: String(scalars).utf8)
            } else {
                bytes.append(contentsOf: folded.utf8)
            }
        } else {
            for b in text.utf8 { bytes.append(b >= 0x41 && b <= 0x5A ? b + 32 : b) }
        }
        // "t-shirt" and "t shirt" are one word, as the generator reads them.
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x74, i + 6 < bytes.count, bytes[i + 1] == 0x2D || bytes[i + 1] == 0x20,
                bytes[i + 2] == 0x73, bytes[i + 3] == 0x68, bytes[i + 4] == 0x69, bytes[i + 5] == 0x72, bytes[i + 6] == 0x74,
                i == 0 || !(bytes[i - 1] >= 0x61 && bytes[i - 1] <= 0x7A)
            {
                out.append(contentsOf: [0x74, 0x73, 0x68, 0x69, 0x72, 0x74])
                i += 7
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of a folded text: runs of ASCII letters and digits, and of letters past U+00BF.
    static func rawWords(_ folded: String) -> [String] {
        var out = [String]()
        var current = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            let v = s.value
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && s.properties.isAlphabetic)
                || (v >= 0xC0 && s.properties.generalCategory == .nonspacingMark)
            {
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

    /// What a description's opening sentence says the product is: the words after its first "is a",
    /// "is an" or "is the" (or a possessive: "is Japan's leading …"), up to the end of that noun
    /// phrase (punctuation, or a word that starts a clause: "that", "with", "designed" …), at
    /// most eight words; nil when the first sentence says no such thing.
    static func definition(in body: String) -> String? {
        let sentence = body.prefix { !".!?\n".contains($0) }
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let copula = words.indices.dropLast().first(where: { ["is", "are"].contains(words[$0].lowercased()) }) else { return nil }
        var i = copula + 1
        let determiner = words[i].lowercased()
        guard Self.definers.contains(determiner) || determiner.hasSuffix("'s") || determiner.hasSuffix("’s") else { return nil }
        i += 1
        var phrase = [Substring]()
        while i < words.count, phrase.count < 8 {
            let w = words[i]
            let bare = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if Self.clauseStarts.contains(bare) { break }
            phrase.append(w)
            if let last = w.last, ",;:()".contains(last) { break }
            i += 1
        }
        guard let last = phrase.last?.lowercased().trimmingCharacters(in: .punctuationCharacters), !Self.vagueNouns.contains(last) else { return nil }
        return phrase.joined(separator: " ")
    }

    /// Nouns that say how a product is meant, not what it is ("a great gift", "the perfect addition").
    static let vagueNouns: Set<String> = [
        "gift", "gifts", "addition", "choice", "way", "solution", "option", "item", "piece", "must-have", "staple", "favourite",
        "favorite", "treat", "companion", "essential", "essentials", "one", "thing", "idea",
    ]

    /// Words after "is" that introduce what a product is.
    static let definers: Set<String> = ["a", "an", "the", "our", "this", "your"]
    /// Words that end a defining noun phrase: a clause or a qualifier starts.
    static let clauseStarts: Set<String> = [
        "that", "which", "who", "with", "for", "from", "by", "to", "in", "on", "of", "and", "or", "designed", "featuring", "made",
        "crafted", "formulated", "produced", "created", "combining", "offering", "providing", "perfect", "ideal", "specially",
        "specifically", "known", "used", "suitable", "enriched", "infused", "containing", "inspired", "where", "while", "as",
    ]

    /// The first `words` words of a text (words end at ASCII white space).
    static func prefix(_ text: String, words: Int) -> String {
        var count = 0
        var inWord = false
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
            if !space && !inWord {
                count += 1
                if count > words { return String(text[..<i]) }
            }
            inWord = !space
            i = utf8.index(after: i)
        }
        return text
    }
}
