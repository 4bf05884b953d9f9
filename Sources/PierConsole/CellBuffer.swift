import Foundation
import PierCore

/// A rectangle of terminal cells.
public struct Rect: Sendable, Equatable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    /// Shrinks by `n` on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    /// Splits into a left part of `columns` and the rest (with one column gap).
    public func splitLeft(_ columns: Int) -> (Rect, Rect) {
        let w = min(columns, width)
        return (Rect(x: x, y: y, width: w, height: height), Rect(x: x + w + 1, y: y, width: width - w - 1, height: height))
    }
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let h = min(rows, height)
        return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
    }
}

/// One terminal cell: a grapheme (empty for the right half of a wide one) and its style.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var role: StyleRole
    public static let blank = Cell(text: " ", role: .normal)
}

/// A pure grid of styled cells that panes render into; only the terminal backend flushes it.
/// Text is sanitised on the way in, so nothing written here can carry a control character.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, clipped to `limit` columns (default: the row's
    /// end); a wide character that would straddle the edge is replaced by a space. Returns the
    /// columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var col = x
        for c in TerminalText.sanitize(text) {
            let w = TextWidth.width(of: c)
            if w == 0 {
                if col > x, col - 1 >= 0, col - 1 < width, cells[y * width + col - 1].text != "" {
                    cells[y * width + col - 1].text.append(c)
                }
                continue
            }
            if col + w > end {
                if col < end { cells[y * width + col] = Cell(text: " ", role: role) }
                col = end
                break
            }
            if col >= 0 {
                cells[y * width + col] = Cell(text: String(c), role: role)
                if w == 2, col + 1 < width { cells[y * width + col + 1] = Cell(text: "", role: role) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ r: Rect, role: StyleRole) {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.maxX) { cells[y * width + x] = Cell(text: " ", role: role) }
        }
    }

    /// Restyles existing cells (for selection bars and highlights).
    public mutating func restyle(_ r: Rect, role: StyleRole) {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.maxX) { cells[y * width + x].role = role }
        }
    }

    /// A box-drawn border with an optional title.
    public mutating func box(_ r: Rect, title: String? = nil, role: StyleRole = .border) {
        guard r.width >= 2, r.height >= 2 else { return }
        put("┌" + String(repeating: "─", count: r.width - 2) + "┐", x: r.x, y: r.y, role: role, limit: r.width)
        for yy in (r.y + 1)..<(r.maxY - 1) {
            put("│", x: r.x, y: yy, role: role)
            put("│", x: r.maxX - 1, y: yy, role: role)
        }
        put("└" + String(repeating: "─", count: r.width - 2) + "┘", x: r.x, y: r.maxY - 1, role: role, limit: r.width)
        if let title, r.width > 6 { put(" \(title) ", x: r.x + 2, y: r.y, role: .title, limit: r.width - 4) }
    }

    /// The text of one row (wide characters once, as `tmux capture-pane` prints them).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        return cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
    }

    /// Every row, trailing spaces trimmed, joined by newlines.
    public var text: String {
        (0..<height).map { line($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }
}
