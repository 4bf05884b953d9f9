extension Moderator {
    /// A listing the merchant filed in a branch TikTok Shop prohibits ("Mature > Weapons > Gun
    /// Care & Accessories", "Shooting & Range Accessories") is flagged with that branch's rule on
    /// its category, even when its own words name nothing the rule knows ("Sandman-S", "Range
    /// Target 12 Pack"): the matched words are the category's last level. A listing whose words
    /// already fired the rule keeps its own flag; an unknown rule id adds nothing.
    func flaggingBranch(_ result: ModerationResult, rule id: String?, category: String) -> ModerationResult {
        guard let id, let rule = pack.rule(id), !result.flags.contains(where: { $0.ruleID == id }) else { return result }
        let level = category.split(separator: ">").last ?? category[...]
        let name = level.trimmed()
        // The level's own words start after its leading white space, where the category holds them.
        let words = level.drop { $0.isWhitespace && !$0.isNewline }
        let start = category.utf8.distance(from: category.startIndex, to: words.startIndex)
        let flag = ModerationFlag(
            ruleID: rule.id, severity: rule.severity, field: "category", matched: name, start: start, end: start + name.utf8.count)
        return ModerationResult(flags: result.flags + [flag])
    }
}
