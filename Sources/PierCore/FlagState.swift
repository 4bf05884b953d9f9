/// Where a moderation flag stands in the review queue. The raw values are what the store and the
/// exports write.
public enum FlagState: String, Sendable, CaseIterable, Codable {
    /// Raised by a hold or reject rule and waiting for a reviewer.
    case open
    /// Raised by a warn rule: on record, nothing to decide.
    case noted
    /// A reviewer cleared it: the rule was wrong for this product.
    case cleared
    /// A reviewer upheld it: the listing stays off until an appeal is granted.
    case upheld
    /// A reviewer asked the merchant to change the listing.
    case editRequested = "edit_requested"
    /// The merchant appealed an upheld flag; waiting for a decision.
    case appealed
    /// The appeal was granted.
    case granted
    /// The second appeal was denied: the decision is final.
    case final
    /// The rule no longer matches the product (the merchant changed it).
    case withdrawn

    /// States after which the flag no longer keeps its listing off TikTok Shop.
    public var isSettled: Bool { self == .cleared || self == .granted || self == .withdrawn }

    /// States that keep the listing rejected.
    public var keepsRejected: Bool { self == .upheld || self == .final }
}
