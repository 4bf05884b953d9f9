import PierCore
import PierEngine

/// The Configure pane's own state: the tier and apps chosen for the selected seller's
/// onboarding, the cursor on the marketplace's apps, and the rate budget each tier would reserve
/// for that choice, as the engine worker worked it out. The model fills it; the pane draws it.
public struct OnboardingPlan: Sendable {
    /// Index into `Tier.allCases`.
    public var tierIndex = 1
    /// Index into the marketplace's apps.
    public var appCursor = 0
    /// The apps chosen, in the order chosen.
    public var chosenApps: [String] = []
    /// What each tier would reserve for the chosen apps, once worked out.
    public private(set) var reservations: [Tier: Result<RateReservation, OnboardingError>] = [:]
    /// The seller the reservations were worked out for.
    public private(set) var reservationsFor: String?

    public init() {}

    /// The tier under the marker.
    public var selectedTier: Tier { Tier.allCases[max(0, min(tierIndex, Tier.allCases.count - 1))] }

    /// Puts the marker on `tier`.
    mutating func choose(_ tier: Tier) { tierIndex = Tier.allCases.firstIndex(of: tier) ?? tierIndex }

    /// Moves the marker one tier down or up, within the tiers.
    mutating func stepTier(_ delta: Int) { tierIndex = max(0, min(Tier.allCases.count - 1, tierIndex + delta)) }

    /// Chooses the app (once).
    mutating func add(app id: String) { if !chosenApps.contains(id) { chosenApps.append(id) } }

    /// Drops the app from the choice.
    mutating func drop(app id: String) { chosenApps.removeAll { $0 == id } }

    /// Forgets the reservations shown while new ones are worked out.
    mutating func forgetReservations() { reservations = [:] }

    /// Takes reservations the worker worked out for `seller` and `apps`; a result for another
    /// app set than the one chosen now is dropped (false).
    mutating func take(_ map: [Tier: Result<RateReservation, OnboardingError>], seller: String, apps: [String]) -> Bool {
        guard apps == chosenApps else { return false }
        reservations = map
        reservationsFor = seller
        return true
    }
}
