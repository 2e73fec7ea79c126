import Foundation
@testable import RecallCore
@testable import RecallStore

/// A temporary data folder for one test.
struct TempFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("recall-progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { DataFolder.join(path, name) }

    func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) }
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func append(_ name: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file(name)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// An injected clock: `2026-03-01T09:00:00Z` plus whatever the test adds.
enum TestClock {
    static let base = Instant(iso8601: "2026-03-01T09:00:00+00:00")!

    static func at(_ text: String) -> Instant { Instant(iso8601: text)! }
}

func review(_ card: String, _ rating: Rating, deck: String = "AWS::VPC", scheduler: SchedulerKind = .fsrs) -> ReviewRecord {
    ReviewRecord(card: card, rating: rating, durationMilliseconds: 3_000, scheduler: scheduler, deck: deck, file: "Decks/vpc.md")
}

let defaultSchedulers = try! SchedulerSet()
