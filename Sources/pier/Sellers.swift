import ArgumentParser
import PierCore
import PierEngine
import PierStore

struct Sellers: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List sellers with platform, SKUs, tier, status and key metrics.")
    @OptionGroup var store: StoreOptions

    func run() throws {
        let engine = try store.engine()
        let sellers: [SellerRecord]
        do { sellers = try engine.sellers() } catch { throw CLI.fail(error.description, code: 4) }
        // Ids are typed into the next command: shown whole, the column as wide as the longest.
        let idWidth = max(11, (sellers.map { TerminalText.sanitize($0.id).count }.max() ?? 0) + 1)
        print(
            "ID".padding(toLength: idWidth, withPad: " ", startingAt: 0)
                + " NAME                    PLATFORM     REGIONS  SKUS    TIER      STATUS      COVERAGE  ELIGIBLE  FLAGGED")
        for s in sellers {
            let m = s.metrics.map(OnboardingMetrics.init(json:))
            let cols = [
                TerminalText.sanitize(s.id).padding(toLength: idWidth, withPad: " ", startingAt: 0),
                TerminalText.clip(s.name, 23).padding(toLength: 23, withPad: " ", startingAt: 0),
                s.platform.title.padding(toLength: 12, withPad: " ", startingAt: 0),
                s.regions.map(\.rawValue).joined(separator: "+").padding(toLength: 8, withPad: " ", startingAt: 0),
                Format.count(s.skuCount).padding(toLength: 7, withPad: " ", startingAt: 0),
                (s.tier?.title ?? "-").padding(toLength: 9, withPad: " ", startingAt: 0),
                s.status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0),
                (m.map { Format.percent($0.coverageBP) } ?? "-").padding(toLength: 9, withPad: " ", startingAt: 0),
                (m.map { Format.percent($0.eligibleCoverageBP) } ?? "-").padding(toLength: 9, withPad: " ", startingAt: 0),
                m.map { Format.percent($0.flaggedBP) } ?? "-",
            ]
            print(cols.joined(separator: " "))
        }
    }
}

struct Apps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the Partner App Marketplace: scopes, the tier each app needs, and the sellers of the store that installed it.")
    @OptionGroup var store: StoreOptions

    func run() throws {
        let resources = try CLI.resources()
        var installs = [String: [String]]()
        if StoreLocation.exists(store.path) {
            let db = try store.existing()
            let sellers: [SellerRecord]
            do { sellers = try db.sellers() } catch { throw CLI.fail(error.description, code: 4) }
            for s in sellers { for a in s.apps { installs[a, default: []].append(s.id) } }
        }
        print("ID           NAME          CATEGORY      TIER       INSTALLED BY         SCOPES")
        for a in resources.apps {
            let by = installs[a.id].map { $0.joined(separator: ",") } ?? "-"
            print(
                [
                    a.id.padding(toLength: 12, withPad: " ", startingAt: 0), a.name.padding(toLength: 13, withPad: " ", startingAt: 0),
                    a.category.padding(toLength: 13, withPad: " ", startingAt: 0), a.minimumTier.title.padding(toLength: 10, withPad: " ", startingAt: 0),
                    TerminalText.clip(by, 20).padding(toLength: 20, withPad: " ", startingAt: 0), a.scopes.map(\.rawValue).joined(separator: " "),
                ].joined(separator: " "))
        }
    }
}

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the rate budget a tier reserves for a seller and the projected sync time, without running anything.")
    @Argument(help: "Seller id: a generated seller (lumina, pixelgrid, prairie) or one imported into the store.") var seller: String
    @Option(help: "lite, standard or premium.") var tier: String
    @Option(help: "Comma-separated app ids.") var apps: String?
    @Option(help: "Simulation seed.") var seed: UInt64 = 1
    @OptionGroup var store: StoreOptions

    func run() throws {
        let resources = try CLI.resources()
        let t = try CLI.tier(tier)
        let r: RateReservation
        do {
            // An existing store knows imported sellers; without one, the generated sellers are planned as they are.
            if StoreLocation.exists(store.path) {
                r = try PierEngine(db: try store.existing(), resources: resources, operator: try store.who()).reserve(
                    seller: seller, tier: t, apps: CLI.appList(apps), seed: seed)
            } else {
                r = try PierEngine.reserve(seller: seller, tier: t, apps: CLI.appList(apps), seed: seed, resources: resources)
            }
        } catch let error as OnboardingError {
            throw CLI.fail(error.description, code: CLI.code(error))
        }
        Onboard.printReservation(r)
        if !r.fits {
            throw CLI.fail("\(t.title) refused for \(seller): " + r.refusals.joined(separator: "; "), code: 3)
        }
    }
}
