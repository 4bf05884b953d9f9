import PierCore

/// `c` in the Catalogue pane: the TikTok Shop tree searched as one types (words of the path, an
/// id, or letters in order), the classifier's candidates for the SKU offered first; Enter picks
/// the leaf, and a confirmation says what the fix will touch.
public struct CategoryPicker: Sendable, Equatable {
    public struct Choice: Sendable, Equatable {
        public let id: Int64
        public let path: String
        /// The classifier's score and deciding words, for a candidate.
        public let note: String
    }

    /// What the fix will be for, as the confirmation names it.
    public let targetText: String
    public let candidates: [Choice]
    public var query = "" {
        didSet { results = nil }
    }
    public var cursor = 0
    private var results: [Choice]?

    public init(targetText: String, candidates: [Choice]) {
        self.targetText = targetText
        self.candidates = candidates
    }

    /// The rows shown: the candidates while nothing is typed, else the tree's matches as
    /// `refresh` worked them out.
    public var rows: [Choice] { query.trimmed().isEmpty ? candidates : results ?? [] }

    /// Works out the matches once per query, so frames do not search again.
    public mutating func refresh(_ search: CategorySearch) {
        results = query.trimmed().isEmpty ? nil : search.search(query, limit: 50).map { Choice(id: $0.id, path: $0.path, note: "") }
        cursor = 0
    }

    static func render(_ p: CategoryPicker, into b: inout CellBuffer) {
        let rows = p.rows
        let r = Rect(x: 2, y: 2, width: b.width - 4, height: max(6, min(b.height - 4, rows.count + 5)))
        b.fill(r, role: .dialog)
        b.box(r, title: "TikTok Shop category · type words or an id · Enter picks · Esc", role: .dialog)
        b.put(TextWidth.fit("for \(p.targetText)", r.width - 4), x: r.x + 2, y: r.y + 1, role: .dialog)
        b.put(
            TextWidth.fit(p.query.isEmpty ? "search: (type) · the classifier's candidates below" : "search: \(p.query)", r.width - 4), x: r.x + 2,
            y: r.y + 2, role: p.query.isEmpty ? .disabled : .accent)
        let visible = r.height - 4
        let top = Screen.top(cursor: p.cursor, rows: visible, count: rows.count)
        for (i, c) in rows.enumerated().dropFirst(top).prefix(visible) {
            let text = "\(c.id)  \(c.path)" + (c.note.isEmpty ? "" : "  · \(c.note)")
            b.put(
                TextWidth.pad(TextWidth.fit(text, r.width - 4), r.width - 4), x: r.x + 2, y: r.y + 3 + i - top,
                role: i == p.cursor ? .selected : .dialog)
        }
        if rows.isEmpty {
            b.put(p.query.isEmpty ? "no candidates: type words of the category" : "no leaf matches", x: r.x + 2, y: r.y + 3, role: .dialog)
        }
    }
}
