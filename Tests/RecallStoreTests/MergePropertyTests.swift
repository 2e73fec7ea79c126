import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// Issue 20's properties of the merge, on random event sets: a machine's data folder is a set of
/// device files (each a prefix of what its device wrote, as a sync tool delivers it, and copies
/// of them), and merging two machines is the union of their files as the store reads it. The
/// state and the merged event list must not depend on the order or number of deliveries.
@Suite struct MergePropertyTests {
    static let devices = ["k7f3q2mzab4c", "p9wx2hd3tu6e", "a2b3c4d5e6f7", "zz9yy8xx7ww6"]
    static let cards = ["vpc-nat", "s3-tier", "iam-role"]

    /// What each device wrote: its file's bytes, line by line (the header first).
    struct History {
        var lines: [String: [[UInt8]]]
        /// The same events, as the lines after the header parse.
        var entries: [String: [LogEntry]]
    }

    /// A random history of 2 to 4 devices: reviews of a few shared cards with every rating,
    /// undos of the device's own earlier answers, a suspension now and then; times on a coarse
    /// grid so that devices share times, and on one device a clock that jumps back.
    static func history(_ random: inout SeededRandom) -> History {
        let count = 2 + Int(random.next() % 3)
        let jumper = Int(random.next() % UInt64(count))
        var lines: [String: [[UInt8]]] = [:]
        var entries: [String: [LogEntry]] = [:]
        for (d, device) in devices.prefix(count).enumerated() {
            var file = [ReviewLog.headerLine(device: device, created: TestClock.base + .seconds(Int64(d)))]
            var minute = Int64(random.next() % 3)
            var reviews: [Int] = []
            var undone = Set<Int>()
            for seq in 1...(1 + Int(random.next() % 10)) {
                minute += Int64(random.next() % 4)  // 0: the same time as the event before
                if d == jumper, seq == 4 { minute -= 30 }  // the clock went back half an hour
                let time = TestClock.base + .minutes(minute)
                let roll = random.next() % 10
                let event: ReviewEvent
                if roll < 2, let target = reviews.filter({ !undone.contains($0) }).randomElement(using: &random) {
                    undone.insert(target)
                    event = .undo(EventID(device: device, seq: target))
                } else if roll == 2 {
                    event = .suspend(card: cards.randomElement(using: &random)!)
                } else {
                    reviews.append(seq)
                    event = .review(review(cards.randomElement(using: &random)!, Rating(rawValue: 1 + Int(random.next() % 4))!))
                }
                let entry = LogEntry(seq: seq, time: time, event: event, device: device)
                file.append(entry.line)
                entries[device, default: []].append(entry)
            }
            lines[device] = file
        }
        return History(lines: lines, entries: entries)
    }

    /// One machine's files: for each device it has heard of, how many of its events it has.
    typealias Machine = [(device: String, events: Int)]

    /// A machine that has a random prefix of some devices' files (at least one).
    static func machine(_ history: History, _ random: inout SeededRandom) -> Machine {
        var files: Machine = []
        for device in history.lines.keys.sorted() where random.next() % 3 != 0 {
            files.append((device, Int(random.next() % UInt64(history.lines[device]!.count))))
        }
        if files.isEmpty, let device = history.lines.keys.sorted().first { files.append((device, history.lines[device]!.count - 1)) }
        return files
    }

    /// Writes the machine's files into a fresh folder: the longest copy of each device's file
    /// under its own name, the others as a sync tool's conflict copies.
    static func folder(_ history: History, _ files: Machine) throws -> TempFolder {
        let folder = try TempFolder()
        var copies: [String: Int] = [:]
        for (device, events) in files.sorted(by: { ($0.device, $1.events) < ($1.device, $0.events) }) {
            let n = copies[device, default: 0]
            copies[device] = n + 1
            let name = n == 0 ? "log/\(device).jsonl" : "log/\(device).sync-conflict-2026120\(n).jsonl"
            try folder.write(name, String(decoding: history.lines[device]!.prefix(events + 1).joined(), as: UTF8.self))
        }
        return folder
    }

    /// What the store reads from the files: the state and the merged events.
    struct Outcome: Equatable {
        var state: ProgressState
        var events: [LogEntry]
    }

