import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

struct Ledger: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify, show and replay the audit ledger.",
        subcommands: [Verify.self, Show.self, Replay.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every seller's hash chain; print each head and the database head digest (hex).",
            discussion: "Exits 5 naming the first bad event when an event was changed, removed or reordered, or when --expect-head does not match (truncation)."
        )
        @Option(help: "Verify one seller only; the last line is then that seller's head.") var seller: String?
        @Option(help: "The head digest exported earlier (manifest.json's ledger.head with --seller, else the database head): catches truncation.")
        var expectHead: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let db = try store.existing()
            let sellers: [String]
            if let seller {
                sellers = [seller]
            } else {
                do { sellers = try db.ledgerSellers() } catch { throw CLI.fail(error.description, code: 4) }
            }
            var heads = [(seller: String, head: String)]()
            var broken = [String]()
            for s in sellers {
                let report: LedgerReport
                do { report = try db.verifyLedger(seller: s, expectedHead: seller != nil ? expectHead : nil) } catch {
                    throw CLI.fail(error.description, code: 4)
                }
                if report.events == 0 && report.problem == nil {
                    throw CLI.fail("seller '\(s)' has no ledger events", code: 2)
                }
                let state = report.problem.map { "BROKEN: \($0)" } ?? "ok"
                print(
                    "\(s.padding(toLength: 12, withPad: " ", startingAt: 0)) \(Format.count(report.events).padding(toLength: 8, withPad: " ", startingAt: 0)) events  \(report.head)  \(state)"
                )
                if let p = report.problem { broken.append("seller \(s): \(p)") }
                heads.append((s, report.head))
            }
            let head = seller != nil ? (heads.first?.head ?? LedgerEvent.genesis) : LedgerVerifier.databaseHead(heads)
            print("head \(head)")
            if seller == nil, let expectHead, expectHead != head {
                broken.append("database head \(head.prefix(16))… does not match the expected \(expectHead.prefix(16))… (events removed or added)")
            }
            if let first = broken.first {
                throw CLI.fail("ledger verification failed: \(first)", code: 5)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a seller's ledger events, newest first unless --oldest.")
        @Argument(help: "Seller id.") var seller: String
        @Option(help: "Only events of this type (prefix match, e.g. flag. or sku.mapped).") var type: String?
        @Option(help: "Only events about this SKU.") var sku: String?
        @Option(help: "Only events by this actor (prefix match, e.g. tiktok or merchant).") var actor: String?
        @Option(help: "Only events whose type, actor, SKU or data contains this text (any case).") var search: String?
        @Option(help: "At most this many events.") var limit: Int = 50
        @Flag(help: "Oldest first.") var oldest = false
        @Flag(help: "Print events as JSON lines with their hashes.") var json = false
        @OptionGroup var store: StoreOptions

        func validate() throws { try CLI.validateLimit(limit) }

        func run() throws {
            let db = try store.existing()
            try CLI.requireSeller(seller, in: db)
            let filter = LedgerFilter(typePrefix: type, sku: sku, actorPrefix: actor, text: search ?? "")
            let total: Int, matched: Int, matching: [LedgerEvent]
            do {
                total = try db.ledgerCount(seller: seller, filter: LedgerFilter())
                guard total > 0 else { throw CLI.fail("seller '\(seller)' has no ledger events", code: 2) }
                if let type, try db.ledgerCount(seller: seller, filter: LedgerFilter(typePrefix: type)) == 0 {
                    let types = try db.ledgerTypes(seller: seller)
                    throw CLI.fail("no event of \(seller) has a type starting '\(type)'; its types: \(types.joined(separator: ", "))", code: 2)
                }
                matched = try db.ledgerCount(seller: seller, filter: filter)
                matching = try db.ledgerPage(seller: seller, filter: filter, start: .first, descending: !oldest, limit: limit)
            } catch let e as StoreError {
                throw CLI.fail(e.description, code: 4)
            }
            for e in matching {
                if json { print(TerminalText.sanitize(e.jsonLine)); continue }
                let line =
                    "\(String(e.seq).padding(toLength: 6, withPad: " ", startingAt: 0)) \(Format.clock(e.at))  \(e.type.padding(toLength: 20, withPad: " ", startingAt: 0)) \(e.actor.padding(toLength: 22, withPad: " ", startingAt: 0)) \((e.sku ?? "-").padding(toLength: 26, withPad: " ", startingAt: 0)) \(e.data.canonical)"
                print(TerminalText.clip(line, 220))
            }
            // JSON lines stay pure JSON on stdout; the count goes to stderr.
            let summary = matching.count < matched ? "\(matching.count) shown of \(matched) of \(total) events" : "\(matched) of \(total) events"
            if json { FileHandle.standardError.write(Data((summary + "\n").utf8)) } else { print(summary) }
        }
    }

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild a seller's state from its ledger and compare it with the stored state (or show it at --at SEQ).")
        @Argument(help: "Seller id.") var seller: String
        @Option(help: "Replay through this event only and show the state then.") var at: Int64?
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let at, at < 1 { throw ValidationError("--at takes an event seq, 1 or more (the seller's first event is 1), not \(at)") }
        }

        func run() throws {
            let db = try store.existing()
            let engine = PierEngine(db: db, resources: try CLI.resources(), operator: try store.who())
            let r: ReplayReport
            do { r = try engine.replay(seller: seller, through: at) } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
            print("replayed \(Format.count(r.events)) events of \(r.seller) through event \(r.throughSeq) (virtual \(Format.clock(r.throughAt)))")
            print(
                "seller status \(r.status) · \(Format.count(r.listings)) listings: "
                    + r.listingsByStatus.sorted { $0.key < $1.key }.map { "\($0.key) \(Format.count($0.value))" }.joined(separator: " · "))
            print(
                "open flags \(r.openFlags) · conflicts \(r.conflicts) (queue \(r.conflictQueue)) · apps \(r.installs.isEmpty ? "none" : r.installs.joined(separator: ", "))"
            )
            guard r.compared else { return }
            if r.differences.isEmpty {
                print("stored state matches the ledger")
            } else {
                for d in r.differences.prefix(20) { print("DIFF \(d)") }
                if r.differences.count > 20 { print("… and \(r.differences.count - 20) more") }
                throw CLI.fail("stored state differs from the ledger in \(r.differences.count) place(s)", code: 5)
            }
        }
    }
}
