/// What a workbench fix (or its undo) did, for the operator who applied it.
public struct FixOutcome: Sendable, Equatable {
    /// The fix's number.
    public let fix: Int64
    /// SKUs of the seller's catalogue the fix names (removed ones not counted).
    public var matched = 0
    /// SKUs whose category or reason changed.
    public var changed = 0
    /// SKUs the fix left as they were (already so).
    public var unchanged = 0
    /// SKUs published (created or edited on TikTok Shop) and live.
    public var published = 0
    /// Live SKUs the fix took off TikTok Shop (marked not eligible, or their category undone).
    public var deactivated = 0
    /// SKUs still not live after the fix, by why.
    public var waiting: [String: Int] = [:]
    /// SKUs rejected as prohibited goods the fix did not touch, with moderation's reason.
    public var prohibited: [(sku: String, reason: String)] = []
    /// SKUs moderation stopped because of the values the fix set, with the rules that matched.
    public var stopped: [(sku: String, rules: [String])] = []
    /// Virtual time from the fix to the last SKU live.
    public var durationMillis: Int64 = 0

    public init(fix: Int64) { self.fix = fix }

    public static func == (a: FixOutcome, b: FixOutcome) -> Bool {
        a.fix == b.fix && a.matched == b.matched && a.changed == b.changed && a.unchanged == b.unchanged && a.published == b.published
            && a.deactivated == b.deactivated && a.waiting == b.waiting && a.prohibited.map(\.sku) == b.prohibited.map(\.sku)
            && a.durationMillis == b.durationMillis
    }

    /// One line for the status bar and `pier fix`.
    public var summary: String {
        var parts = ["fix #\(fix): \(matched) SKU\(matched == 1 ? "" : "s") matched", "\(published) published"]
        if changed - published > 0 { parts.append("\(changed - published) still waiting") }
        if unchanged > 0 { parts.append("\(unchanged) already so") }
        if deactivated > 0 { parts.append("\(deactivated) taken off TikTok Shop") }
        if !prohibited.isEmpty { parts.append("\(prohibited.count) prohibited left rejected") }
        if !stopped.isEmpty { parts.append("\(stopped.count) stopped by moderation") }
        return parts.joined(separator: ", ")
    }
}
