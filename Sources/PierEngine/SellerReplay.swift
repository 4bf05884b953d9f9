import PierCore
import PierStore

/// The outcome of replaying a seller's ledger.
public struct ReplayReport: Sendable {
    public let seller: String
    /// Events replayed.
    public let events: Int64
    /// The last event replayed (a chosen one, or the head).
    public let throughSeq: Int64
    public let throughAt: Int64
    public let status: String
    public let listings: Int
    public let listingsByStatus: [String: Int]
    public let openFlags: Int
    public let conflicts: Int
    public let conflictQueue: Int
    public let installs: [String]
    /// Where the stored state differs from the replayed one (only for a full replay).
    public let differences: [String]
    /// Whether the stored state was compared (a full replay).
    public let compared: Bool
}

extension PierEngine {
    /// Rebuilds a seller's state from its ledger, through `seq` (or the head); a full replay is
    /// compared with the stored tables, field by field.
    public func replay(seller: String, through seq: Int64? = nil) throws(OnboardingError) -> ReplayReport {
        let report: ReplayReport?
        do {
            report = try db.read { db -> ReplayReport? in
                var projection = SellerProjection(sellerID: seller)
                var last: LedgerEvent?
                try db.forEachEvent(seller: seller) { e in
                    if let seq, e.seq > seq { return false }
                    projection.apply(e)
                    last = e
                    return true
                }
                guard let last else { return nil }
                let listings = projection.finalListings()
                let flags = projection.finalFlags()
                var differences = [String]()
                let headSeq = try db.ledgerHead(seller: seller).seq
                let full = seq.map { $0 >= headSeq } ?? true
                if full {
                    differences = try PierEngine.compare(
                        db, seller: seller, listings: listings, flags: flags,
                        conflicts: projection.conflicts, installs: projection.finalInstalls(),
                        orders: projection.finalOrders(), profile: projection.profile)
                }
                var byStatus = [String: Int]()
                for l in listings { byStatus[l.status.rawValue, default: 0] += 1 }
                return ReplayReport(
                    seller: seller, events: projection.events, throughSeq: last.seq, throughAt: last.at,
                    status: projection.profile?.status.rawValue ?? "unknown", listings: listings.count, listingsByStatus: byStatus,
                    openFlags: flags.filter { $0.state == .open }.count, conflicts: projection.conflicts.count,
                    conflictQueue: projection.conflicts.filter { $0.state == .open }.count,
                    installs: projection.finalInstalls().filter { $0.revokedAt == nil }.map(\.appID),
                    differences: differences, compared: full)
            }
        } catch {
            throw .store(error.description)
        }
        guard let report else {
            throw .unknownSeller(seller, known: (try? db.sellers().map(\.id)) ?? PierEngine.archetypeIDs)
        }
        return report
    }

    static func compare(
        _ db: any StoreSession, seller: String, listings: [ListingRecord], flags: [FlagRecord], conflicts: [ConflictRecord],
        installs: [InstallRecord], orders: [OrderRecord], profile: SellerRecord?
    ) throws -> [String] {
        var out = [String]()
        let stored = Dictionary(try db.listings(seller: seller).map { ($0.sku, $0) }, uniquingKeysWith: { a, _ in a })
        let replayed = Dictionary(listings.map { ($0.sku, $0) }, uniquingKeysWith: { a, _ in a })
        for sku in Set(stored.keys).union(replayed.keys).sorted() {
            switch (stored[sku], replayed[sku]) {
            case (nil, _?): out.append("listing \(sku): in the ledger but not in the listings table")
            case (_?, nil): out.append("listing \(sku): in the listings table but not in the ledger")
            case (let s?, let r?) where s != r:
                let fields: [(String, String, String)] = [
                    ("status", s.status.rawValue, r.status.rawValue), ("price_minor", "\(s.priceMinor)", "\(r.priceMinor)"),
                    ("campaign_price_minor", "\(s.campaignPriceMinor.map(String.init) ?? "null")", "\(r.campaignPriceMinor.map(String.init) ?? "null")"),
                    ("inventory", s.inventoryJSON, r.inventoryJSON), ("title", s.title, r.title), ("moderation", s.moderation.rawValue, r.moderation.rawValue),
                    ("tiktok_category_id", "\(s.tiktokCategoryID.map(String.init) ?? "null")", "\(r.tiktokCategoryID.map(String.init) ?? "null")"),
                    ("moderation_tags", s.moderationTags.joined(separator: "|"), r.moderationTags.joined(separator: "|")),
                    ("description", s.description, r.description), ("coverage_reason", s.coverageReason ?? "", r.coverageReason ?? ""),
                ]
                let diff = fields.filter { $0.1 != $0.2 }
                if diff.isEmpty {
                    out.append("listing \(sku): stored row differs from the replayed one")
                } else {
                    for d in diff { out.append("listing \(sku): \(d.0) stored \(TerminalText.clip(d.1, 40)), replayed \(TerminalText.clip(d.2, 40))") }
                }
            default: break
            }
        }
        let storedFlags = try db.flags(seller: seller)
        if storedFlags != flags {
            let s = Dictionary(storedFlags.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for f in flags where s[f.id] != f {
                out.append(
                    s[f.id] == nil
                        ? "flag \(f.id): in the ledger but not in the flags table"
                        : "flag \(f.id): stored state \(s[f.id]?.state.rawValue ?? "?"), replayed \(f.state.rawValue)")
            }
            if storedFlags.count > flags.count { out.append("flags table has \(storedFlags.count - flags.count) flags the ledger does not") }
        }
        let storedConflicts = try db.conflicts(seller: seller)
        if storedConflicts != conflicts {
            out.append("conflicts: \(storedConflicts.count) stored, \(conflicts.count) replayed, contents differ")
        }
        let storedInstalls = try db.installs(seller: seller)
        if storedInstalls != installs {
            out.append("installs: stored \(storedInstalls.map(\.appID).joined(separator: ",")), replayed \(installs.map(\.appID).joined(separator: ","))")
        }
        let storedOrders = Dictionary(try db.orders(seller: seller).map { ($0.orderID, $0) }, uniquingKeysWith: { a, _ in a })
        let replayedOrders = Dictionary(orders.map { ($0.orderID, $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(storedOrders.keys).union(replayedOrders.keys).sorted() where storedOrders[id] != replayedOrders[id] {
            let s = storedOrders[id], r = replayedOrders[id]
            out.append(
                "order \(id): stored \(s.map { "\($0.status)/\($0.fulfilment)" } ?? "missing"), replayed \(r.map { "\($0.status)/\($0.fulfilment)" } ?? "missing")"
            )
        }
        if let profile, let s = try db.seller(seller) {
            if s.status != profile.status { out.append("seller status: stored \(s.status), replayed \(profile.status)") }
            if s.tier != profile.tier { out.append("seller tier: stored \(s.tier?.rawValue ?? "none"), replayed \(profile.tier?.rawValue ?? "none")") }
            if s.metrics != profile.metrics { out.append("seller metrics differ from the onboarding.completed event") }
        }
        return out
    }
}
