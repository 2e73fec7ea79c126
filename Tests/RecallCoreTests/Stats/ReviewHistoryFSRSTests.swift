import Testing
import RecallCore
import RecallTestSupport

/// What the optimizer is given: each card's answers in log order, undone ones out, each with
/// what the card was before it (learn, review, relearn), for the cards picked.
@Suite struct ReviewHistoryFSRSTests {
    @Test func eachCardsAnswersInOrderWithTheirKinds() throws {
        let t0 = try #require(Instant(iso8601: "2026-01-05T09:00:00Z"))
        let answers: [(String, Rating, TimeSpan)] = [
            ("a", .good, .minutes(0)), ("b", .again, .minutes(1)), ("a", .good, .minutes(10)),
            ("a", .again, .days(3)), ("b", .good, .minutes(2)), ("a", .good, .days(3) + .minutes(10)),
        ]
        var entries = answers.enumerated().map { n, answer in
            LogEntry(seq: n + 1, time: t0 + answer.2, event: .review(review(answer.0, answer.1)))
        }
        entries.append(LogEntry(seq: 7, time: t0 + .minutes(3), event: .undo(EventID(device: "", seq: 5))))
        var history = ReviewHistory(schedulers: defaultSchedulers, undone: ProgressState.undoneIDs(in: entries))
        for entry in entries { history.add(entry) }
        let cards = history.fsrsCardHistories()
        #expect(cards.map(\.card) == ["a", "b"])
        #expect(cards[0].answers.map(\.rating) == [.good, .good, .again, .good])
        #expect(cards[0].answers.map(\.kind) == [.learn, .learn, .review, .relearn])
        #expect(cards[0].answers.map(\.time) == [t0, t0 + .minutes(10), t0 + .days(3), t0 + .days(3) + .minutes(10)])
        #expect(cards[1].answers.map(\.rating) == [.again], "b's second answer was undone")
        #expect(history.fsrsCardHistories { $0 == "b" }.map(\.card) == ["b"])
        #expect(history.reviewCount() == 5 && history.reviewCount { $0 == "a" } == 4)
    }
}
