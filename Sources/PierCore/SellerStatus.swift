/// Where a seller stands in onboarding. The raw values are what the store writes.
public enum SellerStatus: String, Sendable, CaseIterable, Codable {
    /// Known (generated or imported), not onboarded yet.
    case new
    /// Onboarding has started and not finished.
    case onboarding
    /// Onboarded: its catalogue is on TikTok Shop.
    case onboarded
}
