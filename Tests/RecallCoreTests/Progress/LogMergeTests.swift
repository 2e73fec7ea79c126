import Testing
@testable import RecallCore
import RecallTestSupport

/// The union of device files: one order for every machine, a copy counts once, and the same id
/// with another content is damage.
@Suite struct LogMergeTests {
    /// A device's file of `count` events at random times (a clock may jump back now and then).
    static func file(_ device: String, _ count: Int, _ random: inout SeededRandom) -> [LogEntry] {
        var time = TestClock.base
        return (1...count).map { seq in
            time = time + .seconds(Int64.random(in: -30...600, using: &random))
            let card = "c\(Int.random(in: 0..<6, using: &random))"
            let event: ReviewEvent = Int.random(in: 0..<8, using: &random) == 0 && seq > 1
                ? .undo(EventID(device: device, seq: Int.random(in: 1..<seq, using: &random)))
                : .review(review(card, Rating(rawValue: Int.random(in: 1...4, using: &random))!))
            return LogEntry(seq: seq, time: time, event: event, device: device)
        }
    }

    func merged(_ files: [[LogEntry]]) throws -> [LogEntry] { try LogMerge.merged(files) }

    @Test func mergingIsAUnionInOneOrder() throws {
        var random = SeededRandom(seed: 20)
        for _ in 0..<50 {
            let a = Self.file("aaaa1111", Int.random(in: 1...30, using: &random), &random)
            let b = Self.file("bbbb2222", Int.random(in: 1...30, using: &random), &random)
            let ab = try merged([a, b])
            #expect(ab == (try merged([b, a])), "commutative")
            #expect(try merged([a, a]) == a, "idempotent")
            #expect(try merged([ab, b]) == ab, "merging again changes nothing")
            #expect(Set(ab.map(\.id)).count == a.count + b.count)
            // Each file keeps its own order.
            #expect(ab.filter { $0.device == "aaaa1111" } == a)
            // A prefix of a file (an older copy) adds nothing.
            #expect(try merged([a, b, Array(a.prefix(a.count / 2))]) == ab)
            let states = [ab, try merged([b, a])].map { ProgressState.replay($0, schedulers: defaultSchedulers) }
            #expect(states[0] == states[1])
        }
    }

    @Test func oneFileIsItsOwnOrder() throws {
        var random = SeededRandom(seed: 21)
        let a = Self.file("aaaa1111", 40, &random)
        #expect(try merged([a]) == a)
    }

    @Test func theSameIDWithOtherContentIsDamage() {
        let one = LogEntry(seq: 1, time: TestClock.base, event: .review(review("a", .good)), device: "aaaa1111")
        var other = one
        other.event = .review(review("a", .again))
        #expect(throws: ProgressError.damaged(file: "f2", line: nil, reason: .conflictingEvent(id: "aaaa1111:1", alsoIn: "f1"))) {
            try LogMerge.merged([[one], [other]], names: ["f1", "f2"])
        }
    }

    /// Only files that share a device are looked up for repeats (LogMerge.filesThatMayRepeat):
    /// a copy beside a third device's file still counts once, and a changed copy is still damage.
    @Test func repeatsAreFoundBesideAnotherDevicesFile() throws {
        var random = SeededRandom(seed: 22)
        let a = Self.file("aaaa1111", 20, &random)
        let b = Self.file("bbbb2222", 20, &random)
        #expect(LogMerge.filesThatMayRepeat([a, b, a]) == [true, false, true])
        #expect(LogMerge.filesThatMayRepeat([a + b, b]) == [true, true], "a file of several devices: all looked up")
        #expect(try merged([a, b, a]) == (try merged([a, b])))
        var changed = a
        changed[7].time = changed[7].time + .seconds(1)
        #expect(throws: ProgressError.self) { try LogMerge.merged([a, b, changed]) }
    }
}
