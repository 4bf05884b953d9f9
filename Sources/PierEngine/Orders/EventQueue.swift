/// A min-heap of timed items; ties leave in the order they were pushed, so a simulation that
/// pushes in a fixed order pops in a fixed order.
struct EventQueue<Item> {
    private var heap: [(at: Int64, seq: Int, item: Item)] = []
    private var pushed = 0

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ at: Int64, _ item: Item) {
        heap.append((at, pushed, item))
        pushed += 1
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.before(heap[i], heap[parent]) else { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (at: Int64, item: Item)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, Self.before(heap[l], heap[m]) { m = l }
            if r < heap.count, Self.before(heap[r], heap[m]) { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
        return (top.at, top.item)
    }

    private static func before(_ a: (at: Int64, seq: Int, item: Item), _ b: (at: Int64, seq: Int, item: Item)) -> Bool {
        (a.at, a.seq) < (b.at, b.seq)
    }
}
