import ArgumentParser
import Foundation
import PierConsole
import PierEngine
import PierStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Presenter mode: play a script from Demo/ (pick, configure, sync, export) with captions.",
        discussion:
            "Press n for the next step, or pass --auto. The demo runs on a fresh database of its own unless --db is given, so it plays the same every time.")
    @Argument(help: "A script, e.g. Demo/lumina.demo.") var script: String
    @Flag(help: "Advance on its own.") var auto = false
    @Option(help: "Seconds between automatic steps.") var stepDelay: Double = 2.5
    @Flag(help: "Play every sync at maximum speed (for rehearsals and tests).") var fast = false
    @Option(help: "Theme name or path.") var theme: String?
    @Flag(help: "Enable the mouse.") var mouse = false
    @Option(help: "SQLite database (default: a fresh temporary one).") var db: String?
    @Option(help: "Simulation seed.") var seed: UInt64 = 1

    func run() throws {
        let text = try CLI.readText(script, what: "demo script")
        let parsed: DemoScript
        do { parsed = try DemoScript.parse(text, file: script) } catch { throw CLI.fail("demo: \(error)", code: 2) }
        let themeValue: Theme
        do { themeValue = try Theme.load(theme) } catch { throw CLI.fail("theme: \(error)", code: 2) }
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("pier-demo-\(UUID().uuidString).sqlite").path
        let database: any Store
        do { database = try StoreLocation.open(path) } catch { throw CLI.fail(error.description, code: 4) }
        let engine = PierEngine(db: database, resources: try CLI.resources(), operator: parsed.who)
        do { try engine.seedSellersIfNeeded() } catch { throw CLI.fail(error.description, code: 4) }
        let model = ConsoleModel(worker: EngineWorker(engine: engine), role: .presenter, seed: seed)
        model.demo = DemoPlayer(script: parsed, auto: auto, fast: fast, stepDelayMillis: Int64(stepDelay * 1000))
        model.caption = "Demo: \((script as NSString).lastPathComponent) · press n to begin" + (auto ? " (auto)" : "")
        defer {
            if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        do { try ConsoleApp(model: model, theme: themeValue, mouse: mouse).run() } catch { throw CLI.fail("\(error)", code: 1) }
    }
}
