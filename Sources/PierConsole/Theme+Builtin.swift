import Foundation

extension Theme {
    /// The themes shipped in `Themes/`, by name.
    public static let builtinNames = ["default", "light", "ansi16", "mono"]

    /// Where theme files are looked for: `$PIER_THEMES`, `./Themes`, then the copy bundled with
    /// the console.
    static func searchFolders(environment: [String: String]) -> [URL] {
        var out = [URL]()
        if let dir = environment["PIER_THEMES"], !dir.isEmpty { out.append(URL(fileURLWithPath: dir)) }
        out.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Themes"))
        if let bundled = Bundle.module.resourceURL?.appendingPathComponent("Themes") { out.append(bundled) }
        return out
    }

    /// Loads a theme by name (from the search folders) or by path. `NO_COLOR` or a terminal
    /// with fewer than 8 colours selects `mono`, whatever was asked.
    public static func load(
        _ nameOrPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        terminalColors: Int = 256
    ) throws(ParseError) -> Theme {
        let monochrome = (environment["NO_COLOR"].map { !$0.isEmpty } ?? false) || terminalColors < 8
        let wanted = monochrome ? "mono" : (nameOrPath ?? (terminalColors >= 256 ? "default" : "ansi16"))
        let base = try builtin("mono", environment: environment)
        if wanted.contains("/") || wanted.hasSuffix(".toml") {
            guard let text = try? String(contentsOfFile: wanted, encoding: .utf8) else {
                throw ParseError(file: wanted, line: 0, message: "cannot read the theme file")
            }
            return try parse(text, file: wanted, base: base)
        }
        guard
            builtinNames.contains(wanted)
                || searchFolders(environment: environment).contains(where: {
                    FileManager.default.fileExists(atPath: $0.appendingPathComponent("\(wanted).toml").path)
                })
        else {
            throw ParseError(
                file: wanted, line: 0, message: "no theme named `\(wanted)`; themes: \(builtinNames.joined(separator: ", ")), or a path to a .toml file")
        }
        return wanted == "mono" ? base : try parse(text(of: wanted, environment: environment), file: "Themes/\(wanted).toml", base: base)
    }

    static func builtin(_ name: String, environment: [String: String]) throws(ParseError) -> Theme {
        try parse(text(of: name, environment: environment), file: "Themes/\(name).toml")
    }

    static func text(of name: String, environment: [String: String]) -> String {
        for folder in searchFolders(environment: environment) {
            if let t = try? String(contentsOf: folder.appendingPathComponent("\(name).toml"), encoding: .utf8) { return t }
        }
        return name == "mono" ? fallbackMono : ""
    }

    /// Used only if no theme file can be found at all, so the console still starts.
    static let fallbackMono = """
        name = "mono"
        colors = 0
        title = "bold"
        tab.active = "reverse"
        table.header = "bold underline"
        table.selected = "reverse"
        footer.key = "bold"
        flag.match = "reverse"
        status.error = "bold"
        """
}
