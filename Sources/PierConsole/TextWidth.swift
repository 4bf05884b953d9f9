/// Terminal column widths, as ncurses and tmux count them: East Asian wide and fullwidth
/// characters and emoji take two columns, combining marks and zero-width characters none.
public enum TextWidth {
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
        0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Columns one scalar takes on its own.
    public static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(s) { return 0 }
        var lo = 0, hi = wide.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if wide[mid].upperBound < v { lo = mid + 1 } else if wide[mid].lowerBound > v { hi = mid - 1 } else { return 2 }
        }
        return 1
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: break
        }
        let v = s.value
        return v == 0x200B || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || (0x1160...0x11FF).contains(v)
    }

    /// Columns a grapheme cluster takes: its first scalar's width, two when an emoji
    /// presentation selector follows, zero for a lone combining mark.
    public static func width(of c: Character) -> Int {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        var w = width(of: first)
        for s in c.unicodeScalars.dropFirst() where s.value == 0xFE0F { w = 2 }
        if w == 0, c.unicodeScalars.count > 1 { w = c.unicodeScalars.map { width(of: $0) }.max() ?? 0 }
        return w
    }

    /// Columns a string takes.
    public static func width(of s: String) -> Int { s.reduce(0) { $0 + width(of: $1) } }

    /// The longest prefix that fits in `columns`, with `…` when cut.
    public static func fit(_ s: String, _ columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(of: s) <= columns { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = width(of: c)
            if used + w > columns - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Cuts from the front to fit `columns`, marking the cut with `…`: the end of a category
    /// path says more than its start ("…Skin Care > Face Serums").
    public static func fitTail(_ s: String, _ columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(of: s) <= columns { return s }
        var out = [Character]()
        var used = 0
        for c in s.reversed() {
            let w = width(of: c)
            if used + w > columns - 1 { break }
            out.append(c)
            used += w
        }
        return "…" + String(out.reversed())
    }

    /// Pads with spaces (or cuts) to exactly `columns`.
    public static func pad(_ s: String, _ columns: Int) -> String {
        let f = fit(s, columns)
        return f + String(repeating: " ", count: max(0, columns - width(of: f)))
    }

    /// Word-wraps to lines of at most `columns`.
    public static func wrap(_ s: String, _ columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines = [String]()
        var current = ""
        for word in s.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if width(of: candidate) <= columns {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = word
                // A word wider than the line (CJK text has no spaces, a URL has none) breaks
                // between characters instead of losing its end.
                while width(of: current) > columns {
                    var head = "", used = 0
                    for c in current {
                        let w = width(of: c)
                        if used + w > columns { break }
                        head.append(c)
                        used += w
                    }
                    if head.isEmpty { break }
                    lines.append(head)
                    current = String(current.dropFirst(head.count))
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
