import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct DoctorTests {
    func folderWithHistory() throws -> TempFolder {
        let folder = try TempFolder()
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.record(review("b", .easy), at: TestClock.base + .minutes(1))
        try store.close()
        return folder
    }

    func asideFiles(_ folder: TempFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.file("damaged"))) ?? []).sorted()
    }

    @Test func aHealthyFolderHasNoProblemsAndListsOrphans() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        let report = try Doctor.check(folder: folder.path, cards: [StudyCard(id: "a", deck: "AWS::VPC")])
        #expect(report.problems.isEmpty)
        #expect(report.orphans.map(\.id) == ["b"])
        #expect(report.orphans.first?.answers == 1)
        #expect(report.findings.contains { $0.message.contains("snapshot.json: matches the log") })
    }

    /// Doctor notes undo lines that name no review, and only those (it used to collect every
    /// review's seq to find them; now only the undone ones, issue 13).
    @Test func undoLinesThatNameNoReviewAreNoted() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        var log = folder.bytes(folder.deviceLogName)!
        let device = String(folder.deviceLogName.dropFirst(4).dropLast(6))
        for (seq, undone) in [(3, 99), (4, 1), (5, 42)] {
            log += LogEntry(seq: seq, time: TestClock.base + .minutes(Int64(seq - 1)), event: .undo(EventID(device: device, seq: undone)), device: device).line
        }
        try Data(log).write(to: URL(fileURLWithPath: folder.file(folder.deviceLogName)))
        let notes = try Doctor.check(folder: folder.path, cards: nil).findings.map(\.message).filter { $0.contains("name no review") }
        #expect(notes.count == 1)
        #expect(notes.first?.hasSuffix(": 2 undo lines name no review (\(device):42, \(device):99); they are ignored") == true, "\(notes)")
    }

    @Test func aDamagedSnapshotIsSetAsideAndRebuilt() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        let expected = try ProgressLoader.loadForReading(folder: folder.path).0.state
        try folder.write(Snapshot.fileName, "{\"recall\":\"snapshot\",\"schema\":2,\n")
        #expect(try Doctor.check(folder: folder.path, cards: nil).problems.count == 1)
        let report = try Doctor.repair(folder: folder.path, cards: nil, now: TestClock.base, rebuild: false)
        #expect(report.findings.contains { $0.level == .repaired && $0.message.contains("snapshot.json: set aside") })
        #expect(asideFiles(folder) == ["snapshot.json.20260301T090000Z"])
        #expect(try ProgressLoader.loadForReading(folder: folder.path).0.state == expected)
        #expect(try Doctor.check(folder: folder.path, cards: nil).problems.isEmpty)
    }

    /// Issue 14: the snapshot that saw more than a truncated log is kept in `damaged/`, and the
    /// progress it knew is restored into the log (before, repair dropped card b's progress).
    @Test func aTruncatedLogIsKeptAndTheSnapshotThatSawMoreIsRestoredFrom() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        let expected = try ProgressLoader.loadForReading(folder: folder.path).0.state
        let log = folder.bytes(folder.deviceLogName)!
        let twoLines = log[...log.indices.filter { log[$0] == 0x0A }[1]]
        try Data(twoLines).write(to: URL(fileURLWithPath: folder.file(folder.deviceLogName)))
        let check = try Doctor.check(folder: folder.path, cards: nil)
        #expect(check.problems.map(\.message).contains { $0.contains("the log was truncated") })
        let report = try Doctor.repair(folder: folder.path, cards: nil, now: TestClock.base, rebuild: false)
        #expect(report.findings.contains { $0.message.contains("restored the progress of 1 cards") })
        let state = try ProgressLoader.loadForReading(folder: folder.path).0.state
        #expect(state.cards.keys.sorted() == ["a", "b"])
        #expect(state.cards == expected.cards)
        #expect(asideFiles(folder) == ["snapshot.json.20260301T090000Z"])
    }

    /// Issue 14: doctor did not look at the quiz history at all.
    @Test func doctorChecksTheQuizHistory() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        try folder.write(QuizHistory.fileName, "{\"not\": \"an attempt\"\n")
        let problems = try Doctor.check(folder: folder.path, cards: nil).problems.map(\.message)
        #expect(problems.count == 1)
        #expect(problems.first?.contains(folder.file(QuizHistory.fileName) + ":1") == true, "\(problems)")
    }

    @Test func aBadConfigIsReplacedByTheDefaultsAndKept() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        try folder.write(StudyConfig.fileName, "{\"newPerDay\": \"many\"}")
        #expect(try Doctor.check(folder: folder.path, cards: nil).problems.first?.message.contains("config.json: wrong kind of value at newPerDay") == true)
        _ = try Doctor.repair(folder: folder.path, cards: nil, now: TestClock.base, rebuild: false)
        #expect(try StudyConfig.load(folder.file(StudyConfig.fileName)) == StudyConfig())
        #expect(folder.bytes("damaged/config.json.20260301T090000Z") == Array("{\"newPerDay\": \"many\"}".utf8))
    }

    /// Issue 14: repair starts the log from the snapshot's states (before, a new empty log).
    @Test func aMissingLogWithASnapshotIsReportedAndRepairStartsOneFromTheSnapshot() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        let expected = try ProgressLoader.loadForReading(folder: folder.path).0.state
        try FileManager.default.removeItem(atPath: folder.file(folder.deviceLogName))
        #expect(throws: ProgressError.self) { try ProgressLoader.loadForReading(folder: folder.path) }
        #expect(try Doctor.check(folder: folder.path, cards: nil).problems.count == 1)
        _ = try Doctor.repair(folder: folder.path, cards: nil, now: TestClock.base, rebuild: false)
        #expect(try ProgressLoader.loadForReading(folder: folder.path).0.state.cards == expected.cards)
        #expect(asideFiles(folder) == ["snapshot.json.20260301T090000Z"])
    }

    /// Repair rewrites files, so it waits until no store is open, even an idle one.
    @Test func repairWaitsForNoWriter() throws {
        let folder = try folderWithHistory()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        #expect(throws: ProgressError.locked(folder: folder.path, pid: nil)) {
            try Doctor.repair(folder: folder.path, cards: nil, now: TestClock.base, rebuild: true)
        }
        try store.close()
    }
}

@Suite struct DefaultSchedulerSetTests {
    @Test func defaultsAreValidAndMatchAFreshlyBuiltSet() throws {
        #expect(SchedulerSet.defaults.fingerprint == (try SchedulerSet()).fingerprint)
    }
}
