import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// The bundled decks' right answers are spread over the option positions. Review and the quiz
/// shuffle, but the exports (txt, Anki, csv) keep the written order, and a printed self-test
/// whose answer is mostly "2" teaches the position instead of the fact.
@Suite struct BundledDeckBalanceTests {
    static func notes() throws -> [Note] {
        try RoundTripDecks.bundled.flatMap(\.notes)
    }

    @Test func noPositionHoldsMoreThanThirtyPercentOfTheRightAnswers() throws {
        let single = try Self.notes().filter { $0.kind == .choice && !$0.isMultipleAnswer }
        #expect(single.count > 100, "the bundled decks have their multiple-choice questions")
        var counts: [Int: Int] = [:]
        for note in single {
            if let position = note.options.firstIndex(where: \.isCorrect) { counts[position + 1, default: 0] += 1 }
        }
        for (position, count) in counts.sorted(by: { $0.key < $1.key }) {
            #expect(count * 100 <= single.count * 30,
                    "option \(position) is right in \(count) of \(single.count) single-answer questions")
        }
    }
}
