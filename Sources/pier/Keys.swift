import ArgumentParser
import Foundation
import PierConsole
import PierEngine
import PierStore

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the console's key table (Markdown), generated from its bindings.")
    @Option(help: "Apply a key file's overrides.") var keys: String?

    func run() throws {
        var keymap = Keymap()
        if let keys {
            let text = try CLI.readText(keys, what: "key file")
            do { keymap = try Keymap.parse(text, file: keys, actions: ConsoleModel.allActions) } catch { throw CLI.fail("keys: \(error)", code: 2) }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pier-keys-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let db: PierDatabase
        do { db = try PierDatabase(path: path) } catch { throw CLI.fail(error.description, code: 4) }
        let model = ConsoleModel(
            worker: EngineWorker(engine: PierEngine(db: db, resources: try CLI.resources(), operator: .pinned("pier-keys"))), role: .ops, keymap: keymap)
        print(model.keyTable(), terminator: "")
    }
}
