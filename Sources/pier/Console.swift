import ArgumentParser
import Foundation
import PierConsole
import PierCore
import PierEngine
import PierStore

/// The console: `pier` with no subcommand, or `pier console`.
struct Console: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the operations console (the default when no subcommand is given).")

    @Option(help: "ops (decides flags and appeals), support (read-only) or presenter.") var role: String = "ops"
    @Option(help: "Theme name (default, light, ansi16, mono) or path to a .toml theme file. NO_COLOR forces mono.") var theme: String?
    @Flag(help: "Enable the mouse: click to select, wheel to scroll.") var mouse = false
    @Option(help: "Key file with overrides, one `action = \"key\"` per line.") var keys: String?
    @Option(help: "Simulation seed for onboardings started in the console.") var seed: UInt64 = 1
    @OptionGroup var store: StoreOptions

    func run() throws {
        guard let role = ConsoleRole(rawValue: role.lowercased()) else {
            throw CLI.fail("unknown role '\(role)'; choose ops, support or presenter", code: 2)
        }
        let theme: Theme
        do { theme = try Theme.load(self.theme, terminalColors: ProcessInfo.processInfo.environment["TERM"] == "dumb" ? 0 : 256) } catch {
            throw CLI.fail("theme: \(error)", code: 2)
        }
        var keymap = Keymap()
        if let keys {
            guard let text = try? String(contentsOfFile: keys, encoding: .utf8) else { throw CLI.fail("cannot read key file \(keys)", code: 2) }
            do { keymap = try Keymap.parse(text, file: keys, actions: ConsoleModel.allActions) } catch { throw CLI.fail("keys: \(error)", code: 2) }
        }
        let engine = try store.engine()
        let model = ConsoleModel(worker: EngineWorker(engine: engine), role: role, seed: seed, keymap: keymap)
        do { try ConsoleApp(model: model, theme: theme, mouse: mouse).run() } catch { throw CLI.fail("\(error)", code: 1) }
    }
}
