/// Why an onboarding cannot run; each case is one line for the person at the terminal.
public enum OnboardingError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownSeller(String, known: [String])
    case unknownTier(String)
    case unknownApp(String, known: [String])
    case duplicateApp(String)
    /// A tier cannot serve this seller, or an action is not allowed now; every reason is listed.
    case refused(tier: String, seller: String, reasons: [String])
    case alreadyOnboarded(seller: String, tier: String, apps: [String], seed: UInt64)
    /// An action that needs an onboarded seller, asked of one that is not.
    case notOnboarded(seller: String, action: String, why: String)
    /// A flag, event or other thing the user named does not exist.
    case notFound(String)
    case apiFailure(String)
    case store(String)
    case resources(String)
    /// A file or value the user gave cannot be used; the message names it and what would fix it.
    case badInput(String)

    public var description: String {
        switch self {
        case .unknownSeller(let s, let known): "unknown seller '\(s)'; known sellers: \(known.joined(separator: ", "))"
        case .unknownTier(let t): "unknown tier '\(t)'; choose lite, standard or premium"
        case .unknownApp(let a, let known): "unknown app '\(a)'; marketplace apps: \(known.joined(separator: ", "))"
        case .duplicateApp(let a): "app '\(a)' is listed twice"
        case .refused(let action, let seller, let reasons):
            "\(action) refused for \(seller): " + reasons.joined(separator: "; ")
        case .alreadyOnboarded(let s, let tier, let apps, let seed):
            "\(s) is already onboarded in this database (tier \(tier), apps \(apps.isEmpty ? "none" : apps.joined(separator: ",")), seed \(seed)); its ledger is append-only: use a fresh --db to onboard it again with other settings"
        case .notOnboarded(let s, let action, let why): "\(action) refused for \(s): \(s) is not onboarded yet: \(why)"
        case .notFound(let m): m
        case .apiFailure(let m): "TikTok Shop API failure: \(m)"
        case .store(let m): m
        case .resources(let m): m
        case .badInput(let m): m
        }
    }
}
