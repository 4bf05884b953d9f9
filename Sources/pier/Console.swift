import ArgumentParser
import Foundation
import PierConsole
import PierCore
import PierEngine
import PierStore

/// The console: `pier` with no subcommand, or `pier console`.
struct Console: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the operations console (the default when no subcommand is given).")

    @Option(
        help: ArgumentHelp(
            "ops (decides flags and appeals), support (read-only) or presenter.",
            discussion: "Default: the operator's role on the store's roster (pier operators), else ops. A roster's role can be narrowed, never widened."))
    var role: String?
    @Option(help: "Theme name (default, light, ansi16, mono) or path to a .toml theme file. NO_COLOR forces mono.") var theme: String?
    @Flag(help: "Enable the mouse: click to select, wheel to scroll.") var mouse = false
    @Option(help: "Key file with overrides, one `action = \"key\"` per line.") var keys: String?
    @Option(help: "Simulation seed for onboardings started in the console.") var seed: UInt64 = 1
    @Flag(help: "No curses: a linear, screen-reader-friendly log. With --seller (and --tier, --apps) it onboards if needed and logs the onboarding.")
    var plain = false
    @Option(help: "With --plain: the seller to log.") var seller: String?
    @Option(help: "With --plain: the tier to onboard on, if the seller is new.") var tier: String?
    @Option(help: "With --plain: apps to install, if the seller is new.") var apps: String?
    @OptionGroup var store: StoreOptions

    func run() throws {
        let requested = try role.map { r in
            guard let parsed = ConsoleRole(rawValue: r.lowercased()) else { throw CLI.fail("unknown role '\(r)'; choose ops, support or presenter", code: 2) }
            return parsed
        }
        let theme: Theme
        do { theme = try Theme.load(self.theme, terminalColors: ProcessInfo.processInfo.environment["TERM"] == "dumb" ? 0 : 256) } catch {
            throw CLI.fail("theme: \(error)", code: 2)
        }
        var keymap = Keymap()
        if let keys {
            let text = try CLI.readText(keys, what: "key file")
            do { keymap = try Keymap.parse(text, file: keys, actions: ConsoleModel.allActions) } catch { throw CLI.fail("keys: \(error)", code: 2) }
        }
        let engine = try store.engine()
        let rostered: ConsoleRole?
        do { rostered = try engine.rosterRole() } catch { throw CLI.fail(error.description, code: 4) }
        if let rostered, let requested, !rostered.covers(requested) {
            throw CLI.fail(
                "\(engine.who.name) is \(rostered.rawValue) on this store's roster (pier operators): --role \(requested.rawValue) refused; an ops operator can grant it",
                code: 3)
        }
        let role = requested ?? rostered ?? .ops
        if plain { return try runPlain(engine) }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            FileHandle.standardError.write(
                Data(
                    "pier: TERM=\(term.isEmpty ? "(unset)" : term) cannot draw the console; here is the plain log instead (pier --plain). Set TERM (e.g. xterm-256color) for the console.\n"
                        .utf8))
            return try runPlain(engine)
        }
        let model = ConsoleModel(worker: EngineWorker(engine: engine), role: role, seed: seed, keymap: keymap)
        if let clash = model.keyClash() { throw CLI.fail("keys: \(clash)", code: 2) }
        do { try ConsoleApp(model: model, theme: theme, mouse: mouse).run() } catch { throw CLI.fail("\(error)", code: 1) }
    }

    private func runPlain(_ engine: PierEngine) throws {
        guard let seller else {
            print("Sellers:")
            let sellers: [SellerRecord]
            do { sellers = try engine.sellers() } catch { throw CLI.fail(error.description, code: 4) }
            for s in sellers {
                print(
                    "\(s.id): \(TerminalText.sanitize(s.name)), \(s.platform.title), \(s.skuCount) SKUs, \(s.status)\(s.tier.map { ", tier \($0.title)" } ?? "")."
                )
            }
            print("Log one with: pier --plain --seller ID [--tier T --apps a,b]")
            return
        }
        func stored() throws -> SellerRecord? {
            do { return try engine.db.seller(seller) } catch { throw CLI.fail(error.description, code: 4) }
        }
        var record = try stored()
        if record?.status != .onboarded {
            guard let tier else { throw CLI.fail("\(seller) is not onboarded: pass --tier (and --apps) to onboard it", code: 2) }
            let t = try CLI.tier(tier)
            do { _ = try engine.onboard(seller: seller, tier: t, apps: CLI.appList(apps), seed: seed) } catch {
                throw CLI.fail(error.description, code: CLI.code(error))
            }
            record = try stored()
        }
        guard let record else { throw CLI.fail("unknown seller '\(seller)'", code: 2) }
        let events: [LedgerEvent]
        do { events = try engine.db.events(seller: seller) } catch { throw CLI.fail(error.description, code: 4) }
        for line in PlainLog.lines(seller: record, events: events, rules: engine.resources.rules) { print(line) }
    }
}
