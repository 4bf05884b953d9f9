import Testing

@testable import PierCore

/// The byte-level HTML-to-text pass must say exactly what the straightforward scalar-by-scalar
/// reading says, on ordinary copy and on hostile input.
@Suite struct HTMLTextTests {
    /// The reference: one Unicode scalar at a time, Foundation-free, obviously right and slow.
    static func reference(_ html: String) -> String {
        let blockTags: Set<String> = ["p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "table", "section"]
        var out = ""
        var scalars = html.unicodeScalars[...]
        var skipUntil: String?
        while let c = scalars.first {
            if c == "<" {
                guard let close = scalars.firstIndex(of: ">") else { break }
                let inner = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close])).lowercased()
                scalars = scalars[scalars.index(after: close)...]
                let name = String(
                    inner.drop(while: { $0 == "/" }).unicodeScalars.prefix(while: {
                        $0.value >= 0x80 || ($0.isASCII && (Character($0).isLetter || Character($0).isNumber))
                    }))
                if let waiting = skipUntil {
                    if inner.hasPrefix("/") && name == waiting { skipUntil = nil }
                    continue
                }
                if (name == "script" || name == "style") && !inner.hasPrefix("/") { skipUntil = name; continue }
                if blockTags.contains(name) { out += " " }
                continue
            }
            scalars = scalars.dropFirst()
            if skipUntil != nil { continue }
            if c == "&", let semi = scalars.prefix(10).firstIndex(of: ";") {
                let entity = String(String.UnicodeScalarView(scalars[scalars.startIndex..<semi]))
                let named = [
                    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
                    "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "trade": "™", "reg": "®", "copy": "©", "deg": "°",
                ]
                var decoded: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = named[entity]
                }
                if let decoded {
                    out += decoded
                    scalars = scalars[scalars.index(after: semi)...]
                    continue
                }
            }
            out.unicodeScalars.append(c)
        }
        var collapsed = ""
        var pending = false
        for c in out.unicodeScalars {
            if c.properties.isWhitespace {
                pending = !collapsed.isEmpty
            } else {
                if pending { collapsed += " "; pending = false }
                collapsed.unicodeScalars.append(c)
            }
        }
        return collapsed
    }

    static let samples = [
        "<p>Soft <b>organic</b> cotton&nbsp;tee.</p><ul><li>Relaxed&amp;fit</li><li>Wash cold</li></ul>",
        "<div style=\"x\">Heals acne<br/>fast</div><script>alert(1)</script>after<style>p{}</style>end",
        "<P>UPPER</P><LI>x</LI>&#x2728; &#10024; &bogus; & &;",
        "a\u{00A0}\u{00A0}b\u{2003}c\u{3000}d\u{2028}e\u{0085}f\u{202F}g\u{205F}h\u{1680}i\t\r\n j",
        "  leading and trailing  ", "<unclosed tag and text", "text > with < stray > brackets", "",
        "<pé>word</pé><p\u{00A0}x>y", "عربي <b>نص</b> 中文 <i>テキスト</i> 🧴✨ e\u{301}", "&#xZZ; &#99999999; &amp",
        "<script>never</script >shown</SCRIPT>", "<//p>x<///li>y", "\u{1B}[31mred\u{1B}[0m",
    ]

    @Test func matchesTheReferenceOnSamples() {
        for s in Self.samples {
            #expect(HTMLText.plain(s) == Self.reference(s), "\(s.debugDescription)")
        }
    }

    @Test func matchesTheReferenceOnRandomSplices() {
        let pieces = [
            "<p>", "</p>", "<br>", "<li>", "&amp;", "&nbsp;", "&#x41;", "&", ";", "<", ">", " ", "\n", "\u{00A0}", "\u{2009}",
            "word", "Ünïcödé", "🧴", "<script>", "</script>", "<style>", "</style>", "/", "e\u{301}", "\t",
        ]
        var rng = SeededRandom(seed: 7, stream: "html")
        for _ in 0..<3_000 {
            var s = ""
            for _ in 0..<rng.int(in: 0...24) { s += pieces[rng.int(in: 0...(pieces.count - 1))] }
            #expect(HTMLText.plain(s) == Self.reference(s), "\(s.debugDescription)")
        }
    }
}
