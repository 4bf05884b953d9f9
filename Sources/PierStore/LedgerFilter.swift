/// Which of a seller's events a ledger view shows: a type family, one SKU, an actor, and free
/// text matched against type, actor, SKU and data.
public struct LedgerFilter: Sendable, Equatable {
    /// A type prefix such as `flag.`; nil for every type.
    public var typePrefix: String?
    /// Exactly this SKU (read through the ledger's SKU index).
    public var sku: String?
    /// Actors starting with this (`ops:` for every reviewer, `ops:alice` for one).
    public var actorPrefix: String?
    /// Text anywhere in the type, actor, SKU or data.
    public var text: String

    public init(typePrefix: String? = nil, sku: String? = nil, actorPrefix: String? = nil, text: String = "") {
        self.typePrefix = typePrefix
        self.sku = sku
        self.actorPrefix = actorPrefix
        self.text = text
    }

    /// Reads a search line: `sku:X`, `actor:X` and `type:X` words narrow to that SKU, actor
    /// prefix or type prefix; the other words, joined, are free text. A `type:` word overrides
    /// `typePrefix`.
    public init(search: String, typePrefix: String? = nil) {
        var text = [Substring]()
        self.init(typePrefix: typePrefix)
        for word in search.split(separator: " ", omittingEmptySubsequences: true) {
            if word.hasPrefix("sku:"), word.count > 4 {
                sku = String(word.dropFirst(4))
            } else if word.hasPrefix("actor:"), word.count > 6 {
                actorPrefix = String(word.dropFirst(6))
            } else if word.hasPrefix("type:"), word.count > 5 {
                self.typePrefix = String(word.dropFirst(5))
            } else {
                text.append(word)
            }
        }
        self.text = text.joined(separator: " ")
    }

    /// True when every event passes.
    public var isEmpty: Bool { typePrefix == nil && sku == nil && actorPrefix == nil && text.isEmpty }
}

/// Where a page of ledger events starts, in the view's order.
public enum LedgerPageStart: Sendable, Equatable {
    /// The first event of the view.
    case first
    /// The event with this seq and those after it.
    case from(Int64)
    /// The events after this seq.
    case after(Int64)
}

extension LedgerFilter {
    /// The filter as a WHERE clause over the ledger table for either store: `like` is the
    /// operator that matches without regard to case (SQLite's LIKE, PostgreSQL's ILIKE), `mark`
    /// spells the n-th parameter. Patterns escape their own `%`, `_` and `\`.
    func whereClause(seller: String, like: String, mark: (Int) -> String) -> (sql: String, values: [StoredValue]) {
        var values: [StoredValue] = [.text(seller)]
        var sql = "seller_id = \(mark(1))"
        func add(_ value: String) -> String {
            values.append(.text(value))
            return mark(values.count)
        }
        if let sku { sql += " AND sku = \(add(sku))" }
        if let typePrefix { sql += " AND type \(like) \(add(PierDatabase.likeEscaped(typePrefix) + "%")) ESCAPE '\\'" }
        if let actorPrefix { sql += " AND actor \(like) \(add(PierDatabase.likeEscaped(actorPrefix) + "%")) ESCAPE '\\'" }
        if !text.isEmpty {
            let pattern = "%" + PierDatabase.likeEscaped(text) + "%"
            sql += " AND (" + ["type", "actor", "sku", "data"].map { "\($0) \(like) \(add(pattern)) ESCAPE '\\'" }.joined(separator: " OR ") + ")"
        }
        return (sql, values)
    }
}
