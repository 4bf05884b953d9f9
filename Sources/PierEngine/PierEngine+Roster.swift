import PierCore
import PierStore

extension PierEngine {
    /// What a human action needs of the operator's role.
    enum Permission {
        /// Deciding flags, appeals and conflicts: ops only.
        case decide
        /// Importing, onboarding, installing, exporting: ops or presenter.
        case change
    }

    /// The store's roster, by operator name.
    public func roster() throws(OnboardingError) -> [RosterEntry] {
        do { return try db.roster() } catch { throw .store(error.description) }
    }

    /// The role the roster gives this engine's operator: nil when the store has no roster (the
    /// console's `--role` then decides); `support` for an operator a roster does not name.
    public func rosterRole() throws(OnboardingError) -> OperatorRole? {
        let entries = try roster()
        guard !entries.isEmpty else { return nil }
        return entries.first { $0.operatorName == who.name }?.role ?? .support
    }

    /// Refuses a human action the operator's roster role does not allow; every action of the
    /// console and the command line comes through here, so neither can be used to get round it.
    func authorise(_ need: Permission, action: String, seller: String) throws(OnboardingError) {
        guard let role = try rosterRole() else { return }
        let allowed = need == .decide ? role == .ops : role != .support
        guard !allowed else { return }
        let needs = need == .decide ? "an ops operator" : "an ops or presenter operator"
        throw .refused(
            tier: action, seller: seller,
            reasons: ["\(who.name) is \(role.rawValue) on this store's roster (pier operators): \(action) needs \(needs)"])
    }

    /// Puts an operator on the roster with a role (or changes it), recording who granted it and
    /// when. The first entry must be ops, so someone can always grant; after that only ops grant.
    public func grant(_ name: String, role: OperatorRole) throws(OnboardingError) {
        do { _ = try Operator(name: name) } catch { throw .badInput(error.description) }
        let me = who.name
        let entry = RosterEntry(operatorName: name, role: role, grantedBy: me, grantedAt: who.now())
        let why: String?
        do throws(StoreError) {
            why = try db.grant(entry) { roster in
                if roster.isEmpty {
                    return role == .ops ? nil : "the first operator on the roster must be ops (pier operators grant NAME ops), or nobody could grant again"
                }
                return PierEngine.rosterChange(roster, by: me, verb: "grant", of: name, leavesOps: role == .ops)
            }
        } catch { throw .store(error.description) }
        if let why { throw .refused(tier: "grant", seller: name, reasons: [why]) }
    }

    /// Why `me` may not change `name`'s place on the roster, or nil: only ops change it, and the
    /// last ops keeps ops unless the change leaves one (`leavesOps`).
    private static func rosterChange(_ roster: [RosterEntry], by me: String, verb: String, of name: String, leavesOps: Bool) -> String? {
        if roster.first(where: { $0.operatorName == me })?.role != .ops { return "only an ops operator on the roster can \(verb) roles; \(me) is not one" }
        let others = roster.filter { $0.role == .ops && $0.operatorName != name }
        return others.isEmpty && !leavesOps ? "\(name) is the last ops operator: grant ops to someone else first" : nil
    }

    /// Takes an operator off the roster; only ops may, and never the last ops.
    public func revoke(_ name: String) throws(OnboardingError) {
        let me = who.name
        let why: String?
        do throws(StoreError) {
            why = try db.revoke(name) { roster in
                guard roster.contains(where: { $0.operatorName == name }) else { return "\(name) is not on the roster" }
                // The sole entry may go: the store then has no roster, as before the first grant.
                return PierEngine.rosterChange(roster, by: me, verb: "revoke", of: name, leavesOps: roster.count == 1)
            }
        } catch { throw .store(error.description) }
        if let why { throw .refused(tier: "revoke", seller: name, reasons: [why]) }
    }
}
