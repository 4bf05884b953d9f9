import Foundation

/// Paths into `../shared/data`, which sits beside the repository (CI clones it there too).
public enum SharedData {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public static func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(relative)))
    }
}
