import Foundation

/// The user's home folder as the shell knows it (`$HOME`, else the account's), and paths
/// written with `~` as the shell would have expanded them.
public enum HomeFolder {
    /// `$HOME` when set and not empty, else the account's home folder.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `~` and `~/…` under the home folder; any other path as it is.
    public static func expanding(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return Self.path(environment: environment) + path.dropFirst()
    }
}
