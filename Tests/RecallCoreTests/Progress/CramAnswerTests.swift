import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// Cram answers (`ReviewRecord.cram`, issue 18 point 6): a line of their own kind that both
/// readers read alike, which replay counts as an answer but which changes no schedule; the
/// optimizer leaves them out and the statistics count them as "cram" (Anki's "Filtered").
@Suite struct CramAnswerTests {
    static let t0 = TestClock.at("2026-03-01T09:00:00+00:00")

    static func cram(_ card: String, _ rating: Rating) -> ReviewRecord {
        var record = review(card, rating)
        record.cram = true
        return record
    }

    static func entries(_ events: [(TimeSpan, ReviewEvent)]) -> [LogEntry] {
        events.enumerated().map { LogEntry(seq: $0.offset + 1, time: t0 + $0.element.0, event: $0.element.1, device: "d") }
    }

    @Test func aCramLineRoundTripsThroughBothReaders() throws {
        let entry = LogEntry(seq: 4, time: Self.t0, event: .review(Self.cram("vpc-nat", .hard)), device: "")
        let line = Array(entry.line.dropLast())
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.contains(#""file":"Decks/vpc.md","cram":true,"crc":"#))
        let fast = try #require(line.withUnsafeBufferPointer(PlainLogLine.review))
        guard case .success(let general) = line.withUnsafeBufferPointer(LogEntry.parseFields) else { Issue.record("refused"); return }
        #expect(fast == entry)
        #expect(general == entry)
        // An ordinary line has no `cram` key; `"cram":false` is read (by the general reader) as no cram.
        let plainLine = LogEntry(seq: 4, time: Self.t0, event: .review(review("vpc-nat", .hard))).line
        #expect(!String(decoding: plainLine, as: UTF8.self).contains("cram"))
        let falseLine = Array(#"{"seq":4,"type":"review","time":"2026-03-01T09:00:00+00:00","card":"a","rating":3,"scheduler":"fsrs","deck":"","file":"","cram":false}"#.utf8)
        #expect(falseLine.withUnsafeBufferPointer(PlainLogLine.review) == nil)
        guard case .success(let read) = falseLine.withUnsafeBufferPointer(LogEntry.parse), case .review(let record) = read.event else {
            Issue.record("refused"); return
        }
        #expect(record.cram == false)
        let badLine = Array(#"{"seq":4,"type":"review","time":"2026-03-01T09:00:00+00:00","card":"a","rating":3,"scheduler":"fsrs","deck":"","file":"","cram":1}"#.utf8)
        guard case .failure(let error) = badLine.withUnsafeBufferPointer(LogEntry.parse) else { Issue.record("accepted"); return }
        #expect(error.problem == .mustBeBool(key: "cram"))
    }

    @Test func replayCountsACramAnswerButLeavesTheSchedule() {
        let studied = Self.entries([(.zero, .review(review("a", .good))), (.days(1), .review(review("a", .good)))])
        let before = ProgressState.replay(studied, schedulers: defaultSchedulers)
        let crammed = studied + Self.entries([(.days(2), .review(Self.cram("a", .again))), (.days(2), .review(Self.cram("new", .good)))])
            .map { LogEntry(seq: $0.seq + 2, time: $0.time, event: $0.event, device: "d") }
        let after = ProgressState.replay(crammed, schedulers: defaultSchedulers)
        #expect(after.cards == before.cards, "schedule, reps, lapses, deck all as they were; no card made for a new one")
        let day = Self.t0 + .days(2) ..< Self.t0 + .days(3)
        #expect(after.answers(in: day).count == 2, "both count as answers of the day")
        #expect(after.answers(in: day).allSatisfy { $0.kind == .learning }, "against no daily limit")
        // A live answer computes the same.
        var live = before
        for entry in crammed.dropFirst(2) {
            guard case .review(let record) = entry.event else { continue }
            live.apply(live.answer(record, entry: entry, schedulers: defaultSchedulers))
        }
        #expect(live == after)
    }

    @Test func undoingACramAnswerGivesTheStateWithoutIt() {
        let studied = Self.entries([(.zero, .review(review("a", .good))), (.days(1), .review(review("a", .good)))])
        let before = ProgressState.replay(studied, schedulers: defaultSchedulers)
        var state = before
        let entry = LogEntry(seq: 3, time: Self.t0 + .days(2), event: .review(Self.cram("a", .again)), device: "d")
        let answer = state.answer(Self.cram("a", .again), entry: entry, schedulers: defaultSchedulers)
        state.apply(answer)
        state.undo(id: entry.id, card: "a", previous: answer.previous, undoID: EventID(device: "d", seq: 4))
        #expect(state.cards == before.cards)
        #expect(state.answers(in: Self.t0 + .days(2) ..< Self.t0 + .days(3)).isEmpty)
        // Replaying the log with the undo gives the same.
        let log = studied + [entry, LogEntry(seq: 4, time: entry.time, event: .undo(entry.id), device: "d")]
        #expect(ProgressState.replay(log, schedulers: defaultSchedulers).cards == before.cards)
    }

    @Test func theOptimizerLeavesCramAnswersOut() {
        let ordinary = Self.entries([(.zero, .review(review("a", .good))), (.days(2), .review(review("a", .good))),
                                     (.days(9), .review(review("a", .again)))])
        var crammedEvents = ordinary.map { ($0.time - Self.t0, $0.event) }
        crammedEvents.insert((.days(5), .review(Self.cram("a", .again))), at: 2)
        let crammed = Self.entries(crammedEvents)
        func items(_ entries: [LogEntry]) -> [FSRSItem] {
            var history = ReviewHistory(schedulers: defaultSchedulers, undone: [])
            for entry in entries { history.add(entry) }
            #expect(history.reviewCount() == 3)
            return FSRSTrainingItems.items(history.fsrsCardHistories(), dayRule: .elapsed)
        }
        #expect(items(crammed) == items(ordinary))
        #expect(items(ordinary).count == 2)
    }

    @Test func theStatisticsCountCramAnswersApart() throws {
        let log = Self.entries([
            (.zero, .review(review("a", .easy))), (.days(3), .review(review("a", .good))),
            (.days(4), .review(Self.cram("a", .again))), (.days(4) + .minutes(1), .review(Self.cram("a", .good))),
        ])
        var history = ReviewHistory(schedulers: defaultSchedulers, undone: [])
        for entry in log { history.add(entry) }
        #expect(history.reviews.map(\.kind) == [.learn, .review, .cram, .cram])
        #expect(history.reviews.filter(\.countsForRetention).count == 1, "cram answers are not in true retention")
        let settings = StatsSettings(now: Self.t0 + .days(4) + .hours(1), rolloverHour: 4, utcOffset: { _ in 0 }, range: .month,
                                     scope: StatsScope(cards: 1, reviews: 4), schedulers: defaultSchedulers, desiredRetention: 0.9)
        let report = Statistics.report(history, cards: [StatsCard(id: "a", deck: "AWS::VPC", domains: [])], quizzes: [], settings: settings)
        #expect(report.studiedToday.cram == 2)
        #expect(report.studiedToday.reviews == 2)
        #expect(report.reviews.total.cram == 2)
        #expect(report.reviews.total.total == 4)
        #expect(report.reviews.totalSeconds == 12)
        #expect(report.hours.reduce(0) { $0 + $1.reviews } == 2, "the hours leave cram out, as Anki's")
        #expect(report.buttons.learning == [1, 0, 1, 1], "cram with learning, as Anki's filtered")
        let json = String(decoding: try JSONEncoder().encode(report.reviews.total), as: UTF8.self)
        #expect(json.contains(#""cram":2"#))
        let text = StatsText.lines(report, width: 80, language: .ko).map(\.plainText).joined(separator: "\n")
        #expect(text.contains("벼락치기 2"))
        #expect(text.contains("* 벼락치기"))
    }

    @Test func cramQueueTakesStudiedCardsNotDueTodayWeakestFirst() {
        // b: studied twice (longer interval, stronger); a, c: once; d: due today; s: suspended; n: new.
        let log = Self.entries([
            (.zero, .review(review("b", .easy))), (.days(3), .review(review("b", .easy))),
            (.days(3), .review(review("c", .easy))), (.days(3), .review(review("a", .easy))),
            (.days(3), .review(review("s", .easy))), (.days(3), .suspend(card: "s")),
            (.days(3) + .minutes(1), .review(review("d", .again))),
        ])
        let state = ProgressState.replay(log, schedulers: defaultSchedulers)
        let now = Self.t0 + .days(3) + .hours(1)
        let dayEnd = Self.t0 + .days(3) + .hours(19)  // 04:00 the next day, UTC
        func cram(_ ids: [String], rankAt: Instant, limit: Int = 50) -> [String] {
            CramQueue.cards(ids, state: state, schedulers: defaultSchedulers, now: now, dayEnd: dayEnd, rankAt: rankAt, limit: limit)
        }
        // Now, within a day of the last answers, every card's recall is 1 (whole days elapsed): ties, by id.
        #expect(cram(["d", "c", "b", "a", "s", "n"], rankAt: now) == ["a", "b", "c"], "d is due today, s suspended, n new")
        // Ranked at an exam 30 days on, b (answered twice) is the strongest; a and c tie, by id.
        let exam = now + .days(30)
        #expect(cram(["d", "c", "b", "a", "s", "n"], rankAt: exam) == ["a", "c", "b"])
        #expect(cram(["d", "c", "b", "a"], rankAt: exam, limit: 2) == ["a", "c"])
        let fsrs = defaultSchedulers.fsrs
        let rs = ["a", "b", "c"].map { fsrs.retrievability(of: state.cards[$0]!.schedule!, at: exam) }
        #expect(rs[0] == rs[2] && rs[0] < rs[1])
    }
}
