import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// Schema 2 of the data folder (docs/design/log-schema-2.md): a file per device with a guard on
/// every line, the migration from schema 1, and the union of several machines' files.
@Suite struct LogSchema2Tests {
    /// A schema-1 folder as an older recall left it: answers, an undo, a suspension.
    func schema1Folder() throws -> (TempFolder, [UInt8]) {
        let folder = try TempFolder()
        var bytes = ReviewLog.schema1HeaderLine(created: TestClock.base)
        let events: [ReviewEvent] = [
            .review(review("a", .good)), .review(review("b", .again)), .review(review("a", .easy)),
            .undo(EventID(device: "", seq: 3)), .suspend(card: "b"), .review(review("c", .hard)),
        ]
        for (n, event) in events.enumerated() {
            bytes += LogEntry(seq: n + 1, time: TestClock.base + .minutes(Int64(n * 5)), event: event).schema1Line
        }
        try folder.write(ReviewLog.fileName, String(decoding: bytes, as: UTF8.self))
        return (folder, bytes)
    }

    /// What a state says about the learner, whatever the devices are called.
    func summary(_ state: ProgressState) -> ([String: CardProgress], [String], Instant?) {
        (state.cards, state.recentAnswers.map { "\($0.time.microseconds) \($0.card) \($0.kind) \($0.rating)" }, state.latestTime)
    }

    @Test func migrationKeepsTheOldLogAndGivesTheSameStates() throws {
        let (folder, old) = try schema1Folder()
        defer { folder.remove() }
        let before = try ProgressLoader.loadForReading(folder: folder.path).0
        #expect(folder.bytes(ReviewLog.fileName) == old, "readers read schema 1 as it is, without migrating")
        #expect(before.log?.schema == 1)

        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        let device = store.writer.device
        #expect(DeviceID.isValid(device))
        #expect(summary(store.state) == summary(before.state))
        #expect(folder.bytes(ReviewLog.schema1FileName) == old, "the schema-1 log is kept byte for byte")
        let stub = try folder.read(ReviewLog.fileName)
        #expect(stub.hasPrefix(#"{"recall":"review-log","schema":2,"#) && stub.contains(#""moved":"log/""#))
        let (entries, result) = try ReviewLog.readAll(folder.file("log/\(device).jsonl"))
        #expect(result.header.device == device)
        #expect(entries.map(\.seq) == [1, 2, 3, 4, 5, 6])
        #expect(entries[3].event == .undo(EventID(device: device, seq: 3)), "undo names the event by its id")
        #expect(entries.map(\.time) == (0..<6).map { TestClock.base + .minutes(Int64($0 * 5)) })
        try store.record(review("d", .good), at: TestClock.base + .hours(1))
        try store.close()

        let after = try ProgressLoader.loadForReading(folder: folder.path).0
        var expected = before.state
        expected.apply(try ReviewLog.readAll(folder.file("log/\(device).jsonl")).0.suffix(1), schedulers: defaultSchedulers)
        #expect(summary(after.state) == summary(expected))
        #expect(after.usedSnapshot)
    }

    @Test func aDamagedSchema1LogIsRefusedAndTheFolderLeftAsItIs() throws {
        let (folder, old) = try schema1Folder()
        defer { folder.remove() }
        var damaged = old
        damaged.insert(contentsOf: Array("not a line\n".utf8), at: old.firstIndex(of: 0x0A)! + 1)
        try folder.write(ReviewLog.fileName, String(decoding: damaged, as: UTF8.self))
        #expect(throws: ProgressError.self) { try ProgressStore.open(folder: folder.path, now: TestClock.base) }
        #expect(folder.bytes(ReviewLog.fileName) == damaged)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["config.json", "open.lock", ReviewLog.fileName, "lock"].sorted(), "no device file, no log folder")
    }

