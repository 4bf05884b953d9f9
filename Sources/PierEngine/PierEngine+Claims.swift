import PierCore
import PierStore

extension PierEngine {
    /// How long a claim holds when the reviewer does not say.
    public static let claimMinutes = 15

    /// Claims up to `count` open flags (of one seller, or of every seller) for the operator on
    /// duty, for `minutes` of wall clock, so no other reviewer of the team is handed them.
    public func claimFlags(seller: String?, count: Int, minutes: Int = PierEngine.claimMinutes) throws(OnboardingError) -> [FlagRecord] {
        try authorise(.decide, action: "claim", seller: seller ?? "every seller")
        guard (1...1_000).contains(count) else { throw .badInput("claim between 1 and 1,000 flags at a time") }
        guard (1...480).contains(minutes) else { throw .badInput("a claim holds for 1 to 480 minutes") }
        if let seller {
            let known: SellerRecord?
            do { known = try db.seller(seller) } catch { throw .store(error.description) }
            guard known != nil else { throw .notFound("unknown seller '\(seller)'") }
        }
        let now = who.epochSeconds()
        do {
            return try db.claimFlags(
                for: who.name, seller: seller, limit: count, now: now, expires: now + Int64(minutes) * 60, wallClock: who.now())
        } catch {
            throw .store(error.description)
        }
    }

    /// Ends the operator's claims (of one seller, or all); returns how many ended.
    public func releaseClaims(seller: String?) throws(OnboardingError) -> Int {
        do { return try db.releaseClaims(for: who.name, seller: seller) } catch { throw .store(error.description) }
    }

    /// Refuses a decision on flags another reviewer holds a live claim on, naming who and until when.
    func refuseClaimedByOthers(seller: String, ids: [Int64]) throws(OnboardingError) {
        let held: [FlagClaim]
        do { held = try db.claims(seller: seller, now: who.epochSeconds()) } catch { throw .store(error.description) }
        let wanted = Set(ids)
        let others = held.filter { wanted.contains($0.flagID) && $0.operatorName != who.name }
        guard !others.isEmpty else { return }
        let reasons = others.map { c in
            "flag #\(c.flagID) is claimed by \(c.operatorName) (since \(c.claimedAt), until \(Operator.clockText(epochSeconds: c.expiresAt)))"
        }
        throw .refused(tier: "decision", seller: seller, reasons: reasons)
    }
}
