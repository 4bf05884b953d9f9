extension Moderator {
    /// A listing the merchant filed in a branch TikTok Shop prohibits ("Mature > Weapons > Gun
    /// Care & Accessories", "Shooting & Range Accessories") is flagged with that branch's rule on
    /// its category, even when its own words name nothing the rule knows ("Sandman-S", "Range
    /// Target 12 Pack"): the matched words are the category's last level. A listing whose words
    /// already fired the rule keeps its own flag; an unknown rule id adds nothing.
    public func flaggingBranch(_ result: ModerationResult, rule id: String?, category: String) -> ModerationResult {
        guard let id, let rule = pack.rule(id), !result.flags.contains(where: { $0.ruleID == id }) else { return result }
        let name = category.split(separator: ">").last.map { $0.trimmed() } ?? category
        let utf8 = Array(category.utf8)
        let needle = Array(name.utf8)
        var start = 0
        if !needle.isEmpty, needle.count <= utf8.count {
            for i in stride(from: utf8.count - needle.count, through: 0, by: -1) where utf8[i..<(i + needle.count)].elementsEqual(needle) {
                start = i
                break
            }
        }
        let flag = ModerationFlag(
            ruleID: rule.id, severity: rule.severity, field: "category", matched: name, start: start, end: start + needle.count)
        return ModerationResult(flags: result.flags + [flag])
    }
}
