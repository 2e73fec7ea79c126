import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore
@testable import RecallStore

/// Issue 13: the streak comes from a small cache and the log's tail, and gives the same days as
/// reading the whole log.
@Suite struct StudiedDaysCacheTests {
    let utc: StudyDay.UTCOffset = { _ in 9 * 3600 }  // Seoul

    /// The days of every review line, as reading the whole log gives them.
    func scanned(_ folder: String, rolloverHour: Int) throws -> Set<Int64> {
        var days = Set<Int64>()
        _ = try #require(try LogFiles.find(folder: folder)).read { entry in
            guard case .review = entry.event else { return }
            days.insert(StudyDay.containing(entry.time, rolloverHour: rolloverHour, utcOffset: utc).dayNumber)
        }
        return days
    }

    @Test func theCacheAndTheTailGiveTheDaysOfTheWholeLog() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        var random = SeededRandom(seed: 5)
        var time = TestClock.base
        func answer(_ count: Int) throws {
            for _ in 0..<count {
                time = time + .minutes(Int64.random(in: 1...2_000, using: &random))
                try store.record(review("c\(Int.random(in: 0..<5, using: &random))", .good), at: time)
            }
        }
        try answer(40)
        #expect(try !DataFolder.exists(folder.file(StudiedDaysCache.fileName)))
        #expect(StudiedDaysCache.studiedDays(folder: folder.path, rolloverHour: 4, utcOffset: utc) == (try scanned(folder.path, rolloverHour: 4)))
        #expect(try DataFolder.exists(folder.file(StudiedDaysCache.fileName)), "the first read saves the cache")
        try answer(30)
        try store.undoLast(at: time)
        for hour in [0, 4, 23] {
            #expect(StudiedDaysCache.studiedDays(folder: folder.path, rolloverHour: hour, utcOffset: utc) == (try scanned(folder.path, rolloverHour: hour)))
        }
        try store.close()
    }

    @Test func aCacheOfAnotherLogIsNotUsed() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.close()
        _ = StudiedDaysCache.studiedDays(folder: folder.path, rolloverHour: 4, utcOffset: utc)
        // A new log (created later) with an answer a week on: the old cache's days must not show.
        try FileManager.default.removeItem(atPath: DataFolder.logPath(folder.path))
        try FileManager.default.removeItem(atPath: DataFolder.logFolder(folder.path))
        try? FileManager.default.removeItem(atPath: DataFolder.snapshotPath(folder.path))
        let other = try ProgressStore.open(folder: folder.path, now: TestClock.base + .days(7))
        try other.record(review("b", .good), at: TestClock.base + .days(7))
        try other.close()
        #expect(StudiedDaysCache.studiedDays(folder: folder.path, rolloverHour: 4, utcOffset: utc) == (try scanned(folder.path, rolloverHour: 4)))
        #expect(StudiedDaysCache.studiedDays(folder: folder.path, rolloverHour: 4, utcOffset: utc).count == 1)
    }
}
