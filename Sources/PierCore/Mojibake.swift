import Foundation

/// Finds and repairs UTF-8 text that was decoded as Windows-1252 (or Latin-1) and re-encoded,
/// once or twice ("CafÃ©" → "Café", "donâ€™t" → "don’t", "Ã¢Â€Â™" → "’").
public enum Mojibake {
    /// Whether the text shows the marks of mojibake (Ã or Â followed by a Latin-1 symbol, â€, or a
    /// C1 control character, which no real text contains).
    public static func suspected(_ s: String) -> Bool {
        // Every mark below starts with Â, Ã, â or a C1 control: skip the regex when none is there.
        guard s.unicodeScalars.contains(where: { $0.value == 0xC2 || $0.value == 0xC3 || $0.value == 0xE2 || (0x80...0x9F).contains($0.value) }) else {
            return false
        }
        return s.contains("â€") || s.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
            || s.range(
                of: "[ÃÂ][\u{80}-\u{BF}\u{152}\u{153}\u{160}\u{161}\u{178}\u{17D}\u{17E}\u{192}\u{2C6}\u{2DC}\u{2013}-\u{203A}\u{20AC}\u{2122}]",
                options: .regularExpression) != nil
    }

    /// One round: the text's characters read back as Windows-1252 bytes and decoded as UTF-8;
    /// nil when that is not possible (then it was not this kind of mojibake).
    static func undoOnce(_ s: String) -> String? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            guard let b = Windows1252.byte(for: scalar) else { return nil }
            bytes.append(b)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The repaired text when the repair is unambiguous (every round decodes, and the result no
    /// longer looks like mojibake); otherwise nil, and the caller keeps the text and flags it.
    public static func repair(_ s: String) -> String? {
        guard suspected(s) else { return nil }
        var current = s
        for _ in 0..<3 {
            guard let next = undoOnce(current), next != current else { return nil }
            current = next
            if !suspected(current) { return current }
        }
        return nil
    }
}
