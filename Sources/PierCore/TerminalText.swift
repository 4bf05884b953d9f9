/// Makes text that came from a catalogue safe to write to a terminal.
public enum TerminalText {
    /// Replaces every control character (C0, DEL, C1), and the bidirectional overrides and
    /// isolates that can reorder a line, with a visible `�`; tabs and newlines become spaces.
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Sanitises and cuts to at most `limit` characters, marking a cut with `…`.
    public static func clip(_ text: String, _ limit: Int) -> String {
        let clean = sanitize(text)
        guard clean.count > limit else { return clean }
        return String(clean.prefix(max(limit - 1, 0))) + "…"
    }
}
