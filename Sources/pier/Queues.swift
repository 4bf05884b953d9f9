import ArgumentParser
import PierCore
import PierEngine
import PierStore

struct Flags: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List moderation flags with the matched words, rule and state.")
    @Argument(help: "Seller id (all sellers when omitted).") var seller: String?
    @Option(help: ArgumentHelp("One of \(Flags.states.joined(separator: ", ")).")) var state: String?
    @Option(help: "Only this rule id, e.g. HC-001.") var rule: String?
    @OptionGroup var store: StoreOptions

    static let states = FlagState.allCases.map(\.rawValue)

    func validate() throws {
        if let state, !Self.states.contains(state) {
            throw ValidationError("unknown state '\(state)': use one of \(Self.states.joined(separator: ", "))")
        }
    }

    func run() throws {
        let db = try store.existing()
        if let seller { try CLI.requireSeller(seller, in: db) }
        let flags: [FlagRecord]
        do { flags = try db.flags(seller: seller, state: state.flatMap(FlagState.init(rawValue:))) } catch { throw CLI.fail(error.description, code: 4) }
        let rules = try CLI.resources().rules
        let shown = flags.filter { f in rule.map { f.ruleID == $0.uppercased() } ?? true }
        for f in shown {
            let r = rules.rule(f.ruleID)
            print(
                "\(f.sellerID)#\(f.id) \(f.sku) \(f.ruleID) \(f.severity) \(f.state.rawValue) \(f.field): \"\(TerminalText.clip(f.matched, 60))\" — \(r?.title ?? "")"
            )
        }
        print("\(shown.count) flags")
    }
}

struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List field-level conflicts: both values, the policy and the winner.")
    @Argument(help: "Seller id (all sellers when omitted).") var seller: String?
    @Flag(help: "Only the conflict queue (those needing a person).") var queue = false
    @Option(help: "At most this many.") var limit: Int = 100
    @OptionGroup var store: StoreOptions

    func validate() throws { try CLI.validateLimit(limit) }

    func run() throws {
        let db = try store.existing()
        if let seller { try CLI.requireSeller(seller, in: db) }
        let all: [ConflictRecord]
        do { all = try db.conflicts(seller: seller, queueOnly: queue) } catch { throw CLI.fail(error.description, code: 4) }
        print("SELLER      SKU                          FIELD             MERCHANT   TIKTOK     RESOLVED   POLICY                         WINNER    STATE")
        for c in all.prefix(max(limit, 0)) {
            let r = c.resolution
            print(
                [
                    c.sellerID.padding(toLength: 11, withPad: " ", startingAt: 0),
                    TerminalText.clip(r.sku, 28).padding(toLength: 28, withPad: " ", startingAt: 0),
                    r.field.padding(toLength: 17, withPad: " ", startingAt: 0),
                    TerminalText.clip(r.merchantValue, 10).padding(toLength: 10, withPad: " ", startingAt: 0),
                    TerminalText.clip(r.tiktokValue, 10).padding(toLength: 10, withPad: " ", startingAt: 0),
                    TerminalText.clip(r.resolvedValue, 10).padding(toLength: 10, withPad: " ", startingAt: 0),
                    r.policy.padding(toLength: 30, withPad: " ", startingAt: 0), r.winner.padding(toLength: 9, withPad: " ", startingAt: 0), c.state.rawValue,
                ].joined(separator: " "))
        }
        print("\(all.count) conflicts\(all.count > limit ? " (first \(limit) shown)" : "")")
    }
}

struct Orders: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List a seller's orders after go-live: TikTok status, fulfilment, return or note.")
    @Argument(help: "Seller id.") var seller: String
    @Option(help: "Only this TikTok Shop status, e.g. DELIVERED, CANCELLED.") var status: String?
    @Option(help: "At most this many, newest first.") var limit: Int = 100
    @OptionGroup var store: StoreOptions

    func validate() throws {
        try CLI.validateLimit(limit)
        if let status, OrderStatus(rawValue: status.uppercased()) == nil {
            throw ValidationError("unknown status '\(status)': use one of \(OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let db = try store.existing()
        try CLI.requireSeller(seller, in: db)
        let all: [OrderRecord]
        do { all = try db.orders(seller: seller) } catch { throw CLI.fail(error.description, code: 4) }
        let shown = all.filter { o in status.map { o.status == $0.uppercased() } ?? true }
        let currency: String
        do { currency = try db.seller(seller)?.currency ?? "USD" } catch { throw CLI.fail(error.description, code: 4) }
        print("ORDER               PLACED    SKU                        REG  QTY  AMOUNT      STATUS               FULFILMENT             RETURN / NOTE")
        for o in shown.prefix(max(limit, 0)) {
            print(
                [
                    o.orderID.padding(toLength: 19, withPad: " ", startingAt: 0),
                    Format.shortClock(o.placedAt).padding(toLength: 9, withPad: " ", startingAt: 0),
                    TerminalText.clip(o.sku, 26).padding(toLength: 26, withPad: " ", startingAt: 0), o.region.padding(toLength: 4, withPad: " ", startingAt: 0),
                    String(o.quantity).padding(toLength: 4, withPad: " ", startingAt: 0),
                    Money(minorUnits: o.amountMinor, currency: currency).decimalString.padding(toLength: 11, withPad: " ", startingAt: 0),
                    o.status.padding(toLength: 20, withPad: " ", startingAt: 0), o.fulfilment.padding(toLength: 22, withPad: " ", startingAt: 0),
                    TerminalText.clip(o.note.isEmpty ? o.returnState : o.note, 60),
                ].joined(separator: " "))
        }
        print("\(shown.count) orders\(shown.count > limit ? " (first \(limit) shown)" : "")")
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a seller's manifest (JSON), catalogue diff (CSV), ledger (JSONL) and install record (JSON, CSV).")
    @Argument(help: "Seller id.") var seller: String
    @Option(help: "Folder to write into (created if missing).") var out: String
    @OptionGroup var store: StoreOptions

    func run() throws {
        let db = try store.existing()
        try CLI.requireSeller(seller, in: db)
        let engine = PierEngine(db: db, resources: try CLI.resources(), operator: try store.who())
        let paths: [String]
        do { paths = try Exporter(engine: engine).export(seller: seller, to: HomeFolder.expanding(out)) } catch {
            throw CLI.fail(error.description, code: CLI.code(error))
        }
        for p in paths { print(p) }
    }
}
