extension CategoryClassifier {
    /// The language a product is written in, among those whose words mean otherwise than English,
    /// or nil: English, or a language whose false friends the product does not use. A product is in
    /// a language when its labels use one of that language's false friends and its labels and first
    /// words of description use two of the language's markers, more than English ones ("Robe
    /// longue … parfaite pour l'été et la plage"; not "Les Paul Guitar Strings for … and …"). Weak
    /// markers ("de", "la") count only beside another: "De La Mer Body Cream" is not French.
    public func language(of input: Input) -> String? {
        guard !languages.isEmpty, spoken.isEmpty else { return nil }
        let labels = Self.rawWords(
            Self.fold([input.title, input.productType, input.sourceCategory, input.tags.joined(separator: " ")].joined(separator: " ")))
        guard labels.contains(where: falseFriends.contains) else { return nil }
        let body = Self.rawWords(Self.fold(Self.prefix(input.body, words: Self.bodyWords)))
        // One lookup a word (`markerIndex`), each marker counted once however often it is said.
        var seen = Set<String>()
        var english = 0
        var strong = [Int](repeating: 0, count: languages.count)
        var weak = strong
        for w in [labels, body].joined() {
            guard let bits = markerIndex[w], seen.insert(w).inserted else { continue }
            if bits & Self.englishMarkerBit != 0 { english += 1 }
            for i in strong.indices {
                if bits & (1 << (2 * i)) != 0 { strong[i] += 1 }
                if bits & (1 << (2 * i + 1)) != 0 { weak[i] += 1 }
            }
        }
        var best: (code: String, markers: Int)?
        for (i, l) in languages.enumerated() where labels.contains(where: { l.words[$0] != nil }) {
            let n = strong[i] == 0 ? 0 : strong[i] + weak[i]
            if n >= 2, n > english, n > (best?.markers ?? 0) { best = (l.code, n) }
        }
        return best?.code
    }

    /// A reader of `language`: its words are read with that language's meanings ("robe" as a dress)
    /// before the synonyms every language shares; phrases still come first ("robe de chambre").
    public func speaking(_ language: String) -> CategoryClassifier {
        guard let l = languages.first(where: { $0.code == language }) else { return self }
        var reader = self
        reader.spoken = l.words
        return reader
    }
}
