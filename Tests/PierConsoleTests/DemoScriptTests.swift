import Foundation
import Testing

@testable import PierConsole
@testable import PierCore

/// Presenter scripts: every step the Demo/ files use parses, and a bad line names the file and line.
@Suite("Demo scripts")
struct DemoScriptTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Demo")

    @Test func everyShippedScriptParses() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.demo.path).filter { $0.hasSuffix(".demo") }
        #expect(files.count >= 4)
        for f in files {
            let path = Self.demo.appendingPathComponent(f).path
            let script = try DemoScript.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
            #expect(!script.steps.isEmpty, "\(f)")
        }
    }

    @Test func importResolvesAgainstTheScriptsFolderAndRulesNeedALeafAndACategory() throws {
        let path = Self.demo.appendingPathComponent("csdesign-workbench.demo").path
        let script = try DemoScript.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
        let imports = script.steps.compactMap { if case .importExport(let p, let f, let n) = $0.step { (p, f, n) } else { nil } }
        #expect(imports.count == 1 && imports[0].0 == .woocommerce && imports[0].2 == "CS Design")
        #expect(FileManager.default.isReadableFile(atPath: imports[0].1), "the export path is resolved from Demo/: \(imports[0].1)")
        #expect(script.steps.contains { $0.step == .rule(600033, "woocommerce:杯墊") })

        #expect(throws: DemoScript.ParseError.self) { _ = try DemoScript.parse("caption x\nrule coasters woocommerce:Coasters\n", file: "d.demo") }
        do {
            _ = try DemoScript.parse("\nimport woocommerce nowhere.csv Shop\n", file: "/tmp/d.demo")
            Issue.record("an unreadable export must be refused")
        } catch {
            #expect(error.description.hasPrefix("/tmp/d.demo:2: cannot read the export"), "\(error)")
        }
    }
}
