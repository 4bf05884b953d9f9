import Foundation

/// A streaming RFC 4180 reader: reads a file in chunks (memory does not grow with the file),
/// takes a UTF-8 BOM, CRLF, LF and lone CR line ends (mixed), quoted fields with `""` escapes
/// and embedded line breaks, and reports where every record started. A quote left open at the
/// end of the file is an error naming the line and column where it opened.
public struct CSVReader {
    /// One record and the line it started on (1-based).
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [String]
    }

    /// A malformed file.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let line: Int
        public let column: Int
        public let message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    private let handle: FileHandle
    public let delimiter: UInt8
    private var buffer: [UInt8] = []
    private var position = 0
    private var eof = false
    /// Why the file stopped reading before its end, when it did.
    private var readError: String?
    private var line = 1
    private var started = false

    public init(path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        self.delimiter = delimiter
    }

    private mutating func fill() -> Bool {
        if position < buffer.count { return true }
        if eof { return false }
        let chunk: Data?
        do { chunk = try handle.read(upToCount: 1 << 16) } catch {
            readError = error.localizedDescription
            eof = true
            return false
        }
        guard let chunk, !chunk.isEmpty else { eof = true; return false }
        buffer = [UInt8](chunk)
        position = 0
        return true
    }

    private mutating func peek() -> UInt8? { fill() ? buffer[position] : nil }

    private mutating func next() -> UInt8? {
        guard fill() else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    /// The next record, or nil at the end of the file.
    public mutating func read() throws(Failure) -> Record? {
        if !started {
            started = true
            if peek() == 0xEF {
                let save = position
                if next() == 0xEF, next() == 0xBB, next() == 0xBF {} else { position = save }
            }
        }
        guard peek() != nil else {
            if let readError { throw Failure(line: line, column: 1, message: "the file could not be read past here: \(readError)") }
            return nil
        }
        let startLine = line
        var fields = [String]()
        var field = [UInt8]()
        var column = 1
        var quoted = false
        var quoteLine = 0, quoteColumn = 0
        var atFieldStart = true
        while true {
            guard let b = next() else {
                if let readError { throw Failure(line: line, column: column, message: "the file could not be read past here: \(readError)") }
                if quoted { throw Failure(line: quoteLine, column: quoteColumn, message: "a quoted field is never closed (truncated file?)") }
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(line: startLine, fields: fields)
            }
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if peek() == UInt8(ascii: "\"") { _ = next(); field.append(b); column += 2; continue }
                    quoted = false
                    column += 1
                    continue
                }
                field.append(b)
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b == 0x0D {
                    if peek() == 0x0A { _ = next(); field.append(0x0A) }
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\"") where atFieldStart:
                quoted = true
                quoteLine = line
                quoteColumn = column
                atFieldStart = false
                column += 1
            case delimiter:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                column += 1
                atFieldStart = true
            case 0x0A, 0x0D:
                if b == 0x0D, peek() == 0x0A { _ = next() }
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(line: startLine, fields: fields)
            default:
                field.append(b)
                atFieldStart = false
                column += 1
            }
        }
    }
}
