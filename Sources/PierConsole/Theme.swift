import Foundation

/// How one semantic role looks.
public struct Style: Sendable, Equatable {
    /// 0–255, or -1 for the terminal's default.
    public var fg: Int
    public var bg: Int
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(fg: Int = -1, bg: Int = -1, bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.underline = underline; self.reverse = reverse; self.dim = dim
    }
}

/// A colour theme: semantic role names (`flag.high`, `conflict.open`, `ledger.hash`…) mapped
/// to styles. Files in `Themes/` are a TOML subset: `name = "…"`, `colors = 256|16|0` and one
/// `role = "[bold|underline|reverse|dim…] FG [on BG]"` line per role.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// 256, 16 or 0 (monochrome: attributes only).
    public var colors: Int
    public var styles: [StyleRole: Style]

    public func style(_ role: StyleRole) -> Style { styles[role] ?? styles[.normal] ?? Style() }

    /// A theme file's problem, naming the file and line.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    static let colourNames: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "grey": 8, "gray": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15, "default": -1,
    ]

    /// Parses a theme; roles the file does not name keep `base`'s style.
    public static func parse(_ text: String, file: String, base: Theme? = nil) throws(ParseError) -> Theme {
        var theme = base ?? Theme(name: file, colors: 256, styles: [:])
        var sawColors = false
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let lineNo = index + 1
            var line = raw
            if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") { line = String(line[..<hash]) }
            line = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line == "[styles]" { continue }
            guard let eq = line.firstIndex(of: "=") else {
                throw ParseError(file: file, line: lineNo, message: "expected `key = \"value\"`, found `\(line)`")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let rawValue = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "name":
                theme.name = rawValue.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                continue
            case "colors":
                guard let n = Int(rawValue), [0, 16, 256].contains(n) else {
                    throw ParseError(file: file, line: lineNo, message: "colors must be 256, 16 or 0, not `\(rawValue)`")
                }
                theme.colors = n
                sawColors = true
                continue
            default: break
            }
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ParseError(file: file, line: lineNo, message: "unknown style `\(key)`; known styles: \(known)")
            }
            guard rawValue.hasPrefix("\""), rawValue.hasSuffix("\""), rawValue.count >= 2 else {
                throw ParseError(file: file, line: lineNo, message: "the value of `\(key)` must be a quoted string")
            }
            theme.styles[role] = try style(String(rawValue.dropFirst().dropLast()), key: key, file: file, line: lineNo, colors: theme.colors)
        }
        _ = sawColors
        return theme
    }

    static func style(_ spec: String, key: String, file: String, line: Int, colors: Int) throws(ParseError) -> Style {
        var s = Style()
        var words = spec.split(separator: " ").map { $0.lowercased() }
        while let w = words.first, ["bold", "underline", "reverse", "dim"].contains(w) {
            switch w {
            case "bold": s.bold = true
            case "underline": s.underline = true
            case "reverse": s.reverse = true
            default: s.dim = true
            }
            words.removeFirst()
        }
        func colour(_ w: String) throws(ParseError) -> Int {
            if let n = colourNames[w] { return n }
            if let n = Int(w), (0...255).contains(n) {
                if colors == 16 && n > 15 {
                    throw ParseError(file: file, line: line, message: "colour \(n) for `\(key)` needs 256 colours; this theme has 16")
                }
                return n
            }
            throw ParseError(file: file, line: line, message: "bad colour `\(w)` for `\(key)`: use 0–255, default, or a name such as red or bright-blue")
        }
        if let fg = words.first { s.fg = try colour(fg); words.removeFirst() }
        if words.first == "on" {
            words.removeFirst()
            guard let bg = words.first else { throw ParseError(file: file, line: line, message: "`on` needs a background colour for `\(key)`") }
            s.bg = try colour(bg)
            words.removeFirst()
        }
        if let extra = words.first { throw ParseError(file: file, line: line, message: "unexpected `\(extra)` in the style of `\(key)`") }
        if colors == 0 { s.fg = -1; s.bg = -1 }
        return s
    }
}
