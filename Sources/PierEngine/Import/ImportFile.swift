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
    static func binaryOffset(_ data: Data) -> Int? {
        for (i, b) in data.enumerated() where b == 0 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B) || b == 0x7F {
            return i
        }
        return nil
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
