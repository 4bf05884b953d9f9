import Foundation

/// The console's loop: one thread reads events, the model handles them, and the screen is
/// re-rendered into a cell buffer and flushed only when something changed.
public final class ConsoleApp {
    public let model: ConsoleModel
    public let theme: Theme
    public let mouse: Bool

    public init(model: ConsoleModel, theme: Theme, mouse: Bool) {
        self.model = model
        self.theme = theme
        self.mouse = mouse
    }

    /// Runs until the user quits; the terminal is restored however it ends.
    public func run() throws {
        let terminal = try NcursesTerminal(mouse: mouse)
        defer { terminal.close() }
        let shown = theme.fitting(colors: terminal.colors)
        terminal.apply(shown)
        if shown.name != theme.name {
            model.say("theme \(theme.name) needs \(theme.colors) colours; this terminal has \(terminal.colors): showing \(shown.name)")
        }
        let size = terminal.size
        model.width = size.width
        model.height = size.height
        var dirty = true
        var last = Date()
        while !model.quitRequested {
            if dirty {
                terminal.flush(Screen.frame(model))
                dirty = false
            }
            if let text = model.clipboard {
                terminal.copy(text)
                model.clipboard = nil
            }
            let event = terminal.read()
            let now = Date()
            let elapsed = Int64(now.timeIntervalSince(last) * 1000)
            last = now
            if case .tick = event {
                dirty = model.tick(realMillis: max(elapsed, 1)) || dirty
            } else {
                dirty = model.handle(event) || dirty
                dirty = model.tick(realMillis: max(elapsed, 1)) || dirty
            }
        }
    }
}