    /// A crash after the device file was written but before the stub: the next writer finishes.
    @Test func aMigrationCutShortIsFinishedByTheNextWriter() throws {
        let (folder, old) = try schema1Folder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        let device = store.writer.device
        let state = store.state
        store.abandonWithoutCompacting()
        try FileManager.default.removeItem(atPath: folder.file(ReviewLog.schema1FileName))
        try folder.write(ReviewLog.fileName, String(decoding: old, as: UTF8.self))  // as before step 3
        let again = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(2))
        #expect(again.writer.device == device)
        #expect(again.state == state)
        #expect(folder.bytes(ReviewLog.schema1FileName) == old)
        try again.close()
    }

    /// Issue 14 point 6: a same-length change in the part of the log the snapshot covers (a
    /// flipped rating) was never read again, so commands kept appending after it. Now the file's
    /// changed time sends the reader to the snapshot's checksum, the covered part is replayed,
    /// and the changed line is named.
    @Test func aFlippedDigitInTheCoveredPartIsNoticedAtOpen() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        for n in 0..<5 { try store.record(review("c\(n)", .good), at: TestClock.base + .minutes(Int64(n))) }
        try store.close()
        let name = folder.deviceLogName
        var bytes = folder.bytes(name)!
        let text = String(decoding: bytes, as: UTF8.self)
        let third = text.split(separator: "\n")[3]  // the header is line 1: this is line 4
        let at = text.utf8.distance(from: text.startIndex, to: third.range(of: "\"rating\":3")!.upperBound) - 1
        bytes[at] = UInt8(ascii: "1")
        try Data(bytes).write(to: URL(fileURLWithPath: folder.file(name)))
        for open in [{ () throws in _ = try ProgressLoader.loadForReading(folder: folder.path) },
                     { () throws in _ = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1)) }] {
            #expect(throws: ProgressError.damaged(file: folder.file(name), line: 4,
                                                  reason: .line(.checksumMismatch))) {
                try open()
            }
        }
        #expect(folder.bytes(name) == bytes, "nothing was appended after the damage")
        let report = try Doctor.check(folder: folder.path, cards: nil)
        #expect(report.problems.contains { $0.message.hasPrefix(folder.file(name) + ":4: its checksum does not match") })
    }

    /// After `recall answer` (an append with no new snapshot) the covered part is checked once:
    /// the passed check is noted in `checked.txt`, and holds only while the file is as it was.
    @Test func aPassedCheckIsNotedAndHoldsOnlyWhileTheFileIsUnchanged() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        for n in 0..<3 { try store.record(review("c\(n)", .good), at: TestClock.base + .minutes(Int64(n))) }
        try store.close()
        let script = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        try script.record(review("d", .good), at: TestClock.base + .hours(1))
        try script.close(onlyIfLarge: true)  // as `recall answer` does: no new snapshot
        #expect(folder.bytes(CoveredCheckCache.fileName) == nil)
        let first = try ProgressLoader.loadForReading(folder: folder.path).0
        #expect(first.usedSnapshot && first.tailEntries == 1)
        let noted = try folder.read(CoveredCheckCache.fileName)
        #expect(noted.hasSuffix(" \(folder.deviceLogName)\n") && noted.split(separator: "\n").count == 1)
        _ = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(try folder.read(CoveredCheckCache.fileName) == noted, "the second reader relies on the note")
        // The same length, another digit: the file's time changes, so the note no longer holds.
        let name = folder.deviceLogName
        var bytes = folder.bytes(name)!
        let text = String(decoding: bytes, as: UTF8.self)
        let at = text.utf8.distance(from: text.startIndex, to: text.range(of: "\"rating\":3")!.upperBound) - 1
        bytes[at] = UInt8(ascii: "2")
        usleep(10_000)
        try Data(bytes).write(to: URL(fileURLWithPath: folder.file(name)))
        #expect(throws: ProgressError.damaged(file: folder.file(name), line: 2,
                                              reason: .line(.checksumMismatch))) {
            try ProgressLoader.loadForReading(folder: folder.path)
        }
    }

    /// A file copied whole to another machine brings `device.json` along: the other host takes an
    /// id of its own, so two machines never append to one file.
    @Test func aFolderFromAnotherHostGetsItsOwnDevice() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let first = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try first.record(review("a", .good), at: TestClock.base)
        try first.close()
        let firstDevice = first.writer.device
        let recorded = try folder.read(DeviceIdentity.fileName)
        try folder.write(DeviceIdentity.fileName, recorded.replacingOccurrences(of: "\"host\":\"", with: "\"host\":\"elsewhere-"))
        let second = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        #expect(second.writer.device != firstDevice)
        #expect(second.state.cards["a"] != nil, "the first machine's file is read")
        try second.record(review("b", .good), at: TestClock.base + .hours(1))
        try second.close()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("log")).sorted()
        #expect(files == ["\(firstDevice).jsonl", "\(second.writer.device).jsonl"].sorted())
        #expect(try ReviewLog.readAll(folder.file("log/\(firstDevice).jsonl")).0.count == 1, "the other machine's file is not written")
    }

    /// Two machines that studied offline, then swapped files: both compute the same state, and a
    /// file delivered twice (a sync tool's conflict copy) counts once.
    @Test func twoMachinesAgreeAfterExchangingFiles() throws {
        let laptop = try TempFolder()
        let desktop = try TempFolder()
        defer { laptop.remove(); desktop.remove() }
        let a = try ProgressStore.open(folder: laptop.path, now: TestClock.base)
        let b = try ProgressStore.open(folder: desktop.path, now: TestClock.base)
        try a.record(review("x", .good), at: TestClock.base + .minutes(1))
        try b.record(review("y", .again), at: TestClock.base + .minutes(2))
        try a.record(review("shared", .good), at: TestClock.base + .minutes(3))
        try b.record(review("shared", .hard), at: TestClock.base + .minutes(4))
        try a.undoLast(at: TestClock.base + .minutes(5))
        try a.close()
        try b.close()
        let aName = laptop.deviceLogName
        let bName = desktop.deviceLogName
        try laptop.write(bName, String(decoding: desktop.bytes(bName)!, as: UTF8.self))
        try desktop.write(aName, String(decoding: laptop.bytes(aName)!, as: UTF8.self))
        let onLaptop = try ProgressLoader.loadForReading(folder: laptop.path).0.state
        let onDesktop = try ProgressLoader.loadForReading(folder: desktop.path).0.state
        #expect(onLaptop == onDesktop)
        #expect(Set(onLaptop.cards.keys) == ["x", "y", "shared"])
        #expect(onLaptop.cards["shared"]?.schedule?.reps == 1, "the laptop's answer was undone; the desktop's counts")
        // A conflict copy of the laptop's file changes nothing.
        try desktop.write(aName.replacingOccurrences(of: ".jsonl", with: ".sync-conflict-20261201-1.jsonl"),
                          String(decoding: laptop.bytes(aName)!, as: UTF8.self))
        #expect(try ProgressLoader.loadForReading(folder: desktop.path).0.state == onDesktop)
        // And the writers go on from the merged state on both machines.
        let a2 = try ProgressStore.open(folder: laptop.path, now: TestClock.base + .hours(1))
        #expect(a2.state == onLaptop)
        try a2.close()
    }

    /// One id with two different events is damage, naming both files; it is never resolved.
    @Test func oneIDWithTwoContentsIsDamage() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.close()
        let name = folder.deviceLogName
        var copy = ReviewLog.headerLine(device: store.writer.device, created: TestClock.base)
        copy += LogEntry(seq: 1, time: TestClock.base, event: .review(review("a", .again)), device: store.writer.device).line
        let copyName = name.replacingOccurrences(of: ".jsonl", with: " (conflicted copy).jsonl")
        try folder.write(copyName, String(decoding: copy, as: UTF8.self))
        let error = #expect(throws: ProgressError.self) { try ProgressLoader.loadForReading(folder: folder.path) }
        #expect(error?.description.contains("event \(store.writer.device):1 is also in") == true)
        #expect(error?.description.contains(folder.file(name)) == true && error?.description.contains(folder.file(copyName)) == true)
        let report = try Doctor.check(folder: folder.path, cards: nil)
        #expect(report.problems.contains { $0.message.contains("with different content") })
    }

    /// Another machine's torn last line is skipped until that machine finishes it, and never cut here.
    @Test func anotherMachinesTornLineIsLeftAlone() throws {
        let laptop = try TempFolder()
        let desktop = try TempFolder()
        defer { laptop.remove(); desktop.remove() }
        let b = try ProgressStore.open(folder: desktop.path, now: TestClock.base)
        try b.record(review("y", .good), at: TestClock.base)
        try b.close()
        let bName = desktop.deviceLogName
        let torn = String(decoding: desktop.bytes(bName)!, as: UTF8.self) + #"{"seq":2,"type":"rev"#
        try laptop.write(bName, torn)
        let a = try ProgressStore.open(folder: laptop.path, now: TestClock.base + .minutes(1))
        #expect(a.state.cards["y"] != nil)
        try a.record(review("x", .good), at: TestClock.base + .minutes(1))
        try a.close()
        #expect(try laptop.read(bName) == torn, "only its owner cuts a torn line")
    }
}
