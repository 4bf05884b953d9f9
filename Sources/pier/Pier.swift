import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// `pier`: the Pier Console command line.
@main
struct Pier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pier",
        abstract: "Pier brings a merchant's store onto TikTok Shop: onboard, moderate, resolve and audit.",
        usage: "pier [--role ops|support|presenter] [--theme NAME|PATH] [--mouse] [--keys FILE] [--db PATH]   (opens the console)\n  pier <subcommand> …",
        discussion: """
            Exit codes: 0 ok · 2 bad input (unknown seller, tier or app; bad option) · 3 refused (the tier cannot \
            serve the seller, the seller is already onboarded with other settings, or the roster does not allow the operator \
            the action) · 4 database unreadable · \
            5 ledger verification failed · 1 anything else.
            """,
        version: "0.1.0",
        subcommands: [
            Console.self, Sellers.self, Apps.self, Import.self, Plan.self, Onboard.self, Install.self, Uninstall.self, Ledger.self, Flags.self,
            Conflicts.self, Decide.self, Orders.self, Export.self, Operators.self, Demo.self, Keys.self, Evaluate.self, Classify.self,
            Claim.self, Database.self, Fix.self, Fixes.self, Categories.self,
        ],
        defaultSubcommand: Console.self
    )

    /// Runs the command line. A bad option or value is bad input like an unknown seller: one
    /// line on stderr naming it, exit 2 (the argument parser's own default is 64 with usage).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let line = message(for: error).split(separator: "\n").first.map(String.init) ?? "bad option"
                Foundation.exit(CLI.fail("\(line) (pier --help lists the options)", code: 2).rawValue)
            }
            exit(withError: error)
        }
    }
}

/// Options every command that touches the store takes.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a SQLite database file, or postgres://user@host:port/database for a team's PostgreSQL store.",
            discussion: "Default: $PIER_DB, else $XDG_DATA_HOME/pier/pier.sqlite, else ~/.local/share/pier/pier.sqlite."))
    var db: String?

    @Option(
        name: .customLong("operator"),
        help: ArgumentHelp(
            "Who is acting, named in the ledger on every human action.",
            discussion: "Default: $PIER_OPERATOR, else the login name."))
    var operatorName: String?

    @Option(
        help: ArgumentHelp(
            "Pin the wall clock stamped on human actions (UTC, e.g. 2026-01-05T09:00:00Z), for reproducible ledgers.",
            discussion: "Default: $PIER_WALL_CLOCK, else the system clock."))
    var wallClock: String?

    /// The store named by `--db`, `$PIER_DB` or the default: a file path or a server URL.
    var path: String {
        let named = db ?? PierDatabase.defaultPath()
        return StoreLocation.isServer(named) ? named : HomeFolder.expanding(named)
    }

    /// The operator on duty: `--operator`, else `$PIER_OPERATOR`, else the login name; the wall
    /// clock pinned by `--wall-clock` or `$PIER_WALL_CLOCK`, else the system's.
    func who() throws -> Operator {
        let env = ProcessInfo.processInfo.environment
        let name = operatorName ?? [env["PIER_OPERATOR"], NSUserName()].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let clock = wallClock ?? env["PIER_WALL_CLOCK"].flatMap { $0.isEmpty ? nil : $0 }
        do { return try Operator(name: name, pinnedClock: clock) } catch { throw CLI.fail(error.description, code: 2) }
    }

    /// Opens the store (creating and seeding it on first use) and the engine. Only the default
    /// location gets its folder made; a named file's folder must exist (a typo is not a new store).
    func engine() throws -> PierEngine {
        let who = try who()
        let resources = try CLI.resources()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let named = db != nil || !(ProcessInfo.processInfo.environment["PIER_DB"] ?? "").isEmpty
        var isDirectory: ObjCBool = false
        if named, !StoreLocation.isServer(path),
            !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue
        {
            throw CLI.fail("no folder \(folder) for the database \(path): create it, or pass another --db", code: 4)
        }
        let database: any Store
        do { database = try StoreLocation.open(path) } catch { throw CLI.fail(error.description, code: 4) }
        let engine = PierEngine(db: database, resources: resources, operator: who)
        do { try engine.seedSellersIfNeeded() } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
        return engine
    }

    /// Opens an existing store for reading; a missing file is an error, not a new database.
    func existing() throws -> any Store {
        guard StoreLocation.exists(path) else { throw CLI.fail("no database at \(path) (run `pier onboard` or pass --db)", code: 4) }
        do { return try StoreLocation.open(path) } catch { throw CLI.fail(error.description, code: 4) }
    }
}

/// Shared helpers for the commands.
enum CLI {
    /// Prints a one-line reason on stderr and returns the exit code to throw.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("pier: \(message)\n".utf8))
        return ExitCode(code)
    }

    static func code(_ error: OnboardingError) -> Int32 {
        switch error {
        case .unknownSeller, .unknownTier, .unknownApp, .duplicateApp, .badInput, .notFound: 2
        case .refused, .alreadyOnboarded, .notOnboarded: 3
        case .store: 4
        case .apiFailure, .resources: 1
        }
    }

    /// Exits 2 naming the known sellers when `id` is not one of the store's.
    static func requireSeller(_ id: String, in db: any Store) throws {
        let known: [SellerRecord]
        do { known = try db.sellers() } catch { throw fail(error.description, code: 4) }
        guard !known.contains(where: { $0.id == id }) else { return }
        throw fail(OnboardingError.unknownSeller(id, known: known.map(\.id)).description, code: 2)
    }

    /// A UTF-8 text file the user named, or exit 2 saying why it cannot be read.
    static func readText(_ path: String, what: String) throws -> String {
        let shown = TerminalText.sanitize(path)
        var folder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &folder), folder.boolValue {
            throw fail("cannot read \(what) \(shown): it is a folder, not a file", code: 2)
        }
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
            let why = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw fail("cannot read \(what) \(shown): \(why)", code: 2)
        }
    }

    /// A `--limit` of at least one.
    static func validateLimit(_ limit: Int) throws {
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    static func resources() throws -> EngineResources {
        do { return try EngineResources.bundled() } catch { throw fail(error.description, code: 1) }
    }

    static func tier(_ text: String) throws -> Tier {
        guard let t = Tier(rawValue: text.lowercased()) else { throw fail(OnboardingError.unknownTier(text).description, code: 2) }
        return t
    }

    static func appList(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

}
