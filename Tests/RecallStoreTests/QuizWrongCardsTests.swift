import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// Each attempt keeps the cards answered wrong or left unanswered (issue 18 point 7), in an
/// optional `wrong` key that older lines lack and still load without.
@Suite struct QuizWrongCardsTests {
    @Test func anAttemptKeepsItsWrongAndUnansweredCardsInQuizOrder() throws {
        // 4 questions: the first with one option of its answer picked (wrong), the rest unanswered.
        let entry = try QuizHistoryTests.scoredEntry()
        let quiz = try QuizFixtures.build(QuizFixtures.spec(deck: "AWS", tags: ["security"], count: 4, seed: 11))
        #expect(entry.correct == 0)
        #expect(entry.wrongCards == quiz.questions.map(\.card.id))
        let text = String(decoding: entry.line, as: UTF8.self)
        #expect(text.hasSuffix(#","wrong":["# + quiz.questions.map { "\"\($0.card.id)\"" }.joined(separator: ",") + "]}\n"))
        // One answered right stays out.
        var attempt = QuizAttempt(quiz: quiz, startedAt: QuizFixtures.start)
        for option in quiz.questions[1].correctOptions { attempt.toggle(option: option, in: 1) }
        let result = QuizResult(attempt: attempt, finishedAt: QuizFixtures.start + .seconds(60))
        #expect(QuizHistoryEntry(result: result, utcOffsetSeconds: 0).wrongCards == [0, 2, 3].map { quiz.questions[$0].card.id })
        #expect(try QuizHistoryEntry.parse(entry.line.dropLast()).get() == entry)
    }

    @Test func anOlderLineWithoutTheKeyLoadsWithNoList() throws {
        let line = #"{"schema":1,"date":"2026-03-01T18:01:35+09:00","deck":"AWS","tags":[],"count":65,"correct":50,"percent":76,"pass":72,"passed":true,"timeLimit":7800,"timeUsed":5423,"timedOut":false,"seed":8361,"types":["choice"],"domains":[]}"#
        let entry = try QuizHistoryEntry.parse(Array(line.utf8)[...]).get()
        #expect(entry.wrongCards == nil)
        #expect(!String(decoding: entry.line, as: UTF8.self).contains("wrong"), "and writes none back")
    }
}
