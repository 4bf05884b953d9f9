import PierCore
import PierStore

extension PierEngine {
    /// The most appeals a flag can have; the second denial is final.
    public static let maxAppeals = 2

    /// Decides open flags (one, or a marked selection) in one transaction, and clears or upholds
    /// flags waiting on the seller's edit; every decision is a ledger event and changes the
    /// listing's status.
    public func decide(seller: String, flags ids: [Int64], decision: FlagDecision, note: String? = nil) throws(OnboardingError) {
        try authorise(.decide, action: "decision", seller: seller)
        guard !ids.isEmpty else { return }
        try refuseClaimedByOthers(seller: seller, ids: ids)
        let stamp = who.stamp()
        let note = try noted(note)
        let reviewer = who.name
        try commit(seller: seller, scope: .flags(ids)) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            var at = p.lastAt
            return try ids.map { (id: Int64) throws(OnboardingError) -> LedgerDraft in
                guard let flag = p.flags[id] else { throw .notFound("\(seller) has no flag #\(id)") }
                // A flag waiting on the seller's edit can still be cleared or upheld (the seller
                // answered without editing, or the edit is not coming); it is not asked for twice.
                let followUp = flag.state == .editRequested && decision != .requestEdit
                guard flag.state == .open || followUp else {
                    let first = flag.decidedBy.map { by in " (decided by \(by)\(p.decidedWallClock[id].map { " at \($0)" } ?? ""))" } ?? ""
                    let why =
                        flag.state == .editRequested
                        ? "flag #\(id) already waits on the seller's edit: clear or uphold it"
                        : "flag #\(id) is \(flag.state), not open\(first)"
                    throw .refused(tier: "decision", seller: seller, reasons: [why])
                }
                at += 1
                let payload = FlagDecided(flag: id, rule: flag.ruleID, decision: decision, matched: flag.matched, note: note)
                return LedgerDraft(at: at, actor: "ops:\(reviewer)", sku: flag.sku, payload, stamp: stamp)
            }
        }
    }

    /// Files the seller's appeal against an upheld flag: a statement and evidence. At most two.
    public func fileAppeal(seller: String, flag id: Int64, statement: String, evidence: String) throws(OnboardingError) {
        try authorise(.decide, action: "appeal", seller: seller)
        let stamp = who.stamp()
        try commit(seller: seller, scope: .flags([id])) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard let flag = p.flags[id] else { throw .notFound("\(seller) has no flag #\(id)") }
            guard flag.state == .upheld else {
                let why =
                    flag.state == .final
                    ? "the second appeal was denied; the decision is final" : "only an upheld flag can be appealed (this one is \(flag.state))"
                throw .refused(tier: "appeal", seller: seller, reasons: [why])
            }
            guard flag.appeals < PierEngine.maxAppeals else {
                throw .refused(tier: "appeal", seller: seller, reasons: ["at most \(PierEngine.maxAppeals) appeals per flag"])
            }
            guard !statement.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .refused(tier: "appeal", seller: seller, reasons: ["an appeal needs a statement"])
            }
            let payload = AppealFiled(flag: id, number: flag.appeals + 1, statement: statement, evidence: evidence)
            return [LedgerDraft(at: p.lastAt + 1, actor: "merchant:\(seller)", sku: flag.sku, payload, stamp: stamp)]
        }
    }

    /// Grants or denies the pending appeal on a flag. A grant puts the listing live and removes
    /// the tag; a second denial is final.
    public func decideAppeal(seller: String, flag id: Int64, decision: AppealDecision, note: String? = nil) throws(OnboardingError) {
        try authorise(.decide, action: "appeal decision", seller: seller)
        let stamp = who.stamp()
        let note = try noted(note)
        let reviewer = who.name
        try commit(seller: seller, scope: .flags([id])) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard let flag = p.flags[id], flag.state == .appealed else {
                throw .refused(tier: "appeal decision", seller: seller, reasons: ["flag #\(id) has no pending appeal"])
            }
            let payload = AppealDecided(flag: id, number: flag.appeals, decision: decision, rule: flag.ruleID, note: note)
            return [LedgerDraft(at: p.lastAt + 1, actor: "ops:\(reviewer)", sku: flag.sku, payload, stamp: stamp)]
        }
    }

    /// The reviewer's note, checked: nil when there is none; refused when it is more than one
    /// line or longer than 500 characters.
    private func noted(_ note: String?) throws(OnboardingError) -> String? {
        try PierEngine.noteLine(note, refusal: "a decision note is one line of at most \(PierEngine.maxNoteLength) characters")
    }

    /// A person's note or reason, trimmed: nil when empty; refused with `refusal` when it is
    /// more than one line or longer than `maxNoteLength`.
    static func noteLine(_ text: String?, refusal: String) throws(OnboardingError) -> String? {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.count <= PierEngine.maxNoteLength, !trimmed.contains(where: \.isNewline) else { throw .badInput(refusal) }
        return trimmed
    }

    /// The longest note a decision can carry.
    public static let maxNoteLength = 500
}
