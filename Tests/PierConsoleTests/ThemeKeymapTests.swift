import Testing

@testable import PierConsole

@Suite("Themes and key files")
struct ThemeKeymapTests {
    @Test(arguments: Theme.builtinNames)
    func shippedThemesParse(name: String) throws {
        let theme = try Theme.load(name, environment: [:])
        #expect(theme.name == name)
        #expect(theme.style(.highlight) != Style(), "\(name) highlights matched words")
    }

    @Test func noColorForcesMonochrome() throws {
        let t = try Theme.load("default", environment: ["NO_COLOR": "1"])
        #expect(t.colors == 0 && t.name == "mono")
        #expect(StyleRole.allCases.allSatisfy { t.style($0).fg == -1 && t.style($0).bg == -1 })
        #expect(try Theme.load(nil, environment: [:], terminalColors: 0).name == "mono")
        #expect(try Theme.load(nil, environment: [:], terminalColors: 16).name == "ansi16")
    }

    @Test func badThemeFilesNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("name = \"x\"\ncolors = 256\nflag.hgh = \"red\"\n", 3, "unknown style `flag.hgh`"),
            ("text = \"purple\"\n", 1, "bad colour `purple`"),
            ("colors = 16\n\ntext = \"200\"\n", 3, "needs 256 colours"),
            ("text = red\n", 1, "quoted string"),
            ("# ok\njust words\n", 2, "expected `key = \"value\"`"),
            ("colors = 88\n", 1, "colors must be 256, 16 or 0"),
            ("text = \"red on\"\n", 1, "needs a background"),
        ]
        for (text, line, message) in cases {
            #expect {
                _ = try Theme.parse(text, file: "my.toml")
            } throws: { error in
                guard let e = error as? Theme.ParseError else { return false }
                return e.line == line && e.message.contains(message) && e.description.hasPrefix("my.toml:\(line):")
            }
        }
    }

    @Test func keyFilesOverrideBindingsAndNameBadLines() throws {
        let map = try Keymap.parse("# mine\n[review]\nreview.clear = \"C\"\napp.quit = \"ctrl-q\"\n", file: "k.toml", actions: ConsoleModel.allActions)
        let b = map.apply([Binding(.reviewClear, .char("c"), "Clear"), Binding(.appQuit, .char("q"), "Quit")])
        #expect(b.map(\.key) == [.char("C"), .ctrl("q")])
        #expect {
            _ = try Keymap.parse("review.clr = \"c\"\n", file: "k.toml", actions: ConsoleModel.allActions)
        } throws: { ($0 as? Keymap.ParseError)?.line == 1 }
        #expect {
            _ = try Keymap.parse("\n\napp.quit = \"hyper-q\"\n", file: "k.toml", actions: ConsoleModel.allActions)
        } throws: { ($0 as? Keymap.ParseError).map { $0.line == 3 && $0.message.contains("unknown key") } ?? false }
    }
}
