import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space (`newlines` also drops line breaks).
    /// Edges that are plain ASCII are trimmed on the bytes; an edge outside ASCII goes through
    /// Foundation, whose Unicode white-space set it matches. Catalogue fields are trimmed by
    /// the million, and Foundation's path costs a UTF-16 round trip each time.
    public func trimmed(newlines: Bool = false) -> String {
        let bytes = String(self).utf8
        if let kept = asciiTrim(bytes, newlines: newlines) { return String(decoding: kept, as: UTF8.self) }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}

/// The bytes between the ASCII white space at both ends, or nil when an edge byte left is
/// outside ASCII (it may be Unicode white space).
private func asciiTrim<C: BidirectionalCollection>(_ c: C, newlines: Bool) -> C.SubSequence? where C.Element == UInt8 {
    func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || (newlines && b >= 0x0A && b <= 0x0D) }
    var start = c.startIndex
    var end = c.endIndex
    while start < end, space(c[start]) { start = c.index(after: start) }
    while end > start, space(c[c.index(before: end)]) { end = c.index(before: end) }
    guard start < end else { return c[start..<end] }
    if c[start] >= 0x80 || c[c.index(before: end)] >= 0x80 { return nil }
    return c[start..<end]
}
