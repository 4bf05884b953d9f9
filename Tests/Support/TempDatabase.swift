import Foundation
import PierStore

/// A database file in a fresh temporary folder, removed with the folder.
public struct TempDatabase: Sendable {
    public let folder: URL
    public var path: String { folder.appendingPathComponent("pier.sqlite").path }

    public init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pier-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func open() throws -> PierDatabase { try PierDatabase(path: path) }

    public func remove() { try? FileManager.default.removeItem(at: folder) }
}
