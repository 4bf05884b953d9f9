import Foundation
import PierCore

/// What an import checks of a file before reading it as a catalogue: that it is a readable
/// regular file holding text, so a directory, a device or a binary file is a clear error naming
/// the file instead of a crash or kilobytes of raw bytes.
enum ImportFile {
    /// How much of the start of a file is looked at for binary content.
    static let sniffBytes = 8_192

    /// Throws a failure naming `path` and what would fix it.
    static func check(_ path: String) throws(ShopifyCSVImporter.Failure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .init(message: "\(TerminalText.sanitize(path)): no such file")
        }
        if isDirectory.boolValue {
            throw .init(message: "\(TerminalText.sanitize(path)) is a directory: give the export file inside it")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .init(message: "\(TerminalText.sanitize(path)): cannot read the file (check its permissions)")
        }
        defer { try? handle.close() }
        let head: Data
        do { head = try handle.read(upToCount: sniffBytes) ?? Data() } catch {
            throw .init(message: "\(TerminalText.sanitize(path)): cannot read the file (\(error.localizedDescription))")
        }
        if let offset = binaryOffset(head) {
            throw .init(
                message:
                    "\(TerminalText.sanitize((path as NSString).lastPathComponent)) is not a text file (binary data at byte \(offset)): export the catalogue as CSV (or SP-API JSON for Amazon)"
            )
        }
    }

    /// The offset of the first byte that no text export contains (NUL, or a control character
    /// other than tab, line feed, carriage return and form feed), nil when the start reads as text.
    /// After a UTF-16 byte-order mark the check is of its two-byte characters.
    static func binaryOffset(_ data: Data) -> Int? {
        func binary(_ c: UInt16) -> Bool { c == 0 || (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C && c != 0x1B) || c == 0x7F }
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
            let little = bytes[0] == 0xFF
            for i in stride(from: 2, to: bytes.count - 1, by: 2) {
                let c = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                if binary(c) { return i }
            }
            return nil
        }
        return bytes.firstIndex { binary(UInt16($0)) }
    }

    /// A header row as an error message shows it: cells sanitised and clipped, at most six.
    static func describe(_ fields: [String]) -> String {
        let cells = fields.prefix(6).map { TerminalText.clip(TerminalText.sanitize($0.trimmed()), 40) }.filter { !$0.isEmpty }
        return cells.isEmpty ? "an empty row" : cells.joined(separator: ", ")
    }

    /// Reads past blank rows (empty, or only spaces, tabs and a stray byte-order mark) to the
    /// header, whose cells lose any byte-order mark.
    static func header(_ reader: inout CSVReader, name: String) throws(ShopifyCSVImporter.Failure) -> CSVReader.Record {
        while true {
            let record: CSVReader.Record?
            do { record = try reader.read() } catch { throw .init(message: "\(name): \(error)") }
            guard let r = record else { throw .init(message: "\(name): the file is empty (no header row)") }
            let fields = r.fields.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
            if fields.allSatisfy({ $0.trimmed().isEmpty }) { continue }
            return CSVReader.Record(line: r.line, fields: fields)
        }
    }
}
