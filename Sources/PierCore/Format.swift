import Foundation

/// Number and duration formatting shared by the command line, the engine's messages and the console.
public enum Format {
    /// 1_083_000 → "18m 03s"; 4_000 → "4s"; 3_900_000 → "1h 05m".
    public static func duration(_ ms: Int64) -> String {
        let s = max(0, ms) / 1000
        if s >= 3600 { return String(format: "%dh %02dm", s / 3600, (s % 3600) / 60) }
        if s >= 60 { return String(format: "%dm %02ds", s / 60, s % 60) }
        return "\(s)s"
    }

    /// Virtual clock: h:mm:ss within the first day, then days and time ("7d 00:04:05").
    public static func clock(_ ms: Int64) -> String {
        let s = max(0, ms) / 1000
        if s >= 86_400 { return String(format: "%lldd %02lld:%02lld:%02lld", s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60, s % 60) }
        return String(format: "%lld:%02lld:%02lld", s / 3600, (s % 3600) / 60, s % 60)
    }

    /// Virtual clock for an 8-column cell: h:mm:ss within the first day, then days, hours and
    /// minutes ("7d 00:04"), from the tenth day days and hours ("12d 05h").
    public static func shortClock(_ ms: Int64) -> String {
        let s = max(0, ms) / 1000
        if s >= 10 * 86_400 { return String(format: "%lldd %02lldh", s / 86_400, (s % 86_400) / 3600) }
        if s >= 86_400 { return String(format: "%lldd %02lld:%02lld", s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60) }
        return clock(ms)
    }

    /// Basis points → "95.5%".
    public static func percent(_ bp: Int64) -> String { String(format: "%.1f%%", Double(bp) / 100) }

    public static func count(_ n: some BinaryInteger) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }
}
