import ArgumentParser
import PierCore
import PierEngine

struct Install: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install a marketplace app for an onboarded seller, consenting to exactly its declared scopes.")
    @Argument(help: "Seller id.") var seller: String
    @Argument(help: "App id (see `pier apps`).") var app: String
    @Flag(help: "Consent to the app's declared scopes (required).") var consent = false
    @OptionGroup var store: StoreOptions

    func run() throws {
        let resources = try CLI.resources()
        guard let entry = resources.app(app.lowercased()) else {
            throw CLI.fail(OnboardingError.unknownApp(app, known: resources.apps.map(\.id)).description, code: 2)
        }
        let scopes = entry.scopes.map(\.rawValue).joined(separator: ", ")
        guard consent else {
            throw CLI.fail("installing \(entry.name) means consenting to its scopes \(scopes): rerun with --consent", code: 2)
        }
        let engine = try store.engine()
        do { try engine.install(seller: seller, app: entry.id) } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
        print("installed \(entry.name) for \(seller); consented scopes: \(scopes)")
    }
}

struct Uninstall: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Uninstall an app: its scopes are revoked and the revocation is ledgered.")
    @Argument(help: "Seller id.") var seller: String
    @Argument(help: "App id.") var app: String
    @OptionGroup var store: StoreOptions

    func run() throws {
        let engine = try store.engine()
        do { try engine.uninstall(seller: seller, app: app) } catch { throw CLI.fail(error.description, code: CLI.code(error)) }
        print("uninstalled \(app) for \(seller); its scopes are revoked")
    }
}
