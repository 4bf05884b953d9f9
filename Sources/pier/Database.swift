import ArgumentParser
import Foundation
import PierCore
import PierStore

/// `pier db`: the store itself — its schema, and moving it between SQLite and PostgreSQL.
struct Database: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Migrate a store's schema, or copy a whole store between SQLite and PostgreSQL.",
        subcommands: [Migrate.self, Copy.self])

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the schema migrations the store lacks (opening a store does the same) and list them.",
            discussion: "Exits 4 when the store cannot be opened, or was written by a newer Pier.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let db: any Store
            do { db = try StoreLocation.open(store.path) } catch { throw CLI.fail(error.description, code: 4) }
            let applied: [String]
            do { applied = try db.appliedMigrations() } catch { throw CLI.fail(error.description, code: 4) }
            print("store     \(TerminalText.sanitize(db.location))")
            for id in applied { print("  \(id)\(db.migratedOnOpen.contains(id) ? "  applied now" : "")") }
            print(db.migratedOnOpen.isEmpty ? "schema up to date (\(applied.count) migrations)" : "migrated: \(db.migratedOnOpen.count) applied now")
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy every seller, ledger, derived table, catalogue and the roster into an empty store.",
            discussion: """
                FROM and TO are each a SQLite file or a postgres:// URL. The copy is one transaction on TO; each seller's \
                ledger is chained again from the stored bytes and its head checked against FROM's. Exits 3 when TO is not \
                empty, 5 when a chain in FROM does not verify (it is not copied), 4 when a store cannot be opened.
                """)
        @Argument(help: "The store to copy from.") var from: String
        @Argument(help: "The empty store to copy into (a new file, or a new database).") var to: String

        func run() throws {
            let fromPath = StoreLocation.isServer(from) ? from : HomeFolder.expanding(from)
            let toPath = StoreLocation.isServer(to) ? to : HomeFolder.expanding(to)
            guard StoreLocation.exists(fromPath) else { throw CLI.fail("no database at \(TerminalText.sanitize(fromPath))", code: 4) }
            let source: any Store
            let target: any Store
            do {
                source = try StoreLocation.open(fromPath)
                target = try StoreLocation.open(toPath)
            } catch { throw CLI.fail(error.description, code: 4) }
            let report: StoreCopy.Report
            do {
                report = try StoreCopy.copy(from: source, to: target)
            } catch let refusal as StoreCopy.Refusal {
                switch refusal {
                case .targetNotEmpty: throw CLI.fail(refusal.description, code: 3)
                case .sourceBroken, .headMismatch: throw CLI.fail(refusal.description, code: 5)
                }
            } catch {
                throw CLI.fail("\(error)", code: 4)
            }
            print("copied    \(TerminalText.sanitize(source.location)) → \(TerminalText.sanitize(target.location))")
            for s in report.sellers {
                print("  \(s.id.padding(toLength: 14, withPad: " ", startingAt: 0)) \(Format.count(s.events)) events  head \(s.head)  same")
            }
            print(
                "\(report.sellers.count) sellers · \(Format.count(Int64(report.listings))) listings · "
                    + "\(Format.count(Int64(report.catalogueItems))) catalogue items · \(report.operators) operators; every head verified")
        }
    }
}
