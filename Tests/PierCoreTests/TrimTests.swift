import Foundation
import Testing

@testable import PierCore

/// The byte-level trim must agree with Foundation's white-space sets on every input.
@Suite struct TrimTests {
    @Test func agreesWithFoundation() {
        let pieces = [" ", "\t", "\n", "\r", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{0085}", "a", "Ω", "🧴", "e\u{301}", ">", "x y"]
        var rng = SeededRandom(seed: 3, stream: "trim")
        for _ in 0..<5_000 {
            var s = ""
            for _ in 0..<rng.int(in: 0...8) { s += pieces[rng.int(in: 0...(pieces.count - 1))] }
            #expect(s.trimmed() == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(s.trimmed(newlines: true) == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            let sub = s.dropFirst()
            #expect(sub.trimmed() == sub.trimmingCharacters(in: .whitespaces), "\(sub.debugDescription)")
        }
    }
}
