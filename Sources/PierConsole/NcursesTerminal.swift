import CNcurses
import Foundation

/// The only file that calls curses: starts the terminal, reads keys, mouse and resizes, flushes
/// a cell buffer (only the cells that changed), and always restores the terminal, on quit,
/// Ctrl-C, SIGTERM and crash signals alike.
public final class NcursesTerminal {
    private var screen: OpaquePointer?
    private var previous: CellBuffer?
    private var pairs: [StyleRole: (attrs: attr_t, pair: Int32)] = [:]
    public private(set) var colors: Int = 0
    public let mouse: Bool

    /// Starts curses on the process's terminal.
    public init(mouse: Bool) throws {
        self.mouse = mouse
        if setlocale(LC_ALL, "") == nil || String(cString: setlocale(LC_ALL, nil)) == "C" { setlocale(LC_ALL, "C.UTF-8") }
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else {
            throw ConsoleError.notATerminal
        }
        guard let s = pier_newterm_stdio() else { throw ConsoleError.notATerminal }
        screen = s
        NcursesTerminal.installSignalHandlers()
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(pier_stdscr(), true)
        _ = curs_set(0)
        pier_set_escdelay(25)
        wtimeout(pier_stdscr(), 50)
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
            colors = Int(pier_colors())
        }
        if mouse {
            _ = mousemask(pier_all_mouse_events(), nil)
            _ = mouseinterval(0)
        }
    }

    /// Terminal size in cells.
    public var size: (width: Int, height: Int) { (Int(pier_cols()), Int(pier_lines())) }

    /// Sets up colour pairs for a theme.
    public func apply(_ theme: Theme) {
        pairs = [:]
        var next: Int32 = 1
        for role in StyleRole.allCases {
            let s = theme.style(role)
            var attrs = pier_a_normal()
            if s.bold { attrs |= pier_a_bold() }
            if s.underline { attrs |= pier_a_underline() }
            if s.reverse { attrs |= pier_a_reverse() }
            if s.dim { attrs |= pier_a_dim() }
            var pair: Int32 = 0
            if colors >= 8, theme.colors > 0, s.fg >= 0 || s.bg >= 0, next < pier_color_pairs() {
                let fg = s.fg < colors ? s.fg : -1
                let bg = s.bg < colors ? s.bg : -1
                if init_pair(Int16(next), Int16(fg), Int16(bg)) == pier_ok() { pair = next; next += 1 }
            }
            pairs[role] = (attrs, pair)
        }
        previous = nil
    }

    /// Reads one event, waiting at most 50 ms; `.tick` when nothing came.
    public func read() -> ConsoleEvent {
        var ch: UInt32 = 0
        let r = pier_get_wch(pier_stdscr(), &ch)
        if r == pier_err() { return .tick }
        if r == pier_key_code_yes() {
            let code = Int32(bitPattern: ch)
            switch code {
            case pier_key_resize():
                previous = nil
                return .resize(width: size.width, height: size.height)
            case pier_key_mouse():
                var ev = MEVENT()
                guard getmouse(&ev) == pier_ok() else { return .tick }
                if ev.bstate & pier_button4_pressed() != 0 { return .mouse(x: Int(ev.x), y: Int(ev.y), button: .wheelUp) }
                if ev.bstate & pier_button5_pressed() != 0 { return .mouse(x: Int(ev.x), y: Int(ev.y), button: .wheelDown) }
                if ev.bstate & (pier_button1_pressed() | pier_button1_clicked()) != 0 { return .mouse(x: Int(ev.x), y: Int(ev.y), button: .click) }
                return .tick
            case pier_key_up(): return .key(.up)
            case pier_key_down(): return .key(.down)
            case pier_key_left(): return .key(.left)
            case pier_key_right(): return .key(.right)
            case pier_key_npage(): return .key(.pageDown)
            case pier_key_ppage(): return .key(.pageUp)
            case pier_key_home(): return .key(.home)
            case pier_key_end(): return .key(.end)
            case pier_key_enter(): return .key(.enter)
            case pier_key_backspace(): return .key(.backspace)
            case pier_key_dc(): return .key(.delete)
            case pier_key_btab(): return .key(.backTab)
            default:
                for n in 1...12 where code == pier_key_f(Int32(n)) { return .key(.f(n)) }
                return .tick
            }
        }
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(ch + 96) ?? "a")))
        default:
            guard let s = Unicode.Scalar(ch) else { return .tick }
            return .key(.char(Character(s)))
        }
    }

    /// Writes the cells that changed since the last flush.
    public func flush(_ buffer: CellBuffer) {
        let full = previous == nil || previous?.width != buffer.width || previous?.height != buffer.height
        if full { _ = werase(pier_stdscr()) }
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if !full, let p = previous, p[x, y] == cell { continue }
                if cell.text.isEmpty { continue }
                let style = pairs[cell.role] ?? (pier_a_normal(), 0)
                var wide = Array(cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                _ = pier_put_cell(pier_stdscr(), Int32(y), Int32(x), wide, style.attrs, style.pair)
            }
        }
        _ = wrefresh(pier_stdscr())
        previous = buffer
    }

    /// Ends curses and gives the terminal back as it was.
    /// Asks the terminal to put `text` on the clipboard (OSC 52), after the frame; terminals
    /// that do not allow it ignore the sequence.
    public func copy(_ text: String) {
        FileHandle.standardOutput.write(Data(Self.osc52(text).utf8))
    }

    /// The OSC 52 sequence that sets the clipboard to `text`.
    public static func osc52(_ text: String) -> String { "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}" }

    public func close() {
        if mouse { _ = mousemask(0, nil) }
        _ = curs_set(1)
        _ = endwin()
        if let s = screen { delscreen(s) }
        screen = nil
    }

    // MARK: Restoring the terminal on signals

    private static func installSignalHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                _ = mousemask(0, nil)
                _ = curs_set(1)
                _ = endwin()
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }
}

/// Why the console cannot start.
public enum ConsoleError: Error, CustomStringConvertible {
    case notATerminal
    public var description: String {
        switch self {
        case .notATerminal: "the console needs a terminal; use --plain for a linear log, or a subcommand (pier --help)"
        }
    }
}
