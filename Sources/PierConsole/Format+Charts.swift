import PierCore

extension Format {
    /// A sparkline of values with block characters.
    public static func sparkline(_ values: [Int], width: Int) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let tail = Array(values.suffix(width))
        let top = max(tail.max() ?? 1, 1)
        let blocks = Array("▁▂▃▄▅▆▇█")
        return String(tail.map { blocks[min(blocks.count - 1, $0 * (blocks.count - 1) / top)] })
    }

    /// A progress bar of `width` cells.
    public static func bar(_ done: Int, of total: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = total == 0 ? 0 : min(width, done * width / total)
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
