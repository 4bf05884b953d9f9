import Foundation
@testable import PierStore

/// A database file in a fresh temporary folder, removed with the folder.
struct TempDatabase: Sendable {
    let folder: URL
    var path: String { folder.appendingPathComponent("pier.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pier-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func open() throws -> PierDatabase { try PierDatabase(path: path) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
