/// What moderation has said of a seller's listing. The raw values are what the store, the exports
/// and the ledger's field diffs write.
public enum ListingModeration: String, Sendable, CaseIterable, Codable {
    /// Imported, not moderated yet.
    case pending
    /// Moderation let it through, or a reviewer cleared its flags.
    case pass
    /// Held for a reviewer.
    case hold
    /// Rejected.
    case reject

    /// The listing's moderation after an outcome.
    public init(_ outcome: ModerationOutcome) {
        switch outcome {
        case .pass: self = .pass
        case .hold: self = .hold
        case .reject: self = .reject
        }
    }
}
