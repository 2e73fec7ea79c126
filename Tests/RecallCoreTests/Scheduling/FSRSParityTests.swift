import Foundation
import Testing
@testable import RecallCore

/// Replays the histories that py-fsrs 6.3.2 scheduled (Scripts/gen-fsrs-fixtures) and checks
/// that every card after every review is py-fsrs's: stability, difficulty and retrievability
/// within 1e-9 relative, state, step, due and last review identical.
@Suite struct FSRSParityTests {
    static let fixtureNames = [
        "default", "custom-steps", "no-steps", "single-steps", "day-steps",
        "retention-0.8", "retention-0.95-max-30d", "custom-parameters", "random-parameters",
    ]

    @Test(arguments: fixtureNames)
    func matchesPyFSRS(fixture name: String) throws {
        let fixture = try ParityFixture.load(name)
        let scheduler = try fixture.scheduler()
        var reviews = 0
        for history in fixture.histories {
            var card = CardSchedule.new(fuzzSeed: FuzzSeed.of(cardID: history.cardID), due: Instant(microsecondsSinceEpoch: 0))
            for (index, (review, expected)) in zip(history.reviews, history.expected).enumerated() {
                let at = try #require(Instant(iso8601: review.datetime))
                let retrievability = scheduler.retrievability(of: card, at: at)
                card = scheduler.review(card, rating: review.rating, at: at)
                let place = "card \(history.cardID), review \(index + 1)"
                #expect(card.state.rawValue == expected.state, "\(place)")
                #expect(card.step == expected.step, "\(place)")
                #expect(isClose(card.stability, expected.stability), "\(place): stability \(String(describing: card.stability)) vs \(expected.stability)")
                #expect(isClose(card.difficulty, expected.difficulty), "\(place): difficulty \(String(describing: card.difficulty)) vs \(expected.difficulty)")
                #expect(isClose(retrievability, expected.retrievability), "\(place): retrievability \(retrievability) vs \(expected.retrievability)")
                #expect(card.due.iso8601 == expected.due, "\(place)")
                #expect(card.lastReview == at, "\(place)")
                reviews += 1
            }
        }
        #expect(fixture.histories.count >= 100)
        #expect(reviews >= 1_000)
    }

    @Test func fixturesCoverAThousandHistories() throws {
        let total = try Self.fixtureNames.map { try ParityFixture.load($0).histories.count }.reduce(0, +)
        #expect(total >= 1_000)
    }

    func isClose(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        if actual == expected { return true }
        return abs(actual - expected) <= 1e-9 * max(abs(actual), abs(expected))
    }
}

/// One `Tests/RecallCoreTests/Fixtures/fsrs-NAME.json`, in the compact form the generator writes.
struct ParityFixture {
    struct Review {
        var rating: Rating
        var datetime: String
    }

    struct Expected {
        var state: Int
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: String
        var retrievability: Double
    }

    struct History {
        var cardID: Int
        var reviews: [Review]
        var expected: [Expected]
    }

    var settings: [String: Any]
    var histories: [History]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }

    static func load(_ name: String) throws -> ParityFixture {
        let data = try Data(contentsOf: folder.appendingPathComponent("fsrs-\(name).json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let histories = try #require(root["histories"] as? [[String: Any]]).map { history in
            History(
                cardID: try #require(history["card_id"] as? Int),
                reviews: try #require(history["reviews"] as? [[Any]]).map { review in
                    Review(rating: try #require(Rating(rawValue: review[0] as? Int ?? 0)),
                           datetime: try #require(review[1] as? String))
                },
                expected: try #require(history["expected"] as? [[Any]]).map { row in
                    Expected(state: try #require(row[0] as? Int), step: row[1] as? Int,
                             stability: try #require(row[2] as? Double), difficulty: try #require(row[3] as? Double),
                             due: try #require(row[4] as? String), retrievability: try #require(row[5] as? Double))
                })
        }
        return ParityFixture(settings: try #require(root["settings"] as? [String: Any]), histories: histories)
    }

    func scheduler() throws -> FSRSScheduler {
        func steps(_ key: String, _ fallback: [TimeSpan]) -> [TimeSpan] {
            (settings[key] as? [Int]).map { $0.map { .seconds(Int64($0)) } } ?? fallback
        }
        let weights = settings["parameters"] as? [Double] ?? FSRSParameters.defaultWeights
        return try FSRSScheduler(
            parameters: try FSRSParameters(weights),
            desiredRetention: settings["desired_retention"] as? Double ?? 0.9,
            learningSteps: steps("learning_steps", LearningSteps.defaultLearning),
            relearningSteps: steps("relearning_steps", LearningSteps.defaultRelearning),
            maximumInterval: settings["maximum_interval"] as? Int ?? 36_500,
            fuzz: false)
    }
}
