/// `sku.unmapped`: why a SKU has no TikTok category, who decided, and the classifier's best candidates.
public struct SKUUnmapped: LedgerPayload, Equatable {
    public static let type = LedgerEventType.skuUnmapped

    /// A leaf the classifier weighed: its score as text and the words that decided it.
    public struct Candidate: Sendable, Equatable {
        public var id: Int64
        public var score: String
        public var words: [String]

        public init(id: Int64, score: String, words: [String]) {
            self.id = id
            self.score = score
            self.words = words
        }
    }

    /// Why the SKU is not covered ("needs a category", "no TikTok Shop category: …").
    public var reason: String
    /// The leaf when the SKU has one but misses an attribute.
    public var categoryID: Int64?
    public var kind: MappingResult.Kind
    /// What decided the mapping (the merchant's category, the text, or a fix).
    public var decidedBy: String
    public var candidates: [Candidate]
    /// The TikTok Shop product taken down because the SKU was live, if it was.
    public var takenDown: String?
    /// The catalogue fix that caused the change, if one did (it then decided).
    public var fix: Int64?

    public init(
        reason: String, categoryID: Int64?, kind: MappingResult.Kind, decidedBy: String, candidates: [Candidate],
        takenDown: String? = nil, fix: Int64? = nil
    ) {
        self.reason = reason
        self.categoryID = categoryID
        self.kind = kind
        self.decidedBy = fix == nil ? decidedBy : "fix"
        self.candidates = candidates
        self.takenDown = takenDown
        self.fix = fix
    }

    public var data: [String: JSONValue] {
        var d: [String: JSONValue] = [
            "reason": .string(reason), "category_id": categoryID.map(JSONValue.int) ?? .null, "kind": .string(kind.rawValue),
            "decided_by": .string(decidedBy),
            "candidates": .array(
                candidates.map { c in .object(["id": .int(c.id), "score": .string(c.score), "words": .array(c.words.map(JSONValue.string))]) }),
        ]
        if let fix { d.merge(TakeDown.cause(fix: fix)) { _, new in new } }
        if let takenDown { d.merge(TakeDown.data(takenDown)) { _, new in new } }
        return d
    }

    /// Reads the event as the projection always has: a missing reason reads "unmapped", a missing
    /// kind as waiting for a category.
    public init?(data: JSONValue) {
        guard case .object = data else { return nil }
        let candidates = (data["candidates"]?.arrayValue ?? []).compactMap { c -> Candidate? in
            guard let id = c["id"]?.intValue else { return nil }
            return Candidate(id: id, score: c["score"]?.stringValue ?? "", words: (c["words"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
        self.init(
            reason: data["reason"]?.stringValue ?? "unmapped", categoryID: data["category_id"]?.intValue,
            kind: data["kind"]?.stringValue.flatMap(MappingResult.Kind.init(rawValue:)) ?? .needsCategory,
            decidedBy: data["decided_by"]?.stringValue ?? "", candidates: candidates, takenDown: TakeDown.product(in: data),
            fix: data["fix"]?.intValue)
    }
}
