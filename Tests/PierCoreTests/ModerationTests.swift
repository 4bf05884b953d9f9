import Testing

@testable import PierCore

@Suite("Phrase matching and moderation")
struct ModerationTests {
    @Test func wholeWordsCaseInsensitiveWithOriginalSpans() {
        let m = PhraseMatcher(phrases: ["cure", "fda approved", "kills 99 9%"])
        let text = "Secure pouch. CURE-all? Not FDA-Approved; kills 99.9% of germs. Curing."
        let found = m.matches(in: text)
        let words = found.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["CURE", "FDA-Approved", "kills 99.9%"])
    }

    @Test func spansAreUTF8OffsetsInTextWithEmojiAndAccents() throws {
        let m = PhraseMatcher(phrases: ["miracle"])
        let text = "Crème ✨ miracle ✨ fin"
        let match = try #require(m.matches(in: text).first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[match.start..<match.end], as: UTF8.self) == "miracle")
    }

    @Test func overlappingPhrasesAllMatch() {
        let m = PhraseMatcher(phrases: ["weight loss", "loss", "fast weight loss"])
        #expect(m.matches(in: "fast weight loss tea").map(\.phrase).sorted() == [0, 1, 2])
    }

    static let pack = RulePack(
        version: "t",
        rules: [
            ModerationRule(
                id: "HC", category: "health-claim", title: "cure", severity: .hold, patterns: ["cures", "cure"],
                allow: ["cures under", "cure under"], message: "m", cites: "c"),
            ModerationRule(
                id: "CE", category: "certification", title: "cert", severity: .hold, patterns: ["charger"], allow: [],
                message: "m", cites: "c", requiresAttribute: .init(name: "certifications", anyOf: ["CE", "FCC"])),
            ModerationRule(id: "AB", category: "absolute", title: "best", severity: .warn, patterns: ["best ever"], allow: [], message: "m", cites: "c"),
            ModerationRule(
                id: "OP", category: "off-platform", title: "contact", severity: .reject, patterns: ["whatsapp"], allow: [], message: "m", cites: "c"),
        ])

    @Test func allowListSuppressesACoveredMatchOnly() {
        let mod = Moderator(pack: Self.pack)
        let safe = mod.moderate(ModerationInput(title: "Gel top coat", description: "Cures under any LED lamp.", tags: [], attributes: [:]))
        #expect(safe.flags.isEmpty)
        let claim = mod.moderate(ModerationInput(title: "Balm", description: "Cures under LED lamp and cures eczema.", tags: [], attributes: [:]))
        #expect(claim.flags.map(\.ruleID) == ["HC"])
        #expect(claim.flags.first?.start == 25)
        #expect(claim.flags.first?.matched == "cures")
        #expect(claim.outcome == .hold)
    }

    @Test func certificationRulesLookAtAttributes() {
        let mod = Moderator(pack: Self.pack)
        let bare = mod.moderate(ModerationInput(title: "65W Wall Charger", description: "", tags: [], attributes: [:]))
        #expect(bare.flags.map(\.ruleID) == ["CE"])
        let certified = mod.moderate(ModerationInput(title: "65W Wall Charger", description: "", tags: [], attributes: ["certifications": "FCC, UKCA"]))
        #expect(certified.flags.isEmpty)
    }

    @Test func severityDecidesTheOutcome() {
        let mod = Moderator(pack: Self.pack)
        #expect(mod.moderate(ModerationInput(title: "Best ever tee", description: "", tags: [], attributes: [:])).outcome == .pass)
        let r = mod.moderate(ModerationInput(title: "Best ever tee", description: "", tags: ["whatsapp me"], attributes: [:]))
        #expect(r.outcome == .reject)
        #expect(r.flags.first { $0.ruleID == "OP" }?.field == "tags")
    }

    @Test func htmlIsStrippedWithoutGluingWords() {
        let html = "<p>Heals<br>acne&nbsp;fast</p><script>alert('cure')</script><style>.x{}</style><ul><li>Vegan</li><li>Caf&eacute; &amp; &#x2728;</li></ul>"
        #expect(HTMLText.plain(html) == "Heals acne fast Vegan Caf&eacute; & ✨")
    }

    @Test func terminalTextHasNoControlCharacters() {
        let hostile = "Serum\u{1B}[2J\u{1B}]52;c;AAAA\u{07}\u{202E}evil\u{9B}31m\ttab"
        let clean = TerminalText.sanitize(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(clean.contains("Serum"))
        #expect(TerminalText.clip(String(repeating: "a", count: 4000), 10).count == 10)
    }
}

@Suite("Mojibake repair")
struct MojibakeTests {
    @Test(arguments: [
        ("CafÃ© crÃ¨me", "Café crème"), ("donâ€™t miss", "don’t miss"), ("â€œbestâ€\u{9D}", "“best”"),
        ("Ã¢Â€Â™twice", "’twice"), ("naÃ¯ve 100% cotton", "naïve 100% cotton"),
    ])
    func repairsUnambiguousMojibake(broken: String, fixed: String) {
        #expect(Mojibake.repair(broken) == fixed)
    }

    @Test func leavesCleanOrAmbiguousTextAlone() {
        #expect(Mojibake.repair("Café crème ✨ 漢字") == nil, "clean text is not touched")
        #expect(Mojibake.repair("Ãžà¯Ÿ 漢字") == nil, "text that does not decode is kept (and flagged by the importer)")
        #expect(Mojibake.suspected("Ãžà¯Ÿ 漢字"))
    }
}
