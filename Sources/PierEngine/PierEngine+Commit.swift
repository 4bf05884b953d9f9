import PierCore
import PierStore

/// What a commit's new events can change, and so how much of the seller's ledger it replays
/// and which derived rows it rewrites.
enum CommitScope: Sendable {
    /// Anything: every event is replayed and every derived table rewritten (trading).
    case seller
    /// The SKUs these flags were raised on: only those SKUs' events are replayed (through the
    /// ledger's SKU index) and only their listings and flags rewritten. A decision or an appeal
    /// costs the same on a seller of 1K SKUs and of 1M.
    case flags([Int64])
    /// These SKUs: their events alone are replayed, their listings, flags and decided
    /// conflicts rewritten (a conflict decision).
    case skus([String])
    /// The seller's profile and app installs: only registration, onboarding and app events
    /// are replayed, and only the installs rewritten.
    case apps

    /// The event types an `.apps` commit replays: all that shape the profile and installs.
    static let appEventTypes: [LedgerEventType] = [.sellerRegistered, .onboardingStarted, .onboardingCompleted, .appInstalled, .appUninstalled]
}

extension PierEngine {
    /// Appends events to a seller's ledger and applies them to the derived tables in the same
    /// transaction, so the tables never drift from the ledger. The body sees the projection of
    /// the events its scope covers and decides the new events from it.
    func commit(
        seller: String, scope: CommitScope = .seller,
        drafts: @escaping @Sendable (SellerProjection) throws(OnboardingError) -> [LedgerDraft]
    ) throws(OnboardingError) {
        try commit(seller: seller, scope: scope) { (p: SellerProjection) throws(OnboardingError) -> (drafts: [LedgerDraft], value: Void) in
            (try drafts(p), ())
        }
    }

    /// `commit`, where the body also answers something decided inside the transaction.
    func commit<T: Sendable>(
        seller: String, scope: CommitScope = .seller,
        returning body: @escaping @Sendable (SellerProjection) throws(OnboardingError) -> (drafts: [LedgerDraft], value: T)
    )
        throws(OnboardingError) -> T
    {
        let outcome: Result<T, OnboardingError>
        do {
            outcome = try db.write { db -> Result<T, OnboardingError> in
                var projection = try PierEngine.project(db, seller: seller, scope: scope)
                let decided: (drafts: [LedgerDraft], value: T)
                do throws(OnboardingError) { decided = try body(projection) } catch { return .failure(error) }
                for d in decided.drafts { projection.apply(d) }
                try db.appendLedger(seller: seller, drafts: decided.drafts)
                try PierEngine.save(db, seller: seller, scope: scope, projection)
                return .success(decided.value)
            }
        } catch {
            throw .store(error.description)
        }
        return try outcome.get()
    }

    /// The projection of the events a scope covers, stamped after the seller's last event.
    static func project(_ db: any StoreSession, seller: String, scope: CommitScope) throws -> SellerProjection {
        var projection = SellerProjection(sellerID: seller)
        switch scope {
        case .seller:
            try db.forEachEvent(seller: seller) {
                projection.apply($0); return true
            }
        case .flags(let ids):
            let skus = try db.flagSKUs(seller: seller, ids: ids)
            try db.forEachEvent(seller: seller, skus: skus) { projection.apply($0) }
            projection.follow(lastAt: try db.lastEventAt(seller: seller))
        case .skus(let skus):
            try db.forEachEvent(seller: seller, skus: Array(Set(skus)).sorted()) { projection.apply($0) }
            projection.follow(lastAt: try db.lastEventAt(seller: seller))
        case .apps:
            try db.forEachEvent(seller: seller, types: CommitScope.appEventTypes.map(\.rawValue)) { projection.apply($0) }
            projection.follow(lastAt: try db.lastEventAt(seller: seller))
        }
        return projection
    }

    /// Writes back what a scope's events can have changed.
    static func save(_ db: any StoreSession, seller: String, scope: CommitScope, _ projection: SellerProjection) throws {
        switch scope {
        case .seller:
            try saveDerived(db, seller: seller, projection)
        case .flags, .skus:
            var listings = try db.listingSaver()
            try projection.forEachFinalListing { try listings.save($0) }
            try db.saveFlags(projection.finalFlags())
            for c in projection.conflicts where c.resolution.needsHuman && c.state != .open {
                try db.setConflictState(seller: seller, sku: c.resolution.sku, eventID: c.resolution.eventID, field: c.resolution.field, state: c.state)
            }
        case .apps:
            try db.saveInstalls(projection.finalInstalls())
        }
    }
}

extension PierEngine {
    /// Rewrites a seller's derived tables from a full replay of its ledger, in one transaction.
    public func rebuildDerived(seller: String) throws(OnboardingError) {
        do {
            try db.write { db in try PierEngine.saveDerived(db, seller: seller, try PierEngine.project(db, seller: seller, scope: .seller)) }
        } catch {
            throw .store(error.description)
        }
    }
}
