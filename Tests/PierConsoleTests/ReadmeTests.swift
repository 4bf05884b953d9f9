import Foundation
import Testing

@testable import PierConsole

@Suite("README stays true")
struct ReadmeTests {
    @Test func keyTableIsTheOneTheBindingsGenerate() throws {
        let (m, tmp) = try ConsoleFixture.model(onboardPrairie: false)
        defer { tmp.remove() }
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(m.keyTable()), "regenerate the README's key table with `swift run pier keys`")
    }
}
