import Foundation
import PierCore

#if canImport(Glibc)
    import Glibc
#endif

/// A run's events on their way to the ledger: appended in the order the simulation makes
/// them to an unlinked scratch file (written once, sequentially), and read back in ledger
/// order — time, then emission order — from an index of 24 bytes an event held in memory.
/// A 100K-SKU onboarding's events never sit in memory, and nothing is written twice.
public final class EventSpool {
    /// One spooled event, as it is read back.
    public struct Event: Sendable {
        public let at: Int64
        public let type: String
        public let actor: String
        public let sku: String?
        /// The event's data in canonical JSON.
        public let data: String
    }

    private struct Key {
        let at: Int64
        let offset: Int64
        let ordinal: UInt32
        let length: UInt32
    }

    private let fd: Int32
    private var pending = [UInt8]()
    private var flushed: Int64 = 0
    private var keys = [Key]()
    private static let flushBytes = 1 << 20

    /// A spool in `directory` (the file is unlinked at once, so it vanishes with the process).
    public init(directory: String = NSTemporaryDirectory()) throws(StoreError) {
        let path = (directory as NSString).appendingPathComponent("pier-spool-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .failed("cannot create a scratch file in \(directory): \(String(cString: strerror(errno)))") }
        unlink(path)
        self.fd = fd
        pending.reserveCapacity(Self.flushBytes + 64 * 1024)
    }

    deinit { close(fd) }

    /// Events appended so far.
    public var count: Int { keys.count }

    /// Appends one event; its data is written in canonical form straight into the spool.
    public func append(at: Int64, type: String, actor: String, sku: String?, data: JSONValue) throws(StoreError) {
        let start = pending.count
        put(UInt32(type.utf8.count))
        put(UInt32(actor.utf8.count))
        put(sku.map { UInt32($0.utf8.count) } ?? UInt32.max)
        pending.append(contentsOf: type.utf8)
        pending.append(contentsOf: actor.utf8)
        if let sku { pending.append(contentsOf: sku.utf8) }
        data.write(into: &pending)
        guard keys.count < Int(UInt32.max) else { throw .failed("more than \(UInt32.max) events in one run") }
        keys.append(Key(at: at, offset: flushed + Int64(start), ordinal: UInt32(keys.count), length: UInt32(pending.count - start)))
        if pending.count >= Self.flushBytes { try flush() }
    }

    /// Appends a little-endian 32-bit length.
    private func put(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { pending.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    private func flush() throws(StoreError) {
        var done = 0
        while done < pending.count {
            let n = pending.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + done }, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .failed("writing the event spool failed: \(String(cString: strerror(errno)))")
            }
            done += n
        }
        flushed += Int64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }

    /// Visits every event in ledger order: by time, and in the order appended within a time.
    public func forEachInLedgerOrder(_ body: (Event) throws -> Void) throws {
        try flush()
        keys.sort { ($0.at, $0.ordinal) < ($1.at, $1.ordinal) }
        var record = [UInt8]()
        for key in keys {
            let length = Int(key.length)
            if record.count < length { record = [UInt8](repeating: 0, count: max(length, 2 * record.count)) }
            var got = 0
            while got < length {
                let n = record.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + got }, length - got, off_t(key.offset) + off_t(got)) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    throw StoreError.failed("reading the event spool failed at byte \(key.offset): \(n < 0 ? String(cString: strerror(errno)) : "short file")")
                }
                got += n
            }
            let event = record.withUnsafeBufferPointer { b -> Event in
                func u32(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }
                let typeEnd = 12 + u32(0), actorEnd = typeEnd + u32(4)
                let skuLength = u32(8), hasSKU = skuLength != Int(UInt32.max)
                let skuEnd = actorEnd + (hasSKU ? skuLength : 0)
                func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
                return Event(
                    at: key.at, type: text(12, typeEnd), actor: text(typeEnd, actorEnd), sku: hasSKU ? text(actorEnd, skuEnd) : nil,
                    data: text(skuEnd, length))
            }
            try body(event)
        }
    }
}
