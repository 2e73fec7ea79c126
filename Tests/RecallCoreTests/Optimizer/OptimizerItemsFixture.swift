import Foundation
@testable import RecallCore

/// The fixtures `Scripts/gen-optimizer-fixtures-items` writes from fsrs-rs-python 0.9.3, and the
/// reference log read the way `recall optimize --log` reads it.
enum OptimizerItemsFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    struct Reference: Decodable {
        var items: [[[Int]]]
        var initialization: [[[Int]]]
        var trainSet: [Int]
        var removed: [String: [Int]]
        var pretrained: [Double]
        var oneEpoch: [Double]
    }

    struct Guard: Decodable {
        var name: String
        var outcome: String
        var items: [[[Int]]]
        var trainSet: Int
        var parameters: [Double]?
        var error: String?
    }

    struct Simulated: Decodable {
        var seed: Int
        var items: [[[Int]]]
        var outcome: String
        var parameters: [Double]
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let data = try Data(contentsOf: folder.appendingPathComponent("Fixtures/optimizer/\(name).json"))
        return try JSONDecoder().decode(T.self, from: data)
    }

    static let reference: Reference = try! load("items-reference", as: Reference.self)
    static let guards: [Guard] = try! load("items-guards", as: [String: [Guard]].self)["cases"]!

    static let simulated: [Simulated] = try! load("items-simulated", as: [String: [Simulated]].self)["cases"]!

    static func items(_ lists: [[[Int]]]) -> [FSRSItem] {
        lists.map { FSRSItem(reviews: $0.map { FSRSItemReview(rating: $0[0], deltaT: $0[1]) }) }
    }

    /// The reference log (`Tests/Fixtures/py-fsrs-review-log.csv`) replayed with the default
    /// settings, so each answer has the kind a replay gives it.
    static func referenceHistory() throws -> ReviewHistory {
        let path = folder.deletingLastPathComponent().appendingPathComponent("Fixtures/py-fsrs-review-log.csv")
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n").dropFirst()
        var history = ReviewHistory(schedulers: .defaults, undone: [])
        for (index, line) in lines.enumerated() {
            let row = try PyFSRSCSVRow.parse(String(line)).get()
            let record = ReviewRecord(card: String(row.cardID), rating: row.rating, durationMilliseconds: row.durationMilliseconds,
                                      scheduler: .fsrs, deck: "", file: "")
            history.add(LogEntry(seq: index + 1, time: row.reviewedAt, event: .review(record)))
        }
        return history
    }
}
