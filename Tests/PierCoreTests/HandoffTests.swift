import Foundation
import Testing

@testable import PierCore

@Suite("Hand-off between two threads")
struct HandoffTests {
    @Test func everythingArrivesOnceAndInOrderThroughASmallBuffer() {
        let handoff = Handoff<Int>(capacity: 3)
        let consumer = Worker(name: "test.consumer") { () -> [Int] in
            var got = [Int]()
            while let n = handoff.take() { got.append(n) }
            return got
        }
        for n in 0..<20_000 { #expect(handoff.put(n)) }
        handoff.finish()
        #expect(consumer.join() == Array(0..<20_000))
    }

    @Test func cancellingReleasesABlockedProducerAndStopsTheConsumer() {
        let handoff = Handoff<Int>(capacity: 2)
        let producer = Worker(name: "test.producer") { () -> Int in
            var put = 0
            while handoff.put(put) { put += 1 }
            return put
        }
        #expect(handoff.take() == 0)
        handoff.cancel()
        // The producer was (or will be) blocked on a full buffer; cancel lets it return.
        #expect(producer.join() >= 1)
        #expect(handoff.take() == nil)
        #expect(handoff.isCancelled)
    }

    @Test func aBatcherHandsOverFullBatchesThenTheRestInOrder() {
        let handoff = Handoff<[Int]>(capacity: 2)
        let consumer = Worker(name: "test.batches") { () -> [[Int]] in
            var got = [[Int]]()
            while let batch = handoff.take() { got.append(batch) }
            return got
        }
        var batcher = Batcher(handoff, size: 4)
        for n in 0..<10 {
            let handed = batcher.add(n)
            #expect(handed)
        }
        let finished = batcher.finish()
        #expect(finished)
        #expect(consumer.join() == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]])
    }

    @Test func aBatcherSaysWhenTheConsumerCancelled() {
        let handoff = Handoff<[Int]>(capacity: 1)
        handoff.cancel()
        var batcher = Batcher(handoff, size: 2)
        let first = batcher.add(1), full = batcher.add(2), third = batcher.add(3), rest = batcher.finish()
        #expect(first && !full && third && !rest)
    }
}
