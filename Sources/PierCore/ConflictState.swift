/// How a field-level conflict stands. The raw values are what the store writes.
public enum ConflictState: String, Sendable, CaseIterable, Codable {
    /// Resolved by the field's policy; nobody needs to look.
    case auto
    /// Waiting for a person in the conflict queue.
    case open
    /// A person accepted the policy's value.
    case accepted
    /// A person took the merchant's value.
    case tookMerchant = "took merchant"
    /// A person took TikTok Shop's value.
    case tookTikTok = "took tiktok"
}
