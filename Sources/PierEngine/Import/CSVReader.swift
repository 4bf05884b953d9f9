import Foundation
import PierCore

/// A streaming RFC 4180 reader: reads a file in chunks (memory does not grow with the file),
/// takes a UTF-8 BOM, CRLF, LF and lone CR line ends (mixed), quoted fields with `""` escapes
/// and embedded line breaks, and reports where every record started. A quote left open at the
/// end of the file is an error naming the line and column where it opened.
///
/// Files as spreadsheets save them read too: UTF-16 with a byte-order mark (Excel's "Unicode
/// Text"), a field that is not UTF-8 read as Windows-1252 (Excel's plain "CSV"), and, unless
/// the caller names one, the separator found on the first row (comma, semicolon or tab).
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

    /// How the file's bytes are characters.
    public enum TextEncoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16 LE"
        case utf16BE = "UTF-16 BE"
    }

    private let handle: FileHandle
    /// The field separator: the caller's, or the one the first row uses.
    public private(set) var delimiter: UInt8
    private let sniffDelimiter: Bool
    /// The encoding, known once the first record has been read.
    public private(set) var encoding = TextEncoding.utf8
    /// Fields that were not UTF-8 and were read as Windows-1252, and the line of the first.
    public private(set) var windows1252Fields = 0
    public private(set) var firstWindows1252Line: Int?
    /// UTF-16 bytes of a character cut by the end of a chunk, kept for the next one.
    private var carry: [UInt8] = []
    private var buffer: [UInt8] = []
    private var position = 0
    private var eof = false
    /// Why the file stopped reading before its end, when it did.
    private var readError: String?
    private var line = 1
    private var started = false

    /// Opens `path`; without a `delimiter` the first row's commas, semicolons and tabs decide.
    public init(path: String, delimiter: UInt8? = nil) throws {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        sniffDelimiter = delimiter == nil
    }

    /// How the file was read, for an import's summary: nil for comma-separated UTF-8.
    public var readingNote: String? {
        var notes = [String]()
        switch delimiter {
        case UInt8(ascii: ";"): notes.append("semicolon-separated")
        case 0x09 where sniffDelimiter: notes.append("tab-separated")
        default: break
        }
        if encoding != .utf8 { notes.append(encoding.rawValue) }
        if let firstWindows1252Line {
            notes.append("\(windows1252Fields) field(s) not UTF-8 read as Windows-1252, the first on line \(firstWindows1252Line)")
        }
        return notes.isEmpty ? nil : notes.joined(separator: ", ")
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
        buffer = encoding == .utf8 ? [UInt8](chunk) : utf16ToUTF8(chunk)
        position = 0
        return !buffer.isEmpty || fill()
    }

    /// A chunk of UTF-16 as UTF-8 bytes; a character cut by the chunk's end waits in `carry`.
    private mutating func utf16ToUTF8(_ chunk: Data) -> [UInt8] {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry = []
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        func unit(_ at: Int) -> UInt32 {
            encoding == .utf16LE ? UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 : UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
        }
        while i + 1 < bytes.count {
            var value = unit(i)
            var width = 2
            if (0xD800...0xDBFF).contains(value) {
                guard i + 3 < bytes.count else { break }
                let low = unit(i + 2)
                if (0xDC00...0xDFFF).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    width = 4
                } else {
                    value = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(value) {
                value = 0xFFFD
            }
            if let encoded = Unicode.UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { out.append(contentsOf: encoded) }
            i += width
        }
        carry = Array(bytes[i...])
        return out
    }

    /// The encoding named by a byte-order mark at the start, the mark skipped.
    private mutating func readByteOrderMark() {
        guard fill(), buffer.count - position >= 2 else { return }
        let (a, b) = (buffer[position], buffer[position + 1])
        if (a, b) == (0xFF, 0xFE) || (a, b) == (0xFE, 0xFF) {
            encoding = a == 0xFF ? .utf16LE : .utf16BE
            buffer = utf16ToUTF8(Data(buffer[(position + 2)...]))
            position = 0
        } else if a == 0xEF, b == 0xBB, buffer.count - position >= 3, buffer[position + 2] == 0xBF {
            position += 3
        }
    }

    /// The separator the first non-blank row of the buffered start uses most, outside quotes:
    /// comma unless semicolons or tabs outnumber commas.
    private func sniffedDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        var blank = true
        for b in buffer[position...] {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { blank = false; continue }
            if b == 0x0A || b == 0x0D {
                if !blank { break }
                counts = counts.mapValues { _ in 0 }
                continue
            }
            if counts[b] != nil { counts[b, default: 0] += 1 }
            if b != 0x09, b != 0x20 { blank = false }
        }
        let comma = counts[UInt8(ascii: ",")] ?? 0
        let best = counts.filter { $0.value > comma }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return best?.key ?? UInt8(ascii: ",")
    }

    /// A field's text: UTF-8, or Windows-1252 when the bytes are not UTF-8.
    private mutating func text(_ field: [UInt8], line: Int) -> String {
        if let s = String(validating: field, as: UTF8.self) { return s }
        windows1252Fields += 1
        if firstWindows1252Line == nil { firstWindows1252Line = line }
        return Windows1252.decode(field)
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
            readByteOrderMark()
            if sniffDelimiter, fill() { delimiter = sniffedDelimiter() }
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
                fields.append(text(field, line: startLine))
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
                fields.append(text(field, line: startLine))
                field.removeAll(keepingCapacity: true)
                column += 1
                atFieldStart = true
            case 0x0A, 0x0D:
                if b == 0x0D, peek() == 0x0A { _ = next() }
                line += 1
                fields.append(text(field, line: startLine))
                return Record(line: startLine, fields: fields)
            default:
                field.append(b)
                atFieldStart = false
                column += 1
            }
        }
    }
}
