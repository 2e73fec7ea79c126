import Foundation
import Testing
@testable import RecallCore

/// The items fsrs-rs trains on, made from card histories by Anki's rule.
@Suite struct FSRSTrainingItemsTests {
    static let utc: @Sendable (Instant) -> Int = { _ in 0 }
    static let calendar = FSRSDayRule.calendar(rolloverHour: 4, utcOffset: utc)

    @Test func referenceLogGivesFSRSRsItems() throws {
        let cards = FSRSCardHistory.cards(of: try OptimizerItemsFixture.referenceHistory())
        let items = FSRSTrainingItems.items(cards, dayRule: Self.calendar)
        let expected = OptimizerItemsFixture.items(OptimizerItemsFixture.reference.items)
        #expect(items.count == 6_276)
        #expect(items == expected)
    }

    static func card(_ answers: [(String, Rating, StatsReviewKind)]) -> FSRSCardHistory {
        FSRSCardHistory(card: "c", answers: answers.map { (Instant(iso8601: $0.0)!, $0.1, $0.2) })
    }

    static func pairs(_ items: [FSRSItem]) -> [[[Int]]] {
        items.map { $0.reviews.map { [$0.rating, $0.deltaT] } }
    }

    @Test func sameDayAnswersStayInTheHistoryButAreNeverTargets() {
        let card = Self.card([("2024-01-01T10:00:00Z", .again, .learn), ("2024-01-01T10:10:00Z", .good, .learn),
                              ("2024-01-02T09:00:00Z", .good, .review), ("2024-01-02T20:00:00Z", .again, .review),
                              ("2024-01-05T09:00:00Z", .good, .relearn)])
        #expect(Self.pairs(FSRSTrainingItems.items([card], dayRule: Self.calendar))
                == [[[1, 0], [3, 0], [3, 1]], [[1, 0], [3, 0], [3, 1], [1, 0], [3, 3]]])
    }

    @Test func elapsedCountsWholeDaysAndCalendarCountsRollovers() {
        // 20:00 to 05:00 the next day: no whole day, but a rollover at 04:00.
        let card = Self.card([("2024-01-01T20:00:00Z", .good, .learn), ("2024-01-02T05:00:00Z", .good, .review),
                              ("2024-01-04T04:59:00Z", .good, .review)])
        #expect(Self.pairs(FSRSTrainingItems.items([card], dayRule: .elapsed)) == [[[3, 0], [3, 0], [3, 1]]])
        #expect(Self.pairs(FSRSTrainingItems.items([card], dayRule: Self.calendar))
                == [[[3, 0], [3, 1]], [[3, 0], [3, 1], [3, 2]]])
        // In Seoul (UTC+9) the first two are on one study day (05:00 and 14:00 local).
        let seoul = FSRSDayRule.calendar(rolloverHour: 4, utcOffset: { _ in 9 * 3_600 })
        #expect(Self.pairs(FSRSTrainingItems.items([card], dayRule: seoul)) == [[[3, 0], [3, 0], [3, 2]]])
    }

    @Test func onlyTheLastLearningBlockCounts() {
        let reset = Self.card([("2024-01-01T10:00:00Z", .good, .learn), ("2024-01-03T10:00:00Z", .good, .review),
                               ("2024-01-10T10:00:00Z", .again, .learn), ("2024-01-12T10:00:00Z", .good, .learn),
                               ("2024-01-15T10:00:00Z", .good, .review)])
        #expect(Self.pairs(FSRSTrainingItems.items([reset], dayRule: .elapsed))
                == [[[1, 0], [3, 2]], [[1, 0], [3, 2], [3, 3]]])
        let neverLearned = Self.card([("2024-01-01T10:00:00Z", .good, .review), ("2024-01-03T10:00:00Z", .good, .review)])
        #expect(FSRSTrainingItems.items([neverLearned], dayRule: .elapsed).isEmpty)
    }

    @Test func aClockThatWentBackCountsNoDays() {
        let card = Self.card([("2024-01-05T10:00:00Z", .good, .learn), ("2024-01-02T10:00:00Z", .good, .review),
                              ("2024-01-04T10:00:00Z", .hard, .review)])
        for rule in [FSRSDayRule.elapsed, Self.calendar] {
            #expect(Self.pairs(FSRSTrainingItems.items([card], dayRule: rule)) == [[[3, 0], [3, 0], [2, 2]]])
        }
    }

    @Test func itemsAreSortedByTheirTargetsTimeKeepingTheCardsOrderOnTies() {
        var first = Self.card([("2024-01-01T10:00:00Z", .good, .learn), ("2024-01-05T10:00:00Z", .good, .review)])
        first.card = "a"
        var second = Self.card([("2024-01-02T10:00:00Z", .again, .learn), ("2024-01-03T10:00:00Z", .good, .review),
                                ("2024-01-05T10:00:00Z", .hard, .review)])
        second.card = "b"
        #expect(Self.pairs(FSRSTrainingItems.items([first, second], dayRule: .elapsed))
                == [[[1, 0], [3, 1]], [[3, 0], [3, 4]], [[1, 0], [3, 1], [2, 2]]])
        #expect(Self.pairs(FSRSTrainingItems.items([second, first], dayRule: .elapsed))
                == [[[1, 0], [3, 1]], [[1, 0], [3, 1], [2, 2]], [[3, 0], [3, 4]]])
    }

    @Test func itemsAreCodedWithTheirPublicNames() throws {
        let item = FSRSItem(reviews: [FSRSItemReview(rating: 3, deltaT: 0), FSRSItemReview(rating: 1, deltaT: 12)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(item), as: UTF8.self)
        #expect(text == #"{"reviews":[{"deltaT":0,"rating":3},{"deltaT":12,"rating":1}]}"#)
        #expect(try JSONDecoder().decode(FSRSItem.self, from: Data(text.utf8)) == item)
        #expect(FSRSItemReview(rating: 3, deltaT: Int.max).deltaT == Int(Int32.max))
    }
}
