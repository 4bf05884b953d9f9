import ArgumentParser
import PierCore
import PierEngine
import PierStore

/// `pier operators`: the store's roster of operators and their roles.
struct Operators: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, grant or revoke operators' roles: with a roster, every human action (console or command line) is held to the operator's role.",
        discussion: """
            pier operators                      the roster
            pier operators grant NAME ROLE      ops, support or presenter (the first entry must be ops; then only ops grant)
            pier operators revoke NAME          take NAME off the roster (only ops; never the last ops)
            Without a roster every operator acts as the role they start the console in. With one, an operator it does not
            name is read-only (support), and the console's --role can narrow the rostered role, never widen it.
            """)
    @Argument(help: "grant or revoke (omit to list).") var action: String?
    @Argument(help: "Operator name.") var name: String?
    @Argument(help: "Role to grant: ops, support or presenter.") var role: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        switch action {
        case nil: guard name == nil else { throw ValidationError("give grant or revoke before the operator name") }
        case "grant":
            guard name != nil, let role, OperatorRole(rawValue: role.lowercased()) != nil else {
                throw ValidationError("grant needs an operator name and a role: ops, support or presenter")
            }
        case "revoke": guard name != nil, role == nil else { throw ValidationError("revoke needs one operator name") }
        default: throw ValidationError("unknown action '\(action ?? "")': use grant or revoke, or nothing to list")
        }
    }

    func run() throws {
        let engine = try store.engine()
        do {
            switch (action, name, role.flatMap { OperatorRole(rawValue: $0.lowercased()) }) {
            case ("grant", let name?, let role?):
                try engine.grant(name, role: role)
                print("granted \(name) the \(role.rawValue) role (by \(engine.who.name))")
            case ("revoke", let name?, _):
                try engine.revoke(name)
                print("revoked \(name)")
            default:
                let roster = try engine.roster()
                guard !roster.isEmpty else {
                    print("no roster: every operator acts as the role they start the console in (pier operators grant NAME ops to start one)")
                    return
                }
                print("OPERATOR".padding(toLength: 20, withPad: " ", startingAt: 0) + "ROLE       GRANTED BY          AT")
                for e in roster {
                    print(
                        e.operatorName.padding(toLength: 20, withPad: " ", startingAt: 0) + e.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                            + e.grantedBy.padding(toLength: 20, withPad: " ", startingAt: 0) + e.grantedAt)
                }
            }
        } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
    }
}
