import PierCore
import PierStore

extension PierEngine {
    /// Decides a conflict waiting in the queue (found by SKU, change event and field): accept the
    /// policy's value, or take the merchant's or TikTok's, with a reason; ledgered with the
    /// operator. A taken value (price, stock of a region) holds until the next change to the
    /// listing.
    public func decideConflict(
        seller: String, sku: String, eventID: String, field: String, choice: ConflictChoice,
        reason: String
    ) throws(OnboardingError) {
        try authorise(.decide, action: "conflict decision", seller: seller)
        let refusal = "a conflict decision needs a reason: one line of at most \(PierEngine.maxNoteLength) characters"
        guard let why = try PierEngine.noteLine(reason, refusal: refusal) else { throw .badInput(refusal) }
        let stamp = who.stamp()
        let reviewer = who.name
        try commit(seller: seller, scope: .skus([sku])) { (p: SellerProjection) throws(OnboardingError) -> [LedgerDraft] in
            guard let c = p.conflicts.first(where: { $0.resolution.sku == sku && $0.resolution.eventID == eventID && $0.resolution.field == field }),
                c.resolution.needsHuman
            else {
                throw .refused(tier: "conflict", seller: seller, reasons: ["no queued conflict on \(sku) \(field) from event \(eventID)"])
            }
            guard c.state == .open else {
                throw .refused(tier: "conflict", seller: seller, reasons: ["the conflict on \(sku) \(field) is already decided (\(c.state))"])
            }
            let r = c.resolution
            let value = choice.value(of: r)
            let numeric = r.field == "price" || r.field.hasPrefix("inventory.")
            guard choice == .accept || (numeric && Int64(value) != nil) else {
                throw .refused(tier: "conflict", seller: seller, reasons: ["\(r.field) can only be accepted as resolved (\(r.policy))"])
            }
            let payload = ConflictDecided(eventID: r.eventID, field: r.field, choice: choice, value: value, reason: why)
            return [LedgerDraft(at: p.lastAt + 1, actor: "ops:\(reviewer)", sku: sku, payload, stamp: stamp)]
        }
    }
}
