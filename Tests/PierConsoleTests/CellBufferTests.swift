import PierCore
import Testing

@testable import PierConsole

@Suite("Cell buffer and text width")
struct CellBufferTests {
    @Test func widthsFollowTheTerminal() {
        #expect(TextWidth.width(of: "abc") == 3)
        #expect(TextWidth.width(of: "漢字") == 4)
        #expect(TextWidth.width(of: "🧴✨") == 4)
        #expect(TextWidth.width(of: "é") == 1, "e + combining acute is one column")
        #expect(TextWidth.width(of: "עברית") == 5)
        #expect(TextWidth.width(of: "❤️") == 2, "emoji presentation selector makes it wide")
    }

    @Test func fitPadAndWrap() {
        #expect(TextWidth.fit("abcdef", 4) == "abc…")
        #expect(TextWidth.fit("漢字漢字", 5) == "漢字…")
        #expect(TextWidth.width(of: TextWidth.pad("漢", 5)) == 5)
        #expect(TextWidth.wrap("one two three four", 9) == ["one two", "three", "four"])
    }

    @Test func wideCharactersNeverStraddleTheEdge() {
        var b = CellBuffer(width: 5, height: 1)
        let written = b.put("ab漢字", x: 0, y: 0)
        #expect(written == 5)
        #expect(b.line(0) == "ab漢 ")
        #expect(b[3, 0].text == "", "the right half of a wide character is a continuation")
    }

    @Test func controlCharactersAndEscapesNeverLand() {
        var b = CellBuffer(width: 40, height: 1)
        b.put("\u{1B}[2Jred\u{1B}]52;c;x\u{07}\u{9B}1m\u{202E}x", x: 0, y: 0)
        let text = b.line(0)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var b = CellBuffer(width: 10, height: 1)
        let w = b.put("e\u{301}x", x: 0, y: 0)
        #expect(w == 2)
        #expect(b[0, 0].text == "e\u{301}")
        #expect(b[1, 0].text == "x")
    }

    @Test func boxesStayClosedWithinTheBuffer() {
        var b = CellBuffer(width: 12, height: 4)
        b.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "A very long title")
        #expect(b.line(0).hasPrefix("┌") && b.line(0).hasSuffix("┐"))
        #expect(b.line(3) == "└──────────┘")
        #expect(b.line(1).hasSuffix("│"))
    }

    @Test func sparklineAndBar() {
        #expect(Format.sparkline([0, 1, 2, 4, 8], width: 5) == "▁▁▂▄█")
        #expect(Format.bar(1, of: 4, width: 8) == "██░░░░░░")
    }
}
