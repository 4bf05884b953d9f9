import PierStore

/// A SKU's eligibility badge, as lists and exports show it.
public enum EligibilityBadge: String, Sendable, CaseIterable {
    /// Live, or on its way: nothing stands between it and TikTok Shop.
    case eligible
    /// Waiting for a person or for data: a category, an attribute, a review.
    case needsAttention = "needs attention"
    /// Not a physical good TikTok Shop sells.
    case notEligible = "not eligible"
    /// A prohibited good (counterfeits among them), rejected by moderation.
    case prohibited
}

extension ListingRecord {
    /// The badge this listing's state and reason give it.
    public var eligibility: EligibilityBadge {
        // A counterfeit is a prohibited good as a firearm is; a rejected claim can be reworded.
        if status == .rejected && (moderationTags.contains("prohibited-goods") || moderationTags.contains("intellectual-property")) {
            return .prohibited
        }
        if coverageReason?.hasPrefix("not eligible") == true { return .notEligible }
        if status == .live || status == .mapped || status == .imported { return .eligible }
        return .needsAttention
    }
}
