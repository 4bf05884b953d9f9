import PierCore

/// A person's fix to a seller's catalogue in the workbench: a TikTok category, an attribute value
/// or an eligibility call, for some SKUs or as a rule over every SKU that shares a source
/// category, a product type or a vendor. Rules hold for the SKUs a later re-import brings too.
/// A fix is a `fix.applied` event; undoing it is a `fix.reverted` event naming it.
public struct CatalogueFix: Sendable, Hashable {
    /// Which SKUs a fix is for.
    public typealias Target = FixApplied.Target
    /// What a fix sets.
    public typealias Change = FixApplied.Change

    /// The seller's fix number, from 1.
    public let id: Int64
    public let target: Target
    public let change: Change
    /// Why, in the operator's words (required for an eligibility call).
    public let reason: String?
    public let operatorName: String
    public let wallClock: String
    /// The virtual time it was applied at.
    public let at: Int64
    /// How many SKUs it matched when it was applied.
    public let matched: Int
    /// Who reverted it and when (wall clock), once it is undone.
    public var reverted: (by: String, wallClock: String)? {
        get { revertedBy.map { ($0, revertedWallClock ?? "") } }
        set {
            revertedBy = newValue?.by
            revertedWallClock = newValue?.wallClock
        }
    }
    private var revertedBy: String?
    private var revertedWallClock: String?

    public init(
        id: Int64, target: Target, change: Change, reason: String?, operatorName: String, wallClock: String, at: Int64, matched: Int
    ) {
        self.id = id
        self.target = target
        self.change = change
        self.reason = reason
        self.operatorName = operatorName
        self.wallClock = wallClock
        self.at = at
        self.matched = matched
    }

    /// Whether the fix still holds.
    public var isActive: Bool { revertedBy == nil }

    /// One line: "#3 vendor Acme → category 601226 (ops:bob, 2026-01-05T09:00:00Z, 12 SKUs)".
    public var summary: String {
        var line = "#\(id) \(target.text) → \(change.text)"
        if let reason { line += " (\(reason))" }
        line += ", by \(operatorName) at \(wallClock), \(matched) SKU\(matched == 1 ? "" : "s")"
        if let reverted { line += "; reverted by \(reverted.by) at \(reverted.wallClock)" }
        return line
    }
}

extension CatalogueFix {
    /// The `fix.applied` payload, without the operator's stamp.
    var payload: FixApplied { FixApplied(fix: id, target: target, change: change, matched: matched, reason: reason) }

    /// The whole fix as JSON (`pier fixes --json`): its payload, who applied it and when, and its undo.
    public var json: JSONValue {
        var extra: [String: JSONValue] = ["operator": .string(operatorName), "wall_clock": .string(wallClock), "at": .int(at)]
        if let reverted { extra["reverted_by"] = .string(reverted.by); extra["reverted_wall_clock"] = .string(reverted.wallClock) }
        return JSONValue.object(payload.data).merging(extra)
    }

    /// A fix read back from its `fix.applied` event (the payload and the operator's stamp beside it).
    init?(event data: JSONValue, at: Int64) {
        guard let p = FixApplied(data: data) else { return nil }
        self.init(
            id: p.fix, target: p.target, change: p.change, reason: p.reason, operatorName: data["operator"]?.stringValue ?? "",
            wallClock: data["wall_clock"]?.stringValue ?? "", at: at, matched: p.matched)
    }
}
