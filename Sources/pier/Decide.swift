import ArgumentParser
import PierCore
import PierEngine

/// `pier decide`: a reviewer's decision on flags from the command line, held to the same role
/// and recorded the same way (operator, wall clock, note) as in the console.
struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decide open flags (clear, uphold or request an edit) or an appealed flag (grant or deny), as the console's Review pane does.")
    @Argument(help: "Seller id.") var seller: String
    @Argument(help: "Flag numbers (as `pier flags` shows them after #).") var flags: [Int64]
    @Option(name: .customLong("as"), help: "clear, uphold, request_edit (open flags) or grant, deny (an appealed flag).") var decision: String
    @Option(help: "A one-line note kept with the decision.") var note: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !flags.isEmpty else { throw ValidationError("give at least one flag number") }
        let known = FlagDecision.allCases.map(\.rawValue) + ["grant", "deny"]
        guard known.contains(decision) else { throw ValidationError("unknown decision '\(decision)': use one of \(known.joined(separator: ", "))") }
        if ["grant", "deny"].contains(decision), flags.count != 1 { throw ValidationError("an appeal is decided one flag at a time") }
    }

    func run() throws {
        let engine = try store.engine()
        try CLI.requireSeller(seller, in: engine.db)
        do {
            if let d = FlagDecision(rawValue: decision) {
                try engine.decide(seller: seller, flags: flags, decision: d, note: note)
            } else if let d = AppealDecision(rawValue: decision), let flag = flags.first {
                try engine.decideAppeal(seller: seller, flag: flag, decision: d, note: note)
            }
        } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
        print("\(decision): \(flags.map { "\(seller)#\($0)" }.joined(separator: ", ")) by \(engine.who.name)")
    }
}
