import PierStore

extension ListingRecord {
    /// What an operator saw of a SKU when they chose a fix: its status, category and reason.
    public var fixToken: String { "\(status.rawValue)|\(tiktokCategoryID.map(String.init) ?? "")|\(coverageReason ?? "")" }
}
