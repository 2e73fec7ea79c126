import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore
@testable import RecallStore

/// `ProgressWriter` keeps no state: it computes each answer from the caller's state and the lines
/// other processes appended, and hands those lines over for the caller to apply first.
@Suite struct ProgressWriterTests {
    @Test func anAnswerAfterAnotherProcesssLineFollowsThatLine() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (writer, loaded) = try ProgressWriter.open(folder: folder.path, now: TestClock.base)
        var state = loaded
        let other = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        let theirs = try other.record(review("a", .good), at: TestClock.base)

        let answer = try writer.record(review("a", .easy), to: state, at: TestClock.base + .minutes(10))
        #expect(answer.kind == .learning, "the other process's answer made the card a learning one")
        #expect(answer.previous == theirs.progress)
        guard case .entries(let entries) = writer.takeCaughtUp() else { Issue.record("no entries"); return }
        #expect(entries == [theirs.entry])
        #expect(writer.takeCaughtUp() == nil, "taken once")
        state.apply(.entries(entries), schedulers: writer.schedulers)
        state.apply(answer)
        #expect(state == ProgressState.replay(try ReviewLog.readAll(folder.file(folder.deviceLogName)).0, schedulers: writer.schedulers))
        try other.close()
        try writer.close(state: state)
    }

    @Test func anotherProcesssUndoOfAnAnswerTheStateHoldsComesAsAReplay() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (writer, loaded) = try ProgressWriter.open(folder: folder.path, now: TestClock.base)
        var state = loaded
        let other = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try other.record(review("a", .good), at: TestClock.base)
        if let caughtUp = try writer.refresh() { state.apply(caughtUp, schedulers: writer.schedulers) }
        #expect(state.cards["a"] != nil)
        try other.undoLast(at: TestClock.base + .minutes(1))
        guard case .replayed(let replayed) = try writer.refresh() else { Issue.record("no replay"); return }
        state.apply(.replayed(replayed), schedulers: writer.schedulers)
        #expect(state.cards["a"] == nil)
        #expect(state == other.state)
        try other.close()
        try writer.close(state: state)
    }

    @Test func theSnapshotAtCloseHoldsTheLinesTheCloseReadToo() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (writer, loaded) = try ProgressWriter.open(folder: folder.path, now: TestClock.base)
        var state = loaded
        state.apply(try writer.record(review("a", .good), to: state, at: TestClock.base))
        let other = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try other.record(review("b", .hard), at: TestClock.base + .minutes(1))
        other.abandonWithoutCompacting()
        try writer.close(state: state)  // reads b's line under the lock, then writes the snapshot
        let snapshot = try #require(try ProgressLoader.readSnapshot(DataFolder.snapshotPath(folder.path)))
        #expect(snapshot.logs.map(\.lastSeq) == [2])
        #expect(snapshot.state == ProgressState.replay(try ReviewLog.readAll(folder.file(folder.deviceLogName)).0, schedulers: defaultSchedulers))
    }
}
