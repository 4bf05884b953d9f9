/// Finds TikTok Shop leaves by what a person types: an id (or its start), words of the path
/// (each must appear; a word that starts a leaf's own name counts most), or, failing that, the
/// letters of the query in order in the leaf's name ("mscara" finds Mascara). Best first; ties
/// go to the shorter path, then the id, so the same query always lists the same leaves.
public struct CategorySearch: Sendable {
    private struct Entry: Sendable {
        let category: TikTokCategory
        let path: String
        let leaf: String
        let words: [Substring]
    }

    private let entries: [Entry]

    public init(_ categories: [TikTokCategory]) {
        entries = categories.map { c in
            let path = c.path.lowercased()
            let leaf = String(path.split(separator: ">").last ?? Substring(path)).trimmed()
            return Entry(category: c, path: path, leaf: leaf, words: path.split { !$0.isLetter && !$0.isNumber })
        }
    }

    /// The leaves that match `query`, best first, at most `limit`.
    public func search(_ query: String, limit: Int = 20) -> [TikTokCategory] {
        let q = query.lowercased().trimmed()
        guard !q.isEmpty else { return [] }
        if q.allSatisfy(\.isNumber) {
            return entries.filter { String($0.category.id).hasPrefix(q) }.sorted { $0.category.id < $1.category.id }.prefix(limit).map(\.category)
        }
        let tokens = q.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var scored = [(score: Int, entry: Entry)]()
        for e in entries {
            var score = 0
            for t in tokens {
                if e.leaf.hasPrefix(t) {
                    score += 6
                } else if e.leaf.contains(t) {
                    score += 4
                } else if e.words.contains(where: { $0.hasPrefix(t) }) {
                    score += 2
                } else if e.path.contains(t) {
                    score += 1
                } else {
                    score = 0
                    break
                }
            }
            if score == 0, Self.inOrder(q.filter { $0 != " " }, in: e.leaf) { score = 1 }
            if score > 0 { scored.append((score, e)) }
        }
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.entry.path.count != b.entry.path.count { return a.entry.path.count < b.entry.path.count }
            return a.entry.category.id < b.entry.category.id
        }
        return scored.prefix(limit).map(\.entry.category)
    }

    /// Whether `needle`'s letters appear in `hay` in order (at least three of them).
    private static func inOrder(_ needle: String, in hay: String) -> Bool {
        guard needle.count >= 3 else { return false }
        var i = needle.startIndex
        for ch in hay where ch == needle[i] {
            i = needle.index(after: i)
            if i == needle.endIndex { return true }
        }
        return false
    }
}
