import Foundation
import PierTestSupport
import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// Every pane rendered whole at 80×24, 120×40 and 60×16 and compared cell for cell with the
/// file in `Golden/` (the text, then each cell's style role as one letter), as ratatui's tests do.
/// `PIER_UPDATE_GOLDEN=1 swift test --filter GoldenTests` rewrites the files after a deliberate
/// change; review their diff before committing.
@Suite("Golden cell buffers", .serialized)
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Prairie onboarded and traded two days, its sync played to the end, one flag decided, the
    /// export folder fixed: the same buffer on every machine.
    static func model(width: Int, height: Int) throws -> (ConsoleModel, TempDatabase) {
        let (m, tmp) = try ConsoleFixture.model(width: width, height: height)
        _ = try m.engine.trade(seller: "prairie", days: 2)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        m.select("prairie")
        ConsoleFixture.settle(m)
        let flag = try #require(m.review.current)
        try m.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold, note: "golden")
        m.refreshFromStore()
        ConsoleFixture.settle(m)
        m.startPlayback()
        ConsoleFixture.settle(m)
        m.playback?.speedIndex = Playback.speeds.count - 1
        m.playback?.advance(realMillis: 1)
        m.exportFolder = "/tmp/pier-export/prairie"
        return (m, tmp)
    }

    /// The buffer as text: its rows, a blank line, then a letter per cell for its role.
    static func dump(_ b: CellBuffer) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let index = Dictionary(uniqueKeysWithValues: StyleRole.allCases.enumerated().map { ($1, letters[$0]) })
        var rows = (0..<b.height).map { b.line($0) }
        rows.append("")
        for y in 0..<b.height {
            rows.append(String((0..<b.width).map { index[b[$0, y].role] ?? "?" }))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 16)])
    func everyPaneMatchesItsGolden(width: Int, height: Int) throws {
        let (m, tmp) = try Self.model(width: width, height: height)
        defer { tmp.remove() }
        let update = ProcessInfo.processInfo.environment["PIER_UPDATE_GOLDEN"] == "1"
        for pane in PaneID.allCases {
            m.show(pane)
            let got = Self.dump(ConsoleFixture.frame(m))
            let file = Self.folder.appendingPathComponent("\(pane.title.lowercased())-\(width)x\(height).txt")
            if update {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try got.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let want = try String(contentsOf: file, encoding: .utf8)
            guard got != want else { continue }
            let g = got.split(separator: "\n", omittingEmptySubsequences: false), w = want.split(separator: "\n", omittingEmptySubsequences: false)
            let row = zip(g, w).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(g.count, w.count)
            Issue.record("\(file.lastPathComponent) differs at row \(row):\n got  \(row < g.count ? g[row] : "")\n want \(row < w.count ? w[row] : "")")
        }
    }

    @Test func tinySizesNeverCrashAndSayTheyAreTooSmall() throws {
        let (m, tmp) = try ConsoleFixture.model(width: 1, height: 1)
        defer { tmp.remove() }
        m.select("prairie")
        for w in [1, 2, 10, 30, 59, 60, 61] {
            for h in [1, 2, 5, 15, 16, 17] {
                m.width = w
                m.height = h
                for pane in PaneID.allCases {
                    m.show(pane)
                    let b = ConsoleFixture.frame(m)
                    #expect(b.width == w && b.height == h)
                    if w < Screen.minWidth || h < Screen.minHeight { #expect(m.tooSmall) }
                }
            }
        }
    }
}
