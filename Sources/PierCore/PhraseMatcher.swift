/// A multi-pattern phrase matcher (Aho–Corasick over a small byte alphabet) that finds every
/// whole-word occurrence of thousands of phrases in one pass over the text.
///
/// Text and phrases are normalised alike: ASCII letters folded to lower case, ASCII letters,
/// digits and `%` kept, any other ASCII run collapsed to one space, bytes ≥ 0x80 kept as word
/// characters (each byte its own class, so "première" and "بطاقة" match only themselves). A match
/// must start and end on a word boundary.
public struct PhraseMatcher: Sendable {
    /// A phrase found in the text; `start..<end` are UTF-8 byte offsets into the original text.
    public struct Match: Sendable, Equatable {
        public let phrase: Int
        public let start: Int
        public let end: Int
    }

    private static let classCount = 38 + 128
    private static let spaceClass: UInt8 = 36
    private static let classes: [UInt8] = {
        var t = [UInt8](repeating: 36, count: 256)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = b - UInt8(ascii: "a") }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = b - UInt8(ascii: "A") }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = 26 + b - UInt8(ascii: "0") }
        t[Int(UInt8(ascii: "%"))] = 37
        for b in 0x80...0xFF { t[b] = UInt8(38 + b - 0x80) }
        return t
    }()

    private var goto: [Int32]
    private var outputs: [[Int32]]
    private var lengths: [Int32]
    /// The number of phrases the matcher was built from.
    public let phraseCount: Int

    /// Normalises a phrase the way text is normalised; returns its class sequence.
    static func normalise(_ phrase: String) -> [UInt8] {
        var out = [UInt8]()
        for b in phrase.utf8 {
            let c = classes[Int(b)]
            if c == spaceClass {
                if let last = out.last, last != spaceClass { out.append(c) }
            } else {
                out.append(c)
            }
        }
        while out.last == spaceClass { out.removeLast() }
        return out
    }

    /// Builds the automaton; empty phrases never match.
    public init(phrases: [String]) {
        phraseCount = phrases.count
        let k = PhraseMatcher.classCount
        var go: [Int32] = Array(repeating: -1, count: k)
        var out: [[Int32]] = [[]]
        var lens = [Int32](repeating: 0, count: phrases.count)
        for (index, phrase) in phrases.enumerated() {
            let seq = PhraseMatcher.normalise(phrase)
            lens[index] = Int32(seq.count)
            guard !seq.isEmpty else { continue }
            var state = 0
            for c in seq {
                let slot = state * k + Int(c)
                if go[slot] < 0 {
                    go[slot] = Int32(out.count)
                    out.append([])
                    go.append(contentsOf: repeatElement(-1, count: k))
                }
                state = Int(go[slot])
            }
            out[state].append(Int32(index))
        }
        var fail = [Int32](repeating: 0, count: out.count)
        var queue = [Int]()
        for c in 0..<k {
            let s = go[c]
            if s < 0 { go[c] = 0 } else { fail[Int(s)] = 0; queue.append(Int(s)) }
        }
        var head = 0
        while head < queue.count {
            let r = queue[head]
            head += 1
            for c in 0..<k {
                let s = go[r * k + c]
                let f = Int(go[Int(fail[r]) * k + c])
                if s < 0 {
                    go[r * k + c] = Int32(f)
                } else {
                    fail[Int(s)] = Int32(f)
                    out[Int(s)].append(contentsOf: out[f])
                    queue.append(Int(s))
                }
            }
        }
        goto = go
        outputs = out
        lengths = lens
    }

    /// Every whole-word match in `text`, in order of end position.
    public func matches(in text: String) -> [Match] {
        var result = [Match]()
        let k = PhraseMatcher.classCount
        let space = PhraseMatcher.spaceClass
        let bytes = Array(text.utf8)
        var norm = [UInt8]()
        var origin = [Int32]()
        norm.reserveCapacity(bytes.count)
        origin.reserveCapacity(bytes.count)
        PhraseMatcher.classes.withUnsafeBufferPointer { classes in
            var previousSpace = true
            for (offset, b) in bytes.enumerated() {
                let c = classes[Int(b)]
                if c == space {
                    if !previousSpace { norm.append(space); origin.append(Int32(offset)) }
                    previousSpace = true
                } else {
                    norm.append(c)
                    origin.append(Int32(offset))
                    previousSpace = false
                }
            }
        }
        let n = norm.count
        goto.withUnsafeBufferPointer { go in
            var state = 0
            for i in 0..<n {
                state = Int(go[state * k + Int(norm[i])])
                let outs = outputs[state]
                if outs.isEmpty { continue }
                if i + 1 < n, norm[i + 1] != space { continue }
                for p in outs {
                    let len = Int(lengths[Int(p)])
                    let startIndex = i + 1 - len
                    if startIndex > 0, norm[startIndex - 1] != space { continue }
                    result.append(Match(phrase: Int(p), start: Int(origin[startIndex]), end: Int(origin[i]) + 1))
                }
            }
        }
        return result
    }
}
