import Foundation
import PierCore

/// A seller's chain as stored (seq, at, type, actor, SKU, data text, prev_hash, hash), walked
/// in order by either store; the checks and the byte dump are written once for both.
enum StoredChain {
    /// One stored row; answers false to stop the walk.
    typealias Visit = (Int64, Int64, String, String, String?, String, String, String) throws -> Bool

    /// Verifies the chain a walk yields; `expectedHead` catches truncation.
    static func verify(seller: String, expectedHead: String?, walk: (Visit) throws -> Void) throws -> LedgerReport {
        var v = LedgerVerifier()
        var problem: LedgerVerifier.Problem?
        try walk { seq, at, type, actor, sku, data, prev, hash in
            problem = v.check(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, storedData: data, prevHash: prev, hash: hash)
            return problem == nil
        }
        if problem == nil, let expectedHead, expectedHead != v.head {
            problem = .truncated(head: v.head, expectedHead: expectedHead, events: v.count)
        }
        return LedgerReport(seller: seller, events: v.count, head: v.head, problem: problem)
    }

    /// Writes the exact bytes the chain hashes, event after event (`prev_hash`, a line feed,
    /// the canonical body), to a file, for comparing verification with a bare SHA-256 over the
    /// same bytes; returns the byte count.
    static func writeBytes(seller: String, to path: String, walk: (Visit) throws -> Void) throws -> Int {
        guard
            let out = FileHandle(forWritingAtPath: path)
                ?? (FileManager.default.createFile(atPath: path, contents: nil)
                    ? FileHandle(forWritingAtPath: path) : nil)
        else { throw StoreError.failed("cannot write \(path)") }
        defer { try? out.close() }
        try out.truncate(atOffset: 0)
        var buffer = [UInt8]()
        var total = 0
        try walk { seq, at, type, actor, sku, data, prev, _ in
            buffer.append(contentsOf: prev.utf8)
            buffer.append(0x0A)
            LedgerEvent.writeBody(seq: seq, seller: seller, at: at, type: type, actor: actor, sku: sku, dataCanonical: data, into: &buffer)
            if buffer.count >= 1 << 20 {
                total += buffer.count
                try out.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            return true
        }
        total += buffer.count
        try out.write(contentsOf: buffer)
        return total
    }
}
