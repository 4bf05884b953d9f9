/// The Windows-1252 code page: what Excel on Windows writes when a catalogue is saved as plain
/// "CSV" rather than "CSV UTF-8", and what mojibake was decoded as.
public enum Windows1252 {
    /// The characters of bytes 0x80–0x9F that differ from Latin-1 (the five unassigned bytes
    /// 0x81, 0x8D, 0x8F, 0x90 and 0x9D read as the C1 control of the same number).
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The byte a character is written as, for characters outside Latin-1 that the code page has.
    static let byteOf: [UInt32: UInt8] = {
        var map = [UInt32: UInt8]()
        for (i, scalar) in high.enumerated() where scalar > 0xFF { map[scalar] = UInt8(0x80 + i) }
        return map
    }()

    /// The byte `scalar` is written as, nil when the code page has no such character.
    public static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        scalar.value < 0x100 ? UInt8(scalar.value) : byteOf[scalar.value]
    }

    /// `bytes` read as Windows-1252 (every byte is a character).
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(out)
    }
}