    /// The same in memory: the files' entries merged (`LogMerge`, what the store's reader
    /// calls) and replayed. Checked against the store's reading of the files in every twentieth run.
    static func merged(_ history: History, _ files: Machine) throws -> Outcome {
        let events = try LogMerge.merged(files.map { Array((history.entries[$0.device] ?? []).prefix($0.events)) })
        return Outcome(state: ProgressState.replay(events, schedulers: defaultSchedulers), events: events)
    }

    static func outcome(_ history: History, _ files: Machine) throws -> Outcome {
        let folder = try folder(history, files)
        defer { folder.remove() }
        return try outcome(folder)
    }

    static func outcome(_ folder: TempFolder) throws -> Outcome {
        let state = try ProgressLoader.loadForReading(folder: folder.path).0.state
        var events: [LogEntry] = []
        _ = try LogFiles.find(folder: folder.path)?.read(positions: false) { events.append($0) }
        return Outcome(state: state, events: events)
    }

    @Test func mergeIsCommutativeIdempotentAndAbsorbing() throws {
        var random = SeededRandom(seed: 20)
        for run in 0..<500 {
            let history = Self.history(&random)
            let a = Self.machine(history, &random)
            let b = Self.machine(history, &random)
            let ab = try Self.merged(history, a + b)
            #expect(try Self.merged(history, b + a) == ab, "merge(A, B) = merge(B, A), run \(run)")
            #expect(try Self.merged(history, a + a) == Self.merged(history, a), "merge(A, A) = A, run \(run)")
            #expect(try Self.merged(history, a + b + b) == ab, "merge(merge(A, B), B) = merge(A, B), run \(run)")
            if run % 20 == 0 {
                #expect(try Self.outcome(history, a + b) == ab, "the store reads the files as merged, run \(run)")
                #expect(try Self.outcome(history, b + a + b) == ab, "run \(run)")
            }
            // The union holds each device's longest delivery, whatever else came.
            var longest: [String: Int] = [:]
            for (device, events) in a + b { longest[device] = max(longest[device] ?? 0, events) }
            #expect(ab.events.count == longest.values.reduce(0, +), "nothing lost, nothing doubled, run \(run)")
        }
    }

    /// A snapshot made when A's files were there, then B's arrive (the longer file replacing the
    /// shorter, as a sync tool delivers it), gives what B then A gives, and what no snapshot gives.
    @Test func theOrderFilesArriveInDoesNotMatter() throws {
        var random = SeededRandom(seed: 2020)
        let schedulers = defaultSchedulers
        var fromSnapshot = 0
        for run in 0..<25 {
            let history = Self.history(&random)
            let a = Self.machine(history, &random)
            let b = Self.machine(history, &random)
            var union: [String: Int] = [:]
            for (device, events) in a + b { union[device] = max(union[device] ?? 0, events) }
            let merged = union.map { (device: $0.key, events: $0.value) }
            let expected = try Self.outcome(history, merged)
            for (first, _) in [(a, b), (b, a)] {
                let folder = try Self.folder(history, first.sortedLongestFirst)
                defer { folder.remove() }
                let loaded = try ProgressLoader.load(folder: folder.path, schedulers: schedulers)
                // Written plainly: the test needs the snapshot's bytes, not their durability (an fsync each took most of its time).
                try Data(loaded.snapshot(settings: schedulers.fingerprint).encoded()).write(to: URL(fileURLWithPath: DataFolder.snapshotPath(folder.path)))
                // The rest arrives: each device's file as long as the union has it.
                usleep(1_000)
                for copy in try FileManager.default.contentsOfDirectory(atPath: folder.file("log")) {
                    try FileManager.default.removeItem(atPath: folder.file("log/" + copy))
                }
                for (device, events) in merged {
                    try folder.write("log/\(device).jsonl", String(decoding: history.lines[device]!.prefix(events + 1).joined(), as: UTF8.self))
                }
                #expect(try Self.outcome(folder) == expected, "run \(run)")
                if try ProgressLoader.loadForReading(folder: folder.path).0.usedSnapshot { fromSnapshot += 1 }
            }
        }
        #expect(fromSnapshot > 12, "the snapshot's path was taken \(fromSnapshot) times of 50")
    }
}

extension Array where Element == (device: String, events: Int) {
    /// Each device once, with its longest delivery: what a sync tool leaves in a folder.
    var sortedLongestFirst: [(device: String, events: Int)] {
        var longest: [String: Int] = [:]
        for (device, events) in self { longest[device] = Swift.max(longest[device] ?? 0, events) }
        return longest.map { (device: $0.key, events: $0.value) }
    }
}
