import Foundation
import PierCore

/// A presenter script from `Demo/`: one step per line, `#` comments.
///
///     caption TEXT        show a caption line
///     pick SELLER         select a seller (onboarding step 1)
///     tier lite|standard|premium
///     app ID              install an app, consenting to its scopes
///     start               start the sync (onboarding step 3)
///     speed 1|10|60|600|max
///     wait synced|done    wait until the catalogue is synced, or the playback ends
///     pane NAME           show a pane (sellers, configure, sync, review, ledger, export, orders)
///     summary             show the seller's figures in a dialog
///     trade DAYS          run DAYS virtual days after go-live, shown in the Orders pane
///     export              write the artifacts (onboarding step 4)
///     import PLATFORM FILE NAME   import a merchant's export (FILE relative to the script's folder)
///     rule ID SOURCE      a catalogue workbench rule: every SKU of merchant category SOURCE → TikTok leaf ID
///     operator NAME       who the ledger names on the demo's human actions (default presenter)
///     clock INSTANT       the wall clock pinned on them (default 2026-01-05T09:00:00Z)
public struct DemoScript: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        case caption(String)
        case pick(String)
        case tier(Tier)
        case app(String)
        case start
        case speed(Int)
        case wait(String)
        case pane(PaneID)
        case summary
        case export
        case trade(Int)
        /// Import a merchant's export: platform, file (resolved), seller name.
        case importExport(SourcePlatform, String, String)
        /// A category rule over a merchant category.
        case rule(Int64, String)
    }

    public let name: String
    public let steps: [(line: Int, step: Step)]
    /// The operator and pinned wall clock of the demo's human actions, so a demo's ledger is
    /// the same byte for byte on every run.
    public let who: Operator

    public static func == (a: DemoScript, b: DemoScript) -> Bool {
        a.name == b.name && a.who == b.who && a.steps.map(\.line) == b.steps.map(\.line) && a.steps.map(\.step) == b.steps.map(\.step)
    }

    /// A script's problem, naming the file and line.
    public struct ParseError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func parse(_ text: String, file: String) throws(ParseError) -> DemoScript {
        var steps = [(line: Int, step: Step)]()
        var name = "presenter", clock = "2026-01-05T09:00:00Z"
        for (i, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            let arg = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            func fail(_ m: String) -> ParseError { ParseError(file: file, line: i + 1, message: m) }
            let step: Step
            switch parts[0] {
            case "caption": step = .caption(arg)
            case "pick": guard !arg.isEmpty else { throw fail("pick needs a seller id") }; step = .pick(arg)
            case "tier":
                guard let t = Tier(rawValue: arg) else { throw fail("unknown tier `\(arg)`: use lite, standard or premium") }
                step = .tier(t)
            case "app": guard !arg.isEmpty else { throw fail("app needs an app id") }; step = .app(arg)
            case "start": step = .start
            case "speed":
                guard let n = arg == "max" ? 0 : Int(arg), Playback.speeds.contains(Int64(n)) else { throw fail("speed must be 1, 10, 60, 600 or max") }
                step = .speed(n)
            case "wait":
                guard ["synced", "done"].contains(arg) else { throw fail("wait takes synced or done") }
                step = .wait(arg)
            case "pane":
                guard let p = PaneID.allCases.first(where: { $0.title.lowercased() == arg.lowercased() }) else { throw fail("unknown pane `\(arg)`") }
                step = .pane(p)
            case "summary": step = .summary
            case "export": step = .export
            case "trade":
                guard let n = Int(arg), (1...90).contains(n) else { throw fail("trade takes a number of days, 1…90") }
                step = .trade(n)
            case "import":
                let words = arg.split(separator: " ", maxSplits: 2).map(String.init)
                guard words.count == 3, let platform = SourcePlatform(rawValue: words[0]) else {
                    throw fail("import takes shopify|woocommerce|amazon FILE SELLER NAME")
                }
                let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
                let path = words[1].hasPrefix("/") ? words[1] : folder.appendingPathComponent(words[1]).standardizedFileURL.path
                guard FileManager.default.isReadableFile(atPath: path) else { throw fail("cannot read the export \(path)") }
                step = .importExport(platform, path, words[2])
            case "rule":
                let words = arg.split(separator: " ", maxSplits: 1).map(String.init)
                guard words.count == 2, let id = Int64(words[0]) else {
                    throw fail("rule takes a TikTok leaf id and a merchant category: rule 600033 woocommerce:Coasters")
                }
                step = .rule(id, words[1])
            case "operator", "clock":
                if parts[0] == "operator" { name = arg } else { clock = arg }
                do { _ = try Operator(name: name, pinnedClock: clock) } catch { throw fail(error.description) }
                continue
            default: throw fail("unknown step `\(parts[0])`")
            }
            steps.append((i + 1, step))
        }
        return DemoScript(name: file, steps: steps, who: .pinned(name, at: clock))
    }
}

/// Plays a script in the console: a step on each `n`, or on its own with `--auto`.
public struct DemoPlayer: Sendable {
    public let script: DemoScript
    public var index = 0
    public let auto: Bool
    /// All speeds become max, for tests.
    public let fast: Bool
    public var stepDelayMillis: Int64
    var sinceLastStep: Int64 = 0

    public init(script: DemoScript, auto: Bool, fast: Bool, stepDelayMillis: Int64 = 2_500) {
        self.script = script
        self.auto = auto
        self.fast = fast
        self.stepDelayMillis = stepDelayMillis
    }

    public var finished: Bool { index >= script.steps.count }
    public var progress: String { "step \(min(index, script.steps.count))/\(script.steps.count)" }
}
