/// One language's words that mean something other than their English spelling ("robe" is a French
/// dress, "collar" a Spanish necklace, "Rock" a German skirt), and the words that show a product is
/// written in that language. Generated from `Scripts/lexicon/languages.txt`.
public struct LanguageWords: Sendable, Codable, Equatable {
    /// Folded function words, the language's words for women and men, colours and fabrics: a product
    /// using two of them, and more of them than English ones, is written in the language.
    public let markers: [String]
    /// Folded words the language shares with names in other text ("De La Mer", "Le Creuset"): they
    /// count as markers only beside a marker or an own word.
    public let weak: [String]
    /// Folded word → the English words it stands for in this language.
    public let words: [String: String]
    /// Folded words of the language's own lexicon that no English tree name uses ("velours",
    /// "manches"): they show a text is in the language as its markers do.
    public let own: [String]

    public init(markers: [String], words: [String: String], weak: [String] = [], own: [String] = []) {
        self.markers = markers
        self.weak = weak
        self.words = words
        self.own = own
    }
}
