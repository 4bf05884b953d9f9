import Foundation

/// The user's key overrides: `action = "key"` lines (TOML), e.g. `review.clear = "C"`.
/// Unknown actions and unknown key names are errors naming the file and line.
public struct Keymap: Sendable, Equatable {
    public private(set) var overrides: [String: Key] = [:]
    /// Where each override was read: the file and its line.
    public private(set) var origins: [String: (file: String, line: Int)] = [:]

    public init(overrides: [String: Key] = [:]) { self.overrides = overrides }

    public static func == (a: Keymap, b: Keymap) -> Bool { a.overrides == b.overrides }

    /// A key file's problem.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses a key file against the known action ids.
    public static func parse(_ text: String, file: String, actions: Set<String>) throws(ParseError) -> Keymap {
        var map = Keymap()
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let n = index + 1
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty || (line.hasPrefix("[") && line.hasSuffix("]")) { continue }
            if let hash = line.range(of: " #") { line = String(line[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces) }
            guard let eq = line.firstIndex(of: "=") else {
                throw ParseError(file: file, line: n, message: "expected `action = \"key\"`, found `\(line)`")
            }
            let action = line[..<eq].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard actions.contains(action) else {
                throw ParseError(file: file, line: n, message: "unknown action `\(action)`; see the help (?) for action ids")
            }
            guard value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 3 else {
                throw ParseError(file: file, line: n, message: "the key for `\(action)` must be a quoted string, e.g. \"q\"")
            }
            let spelling = String(value.dropFirst().dropLast())
            guard let key = Key(spelling: spelling) else {
                throw ParseError(
                    file: file, line: n,
                    message:
                        "unknown key `\(spelling)` for `\(action)`: use a character, space, enter, esc, tab, up, down, pgup, pgdn, home, end, ctrl-x or f1–f12")
            }
            map.overrides[action] = key
            map.origins[action] = (file, n)
        }
        return map
    }

    /// The first override that gives one pane two actions on one key, hiding one of them: the
    /// file and line of the override, and both actions named. `panes` are every pane's full
    /// bindings (global ones included), before the overrides.
    public func clash(in panes: [[Binding]]) -> ParseError? {
        var found: ParseError?
        for bindings in panes {
            var byKey = [Key: String]()
            for b in apply(bindings) {
                guard let other = byKey[b.key] else { byKey[b.key] = b.action.rawValue; continue }
                // Name the line that moved a key onto another action's (the later line if both moved).
                let culprit = [b.action.rawValue, other].compactMap { a in origins[a].map { (a, $0) } }.max { $0.1.line < $1.1.line }
                guard let (action, origin) = culprit else { continue }
                let hidden = action == b.action.rawValue ? other : b.action.rawValue
                let error = ParseError(
                    file: origin.file, line: origin.line,
                    message: "`\(action)` takes \"\(b.key)\", which `\(hidden)` already uses in the same pane; pick a free key or rebind `\(hidden)` too")
                if found.map({ error.line < $0.line }) ?? true { found = error }
            }
        }
        return found
    }

    /// Applies the overrides to a pane's bindings.
    public func apply(_ bindings: [Binding]) -> [Binding] {
        bindings.map { b in
            guard let k = overrides[b.action.rawValue] else { return b }
            var c = b
            c.key = k
            return c
        }
    }
}
