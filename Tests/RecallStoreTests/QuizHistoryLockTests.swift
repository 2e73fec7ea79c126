import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore
@testable import RecallStore

/// The quiz history's lock is the store's one lock type: a quiz finishing while another process
/// rewrites the history waits for it, then adds its line.
@Suite struct QuizHistoryLockTests {
    @Test func anAppendWaitsForTheHistoryLockThenWrites() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        try DataFolder.create(temp.path)
        let held = try StoreLock.acquire(file: DataFolder.join(temp.path, QuizHistory.lockName), folder: temp.path)
        let done = DispatchSemaphore(value: 0)
        let folder = temp.path
        Thread.detachNewThread {
            _ = try? QuizHistory.append(QuizHistoryTests.entry(percent: 70), folder: folder)
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut, "it waits while the lock is held")
        #expect(try QuizHistory.load(folder: folder).isEmpty)
        held.release()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(try QuizHistory.load(folder: folder).count == 1)
    }
}
