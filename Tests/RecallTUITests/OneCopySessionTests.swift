import Foundation
import RecallCore
@testable import RecallStore
@testable import RecallTUI
import RecallTestSupport
import Testing

/// Issue 13, point 3: a study session keeps one copy of the progress, the app's, changed only by
/// the results of the store's effects. With random answers, undos, suspends and buries in the
/// session, and another process's `recall answer` lines (and its undos) landing in between, the
/// app's state after every step equals a full replay of the log.
@Suite struct OneCopySessionTests {
    static let deck = """
        ---
        deck: AWS::S3
        ---
        \((0..<8).map { "## S3 질문 \($0): 스토리지 클래스는 무엇인가요?\n<!-- id: q\($0) -->\n답 \($0)\n" }.joined(separator: "\n"))
        """

    @Test func theSessionsStateEqualsAReplayOfTheLogAfterEveryStep() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let parsed = DeckParser.parse(text: Self.deck, file: "Decks/s3.md", defaultDeckName: "s3")
        let library = DeckLibrary(decks: [parsed.deck!], diagnostics: [])
        var session = try StoreSession(folder: folder.path, library: library, now: Fixture.now)
        // Another process on the same folder: `recall answer` and its like.
        let other = try ProgressStore.open(folder: folder.path, now: Fixture.now)
        var generator = SeededRandom(seed: 1313)
        var time = Fixture.now
        var otherAnswered = 0
        for step in 0..<200 {
            time = time + .minutes(Int64.random(in: 1...240, using: &generator))
            try session.tick(at: time)
            let replayed = try ProgressLoader.replayAll(#require(try LogFiles.find(folder: folder.path)), schedulers: .defaults).state
            #expect(session.progress == replayed, "step \(step), after the refresh")
            // Between the frame and the key: the session's next write finds these lines first.
            if Int.random(in: 0..<3, using: &generator) == 0 {
                let card = "q\(Int.random(in: 0..<8, using: &generator))"
                let choice = Int.random(in: 0..<4, using: &generator)
                if choice == 0, otherAnswered > 0, try other.undoLast(at: time) != nil {
                    otherAnswered -= 1
                } else if choice == 1, let suspended = other.state.cards.first(where: \.value.suspended)?.key {
                    try other.unsuspend(card: suspended, at: time)
                } else {
                    try other.record(ReviewRecord(card: card, rating: .good, durationMilliseconds: 2_000, scheduler: .fsrs,
                                                  deck: "AWS::S3", file: "Decks/s3.md"), at: time)
                    otherAnswered += 1
                }
            }
            if try session.key(at: time, using: &generator) {
                let replayed = try ProgressLoader.replayAll(#require(try LogFiles.find(folder: folder.path)), schedulers: .defaults).state
                #expect(session.progress == replayed, "step \(step), after a write")
            }
        }
        try other.close()
        try session.close()
        #expect(session.answered > 20, "the session answered cards, not only ticks")
    }
}

/// A study session on a real writer, its effects performed as `StudyLoop` performs them: the
/// app holds the only copy of the state.
struct StoreSession {
    var app: StudyApp
    let writer: ProgressWriter
    var answered = 0
    var writes = 0

    init(folder: String, library: DeckLibrary, now: Instant) throws {
        let (writer, state) = try ProgressWriter.open(folder: folder, now: now)
        self.writer = writer
        let data = StudyData(library: library, progress: state, config: writer.config, schedulers: writer.schedulers,
                             timeZone: Fixture.timeZone)
        app = StudyApp(data: data, now: now)
    }

    var progress: ProgressState { app.data.progress }

    /// One frame's tick, with the refresh of what others wrote.
    mutating func tick(at time: Instant) throws {
        _ = app.update(.tick(time))
        if let caughtUp = try writer.refresh() { _ = app.update(.refreshed(caughtUp)) }
    }

    /// One key or two; true when one of them wrote to the log.
    mutating func key(at time: Instant, using generator: inout SeededRandom) throws -> Bool {
        let before = writes
        switch app.screen {
        case .home, .summary, .stats, .exam:
            try press(.enter, at: time)
        case .review(let review):
            guard review.card != nil else { return false }
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: try press(.character("u"), at: time)
            case 1: try press(.character("!"), at: time)
            case 2: try press(.character("-"), at: time)
            default:
                try press(.character(" "), at: time)
                try press(.character(["1", "2", "3", "4"].randomElement(using: &generator)!), at: time)
            }
        case .updating:
            Issue.record("left updating")
        }
        return writes > before
    }

    mutating func press(_ key: Key, at time: Instant) throws {
        let effect = app.update(.key(key))
        let result: StudyEvent?
        switch effect {
        case .answer(let record):
            result = .saved(try writer.record(record, to: app.data.progress, at: time))
            answered += 1
        case .undo:
            result = .undone(try writer.undoLast(at: time))
        case .suspend(let card):
            result = .changed(try writer.suspend(card: card, at: time), message: "Suspended.")
        case .bury(let card, let until):
            result = .changed(try writer.bury(card: card, until: until, at: time), message: "Buried.")
        case .none, .quit, .edit, .showStats, .showExam, .optimize:
            result = nil
        }
        if let caughtUp = writer.takeCaughtUp() { _ = app.update(.refreshed(caughtUp)) }
        if let result {
            writes += 1
            _ = app.update(result)
        }
    }

    func close() throws { try writer.close(state: app.data.progress) }
}
