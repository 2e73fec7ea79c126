import Foundation
import RecallCore
@testable import RecallStore
import RecallTestSupport
import Testing

/// Issue 18 point 4: `recall simulate` on a small data folder made with `recall answer`, with
/// the test clock (`--at`) in Seoul's time zone.
@Suite struct SimulateCommandTests {
    static let seoul = ["TZ": "Asia/Seoul"]

    /// Ten VPC cards; two answered (one in 5 s, one in 90 s, capped at 60), one suspended.
    static func folder() throws -> StudyScratch {
        let cards = (0..<10).map { "## VPC \($0)?\n<!-- id: v\($0) -->\nA\n" }.joined(separator: "\n")
        let s = try StudyScratch(deck: "---\ndeck: AWS::VPC\n---\n" + cards)
        try s.run(["answer", "v0", "3", "--at", "2026-03-01T09:00:00+09:00", "--duration", "5000"], environment: seoul)
        try s.run(["answer", "v1", "4", "--at", "2026-03-01T09:01:00+09:00", "--duration", "90000"], environment: seoul)
        return s
    }

    static func object(_ output: RecallBinary.Output) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stdout)\(output.stderr)")
    }

    @Test func jsonGivesTheDaysAndTheSettingsUsed() throws {
        let s = try Self.folder()
        defer { s.remove() }
        let output = try s.run(["simulate", "--days", "4", "--new-per-day", "3", "--json", "--at", "2026-03-02T10:00:00+09:00"],
                               environment: Self.seoul)
        #expect(output.status == 0, "\(output.stderr)")
        let json = try Self.object(output)
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["days"] as? Int == 4 && settings["newPerDay"] as? Int == 3 && settings["reviewsPerDay"] as? Int == 200)
        // The learner's own times: two first answers, 5 s and 90 s capped at 60 s.
        #expect(settings["secondsNew"] as? Double == 32.5)
        #expect(settings["secondsReview"] as? Double == 8)
        let result = try #require(json["result"] as? [String: Any])
        let days = try #require(result["days"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String } == ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"])
        #expect(days.map { $0["newCards"] as? Int } == [3, 3, 2, 0])
        #expect(days.map { $0["learned"] as? Int } == [5, 8, 10, 10])
        #expect(result["lastNewCardDay"] as? String == "2026-03-04")
        // The same seed, the same output; the language changes nothing.
        let again = try s.run(["simulate", "--days", "4", "--new-per-day", "3", "--json", "--at", "2026-03-02T10:00:00+09:00",
                               "--lang", "ko"], environment: Self.seoul)
        #expect(again.stdout == output.stdout)
    }

    @Test func theTableSpeaksKorean() throws {
        let s = try Self.folder()
        defer { s.remove() }
        let output = try s.run(["simulate", "--days", "3", "--at", "2026-03-02T10:00:00+09:00", "--lang", "ko"], environment: Self.seoul)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("날짜") && $0.contains("예상 기억") })
        #expect(lines.contains { $0.hasPrefix("2026-03-04") })
        #expect(lines.contains { $0.hasPrefix("3일 동안 답 ") })
        #expect(lines.contains { $0.hasPrefix("2026-03-05 04:00 예상 기억률") })
        // Hangul is two columns wide: no line of the text outgrows 80 columns.
        for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(DisplayWidth.of(line)) columns: \(line)") }
    }

    @Test(arguments: [["--days", "0"], ["--days", "3651"], ["--new-per-day", "-1"], ["--reviews-per-day", "-5"],
                      ["--cram-days", "5", "--days", "3"], ["--at", "yesterday"]])
    func badValuesAreUsageErrors(arguments: [String]) throws {
        let s = try Self.folder()
        defer { s.remove() }
        let output = try s.run(["simulate"] + arguments, environment: Self.seoul)
        #expect(output.status == 64, "\(output.stdout)\(output.stderr)")
        #expect(!output.stderr.isEmpty)
    }

    @Test func suspendedCardsAreLeftOutAndCounted() throws {
        let s = try Self.folder()
        defer { s.remove() }
        try s.run(["answer", "v2", "3", "--at", "2026-03-01T09:02:00+09:00"], environment: Self.seoul)
        let store = try ProgressStore.open(folder: s.data, now: TestClock.at("2026-03-01T09:03:00+09:00"), sync: FileSync { _ in 0 })
        try store.suspend(card: "v2", at: TestClock.at("2026-03-01T09:03:00+09:00"))
        try store.close()
        let json = try Self.object(try s.run(["simulate", "--days", "5", "--json", "--at", "2026-03-02T10:00:00+09:00"],
                                             environment: Self.seoul))
        #expect((json["leftOut"] as? [String: Int])?["suspended"] == 1)
        let days = try #require((json["result"] as? [String: Any])?["days"] as? [[String: Any]])
        #expect(days.last?["learned"] as? Int == 9)
    }

    @Test func sm2CardsAreLeftOutWithANote() throws {
        let s = try Self.folder()
        defer { s.remove() }
        try s.scratch.write("data/config.json", #"{"scheduler": "sm2"}"#)
        try s.run(["answer", "v5", "3", "--at", "2026-03-01T09:05:00+09:00"], environment: Self.seoul)
        let output = try s.run(["simulate", "--days", "2", "--at", "2026-03-02T10:00:00+09:00", "--lang", "en"], environment: Self.seoul)
        #expect(output.status == 0, "\(output.stderr)")
        // v0 and v1 were answered under FSRS; v5 under SM-2, and the new cards would be SM-2 too.
        #expect(output.stdout.contains("Left out: 0 suspended cards, 8 SM-2 cards (the simulator uses FSRS)."))
    }

    @Test func aCramAndAnotherMeasureTime() throws {
        let s = try Self.folder()
        defer { s.remove() }
        let base = ["simulate", "--days", "6", "--new-per-day", "2", "--json", "--at", "2026-03-02T10:00:00+09:00"]
        let plain = try Self.object(try s.run(base, environment: Self.seoul))
        let cram = try Self.object(try s.run(base + ["--cram-days", "2", "--measure-at", "2026-03-08T09:00:00+09:00"],
                                             environment: Self.seoul))
        #expect((cram["settings"] as? [String: Any])?["cramDays"] as? Int == 2)
        #expect((cram["settings"] as? [String: Any])?["measureAt"] as? String == "2026-03-08T00:00:00+00:00")
        let days = { (json: [String: Any]) in ((json["result"] as? [String: Any])?["days"] as? [[String: Any]]) ?? [] }
        // The same first four days; then every studied card is answered at least once a day.
        #expect(days(cram).prefix(4).map { $0["reviews"] as? Int } == days(plain).prefix(4).map { $0["reviews"] as? Int })
        for day in days(cram).suffix(2) {
            #expect((day["reviews"] as? Int ?? 0) >= (day["learned"] as? Int ?? 0) - (day["newCards"] as? Int ?? 0))
        }
    }

    @Test func anUnknownDeckIsAUsageError() throws {
        let s = try Self.folder()
        defer { s.remove() }
        #expect(try s.run(["simulate", "--deck", "nothing", "--at", "2026-03-02T10:00:00+09:00"], environment: Self.seoul).status == 64)
    }

    /// Needs part A's `exams` in config.json (the merge): the deck's exam sets the days and the measure.
    @Test func theDecksExamSetsTheDaysAndTheMeasure() throws {
        let s = try Self.folder()
        defer { s.remove() }
        try s.scratch.write("data/config.json", #"{"exams": [{"deck": "AWS", "at": "2026-03-12T09:00:00+09:00", "target": 0.9}]}"#)
        let json = try Self.object(try s.run(["simulate", "--deck", "AWS::VPC", "--json", "--at", "2026-03-02T10:00:00+09:00"],
                                             environment: Self.seoul))
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["days"] as? Int == 10)
        #expect(settings["measureAt"] as? String == "2026-03-12T00:00:00+00:00")
    }
}
