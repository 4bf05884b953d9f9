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
        let said = Set(labels).union(Self.rawWords(Self.fold(Self.prefix(input.body, words: Self.bodyWords))))
        let english = Self.englishMarkers.reduce(0) { $0 + (said.contains($1) ? 1 : 0) }
        var best: (code: String, markers: Int)?
        for l in languages where labels.contains(where: { l.words[$0] != nil }) {
            let strong = l.markers.reduce(0) { $0 + (said.contains($1) ? 1 : 0) }
            let n = strong == 0 ? 0 : strong + l.weak.reduce(0) { $0 + (said.contains($1) ? 1 : 0) }
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
