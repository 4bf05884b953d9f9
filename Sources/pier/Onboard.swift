import ArgumentParser
import PierCore
import PierEngine
import PierStore

struct Onboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Onboard a seller onto TikTok Shop: reserve the tier, connect, sync, moderate, resolve; print the metrics.")
    @Argument(help: "Seller id (lumina, pixelgrid, prairie).") var seller: String
    @Option(help: "lite, standard or premium.") var tier: String
    @Option(help: "Comma-separated marketplace app ids, e.g. yotpo,klaviyo.") var apps: String?
    @Option(help: "Simulation seed: the same seed gives the same ledger, byte for byte.") var seed: UInt64 = 1
    @Option(help: "Virtual days of trading after go-live (orders, fulfilment, returns, app activity); 0 for none.") var days = 0
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...90).contains(days) else { throw ValidationError("--days must be 0…90") }
    }

    func run() throws {
        let resources = try CLI.resources()
        let t = try CLI.tier(tier)
        let appIDs = CLI.appList(apps)
        let reservation: RateReservation
        var opened: PierEngine?
        do {
            if PierEngine.archetypeIDs.contains(seller.lowercased()) {
                reservation = try PierEngine.reserve(seller: seller, tier: t, apps: appIDs, seed: seed, resources: resources)
            } else {
                guard StoreLocation.exists(store.path) else {
                    throw OnboardingError.unknownSeller(seller, known: PierEngine.archetypeIDs)
                }
                let engine = try store.engine()
                opened = engine
                reservation = try engine.reserve(seller: seller, tier: t, apps: appIDs, seed: seed)
            }
        } catch let error as OnboardingError {
            throw CLI.fail(error.description, code: CLI.code(error))
        }
        guard reservation.fits else {
            throw CLI.fail(OnboardingError.refused(tier: t.title, seller: seller, reasons: reservation.refusals).description, code: 3)
        }
        let engine = try opened ?? store.engine()
        let report: OnboardingReport
        do { report = try engine.onboard(seller: seller, tier: t, apps: appIDs, seed: seed) } catch {
            throw CLI.fail(error.description, code: CLI.code(error))
        }
        let s = report.seller
        print(
            "Onboarding \(TerminalText.sanitize(s.name)) (\(s.id)) · \(s.platform.title) → TikTok Shop · tier \(t.title) · apps \(appIDs.isEmpty ? "none" : appIDs.joined(separator: ", ")) · seed \(seed)"
        )
        if report.alreadyOnboarded { print("already onboarded with these settings: nothing written; stored results follow") }
        Onboard.printReservation(reservation)
        let m = report.metrics
        print("connect   OAuth and shop authorisation done at \(Format.duration(m.oauthMillis)) (virtual) · \(m.apps) app(s) consented")
        print("import    \(Format.count(m.skus)) SKUs in \(Format.count(m.products)) products from \(s.platform.title)")
        let mapped = m.skus - m.unmapped - m.missingAttribute - m.notEligible - m.noCategory
        print(
            "map       \(Format.count(mapped)) mapped · \(m.unmapped) need a category · \(m.noCategory) with no TikTok category · \(m.missingAttribute) need an attribute · \(m.notEligible) not eligible"
        )
        let sides = Parcel.defaultDimensionsCm.map(String.init).joined(separator: "×")
        print(
            "package   weight from the export for \(Format.count(mapped - m.defaultWeight)), default \(Parcel.defaultWeightGrams) g for \(Format.count(m.defaultWeight)) · dimensions from the export for \(Format.count(mapped - m.defaultDimensions)), default \(sides) cm for \(Format.count(m.defaultDimensions))"
        )
        func top(_ counts: [String: Int]) -> String {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map { "\($0.key)×\($0.value)" }.joined(separator: " ")
        }
        let advisory = m.flagsByRule.filter { resources.rules.rule($0.key)?.severity == .warn }
        let rules = top(m.flagsByRule.filter { advisory[$0.key] == nil })
        let notes = advisory.values.reduce(0, +)
        print(
            "moderate \(String(repeating: " ", count: 1))\(m.flaggedSKUs) SKUs flagged: \(m.heldSKUs) held for review · \(m.rejectedSKUs) rejected · \(m.healthClaimFlaggedSKUs) by health-claim rules\(rules.isEmpty ? "" : " (\(rules))")"
                + (notes == 0 ? "" : " · \(Format.count(notes)) advisory note\(notes == 1 ? "" : "s") (\(top(advisory)))")
        )
        print(
            "publish   \(Format.count(m.live)) live · first live after \(Format.duration(m.firstLiveMillis)) · catalogue synced after \(Format.duration(m.syncMillis)) (virtual) · p95 SKU \(Format.duration(m.p95SkuMillis))"
        )
        print(
            "trade     first hour live: \(Format.count(m.changeEvents)) changes from both sides · \(m.resolutions) resolutions · conflict queue \(m.conflictQueue)"
        )
        print("")
        print(
            "  coverage              \(Format.percent(m.coverageBP).padding(toLength: 7, withPad: " ", startingAt: 0)) \(Format.count(m.live)) of \(Format.count(m.skus)) SKUs live"
        )
        print(
            "  coverage of eligible  \(Format.percent(m.eligibleCoverageBP).padding(toLength: 7, withPad: " ", startingAt: 0)) \(Format.count(m.live)) of \(Format.count(m.skus - m.notEligible)) eligible SKUs live"
        )
        print(
            "  flagged               \(Format.percent(m.flaggedBP).padding(toLength: 7, withPad: " ", startingAt: 0)) \(m.flaggedSKUs) SKUs, \(m.healthClaimFlaggedSKUs) by health-claim rules"
        )
        print(
            "  inventory conflicts   \(Format.percent(m.inventoryConflictBP).padding(toLength: 7, withPad: " ", startingAt: 0)) \(m.inventoryConflictSKUs) of \(Format.count(m.live)) live SKUs"
        )
        print("  conflict rate         \(Format.percent(m.conflictBP).padding(toLength: 7, withPad: " ", startingAt: 0)) any field, \(m.conflictSKUs) SKUs")
        print("  OAuth (virtual)       \(Format.duration(m.oauthMillis))")
        print("  catalogue sync        \(Format.duration(m.syncMillis)) virtual (projected \(Format.duration(m.projectedSyncMillis)))")
        print("  API requests          \(Format.count(m.requests)) signed · \(m.retries) retried")
        var ledger = (report.ledgerEvents, report.ledgerHead)
        if days > 0 {
            let t: TradingMetrics
            do {
                t = try engine.trade(seller: s.id, days: days)
                let head = try engine.db.verifyLedger(seller: s.id)
                ledger = (head.events, head.head)
            } catch let error as OnboardingError {
                throw CLI.fail(error.description, code: CLI.code(error))
            }
            Onboard.printTrading(t)
        }
        print("  ledger                \(Format.count(ledger.0)) events · head \(ledger.1)")
    }

    static func printTrading(_ t: TradingMetrics) {
        let apps = t.appActivity.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: " · ")
        print("")
        print("after go-live, \(t.days) virtual day(s):")
        print("  first sale            \(t.firstSaleText) after go-live")
        print("  orders                \(Format.count(t.orders)) · \(Format.count(t.paid)) paid · \(t.cancelledOutOfStock) cancelled (out of stock)")
        print(
            "  fulfilment success    \(t.fulfilmentSuccessText.padding(toLength: 7, withPad: " ", startingAt: 0)) \(t.fulfilledOnTime) of \(t.fulfilmentOutcomes) on time · \(t.lateDispatches) late dispatch · \(t.failedDeliveries) failed · by \(t.fulfilledBy)"
        )
        print(
            "  returns               \(t.returnRateText.padding(toLength: 7, withPad: " ", startingAt: 0)) \(t.returns) of \(t.delivered) delivered · \(t.returnsApproved) approved · \(t.returnsRejected) rejected · \(t.restockedUnits) unit(s) restocked"
        )
        print(
            "  webhooks              \(Format.count(t.webhooksReceived)) received · \(t.duplicatesIgnored) duplicates ignored · \(t.webhooksRejected) rejected · \(t.reconciled) gaps closed by polling"
        )
        print("  apps                  \(apps.isEmpty ? "no activity" : apps) · \(t.appRefusals) out-of-scope call(s) refused")
    }

    static func printReservation(_ r: RateReservation) {
        let budget = [EndpointFamily.product, .media, .inventory, .read].map { f -> String in
            let b = r.budgets[f] ?? RateBudget(perSecond: 0, burst: 0)
            let rate = b.perSecond < 1 ? String(format: "%.1f", b.perSecond) : String(Int(b.perSecond))
            return "\(f.rawValue) \(rate)/s (\(Format.count(r.calls[f] ?? 0)) calls)"
        }.joined(separator: " · ")
        print("reserve   \(r.tier.title): \(budget)")
        print(
            "          projected catalogue sync \(Format.duration(r.projectedSyncMillis)) (virtual) · \(r.fits ? "tier fits" : "tier refused: " + r.refusals.joined(separator: "; "))"
        )
    }
}
