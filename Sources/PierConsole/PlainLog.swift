import PierCore
import PierEngine
import PierStore

/// `--plain`: the same onboarding as the Sync pane, as a linear log a screen reader can
/// follow: one sentence per milestone, flag and queued conflict, then the figures.
public enum PlainLog {
    /// The lines for a seller's onboarding, from its ledger.
    public static func lines(seller: SellerRecord, events: [LedgerEvent], rules: RulePack) -> [String] {
        var out = [
            "\(seller.name) (\(seller.id)): \(seller.platform.title), \(seller.regions.map(\.rawValue).joined(separator: " and ")), \(Format.count(seller.skuCount)) SKUs."
        ]
        var start: Int64 = 0
        var imported = 0
        for e in events {
            let t = "[\(Format.clock(e.at - start))]"
            let by = e.byline.map { " (\($0))" } ?? ""
            switch e.kind {
            case .onboardingStarted?:
                start = e.at
                let s = e.payload(OnboardingStarted.self)
                out.append("[0:00:00] Onboarding started on tier \(s?.tier.rawValue ?? ""), apps: \((s?.apps ?? []).joined(separator: ", "))\(by).")
            case .tierReserved?:
                out.append("\(t) Rate budget reserved; projected catalogue sync \(Format.duration(e.payload(TierReserved.self)?.projectedSyncMillis ?? 0)).")
            case .oauthAuthorized?: out.append("\(t) The merchant authorised Pier on TikTok Shop.")
            case .appInstalled?:
                let i = e.payload(AppInstalled.self)
                out.append("\(t) \(i?.name ?? "") installed; consented scopes: \((i?.scopes ?? []).joined(separator: ", "))\(by).")
            case .connectCompleted?: out.append("\(t) Connected.")
            case .skuImported?:
                imported += 1
                if imported == 1 { out.append("\(t) Importing the catalogue.") }
            case .skuUnmapped?: out.append("\(t) \(e.sku ?? "") not covered: \(e.payload(SKUUnmapped.self)?.reason ?? "").")
            case .flagRaised?:
                guard let f = e.payload(FlagRaised.self), f.severity != .warn else { break }
                out.append(
                    "\(t) Flag on \(e.sku ?? ""): rule \(f.rule) \(rules.rule(f.rule)?.title ?? ""), words “\(TerminalText.sanitize(f.matched))”, \(f.severity.rawValue)."
                )
            case .syncCompleted?: out.append("\(t) Catalogue synced: \(e.payload(SyncCompleted.self)?.published ?? 0) listings published.")
            case .conflictQueued?:
                guard let r = e.resolution else { break }
                out.append(
                    "\(t) Conflict queued on \(r.sku) \(r.field): merchant \(r.merchantValue), TikTok \(r.tiktokValue), resolved \(r.resolvedValue) by \(r.policy)."
                )
            case .flagDecided?:
                guard let d = e.payload(FlagDecided.self) else { break }
                out.append("\(t) \(e.actor) decided flag \(d.flag): \(d.decision.rawValue)\(by).")
            case .conflictDecided?:
                guard let d = e.payload(ConflictDecided.self) else { break }
                out.append("\(t) Conflict on \(e.sku ?? "") \(d.field) decided: \(d.choice.rawValue) (\(TerminalText.sanitize(d.reason)))\(by).")
            case .appealFiled?:
                guard let a = e.payload(AppealFiled.self) else { break }
                out.append("\(t) Appeal \(a.number) filed on flag \(a.flag)\(by).")
            case .appealDecided?:
                guard let d = e.payload(AppealDecided.self) else { break }
                out.append("\(t) Appeal on flag \(d.flag) \(d.decision == .grant ? "granted" : "denied")\(by).")
            case .onboardingCompleted?:
                let m = OnboardingMetrics(json: e.payload(OnboardingCompleted.self)?.metrics ?? .null)
                out.append(
                    "\(t) Onboarding complete. Coverage \(Format.percent(m.coverageBP)): \(Format.count(m.live)) of \(Format.count(m.skus)) SKUs live. Flagged \(Format.percent(m.flaggedBP)). Inventory conflicts \(Format.percent(m.inventoryConflictBP)). Conflict queue \(m.conflictQueue). OAuth \(Format.duration(m.oauthMillis)), catalogue sync \(Format.duration(m.syncMillis)), virtual."
                )
            default: break
            }
        }
        return out
    }
}
