import PierCore

extension JSONValue {
    /// An object with `extra`'s keys added (or replaced); any other value unchanged.
    func merging(_ extra: [String: JSONValue]) -> JSONValue {
        guard case .object(var o) = self else { return self }
        for (k, v) in extra { o[k] = v }
        return .object(o)
    }
}
