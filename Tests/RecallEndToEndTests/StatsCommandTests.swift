import Foundation
import RecallCore
import RecallStore
import RecallTestSupport
import Testing

/// Issue 16: `recall stats` as a learner runs it, on a data folder made by `recall answer`, and
/// with `--log` on the reference log and on a recall log file. Figures are read from `--json`.
@Suite struct StatsCommandTests {
    static let at = "2026-03-02T12:00:00Z"

    /// Two decks, two study days (UTC, rollover 04:00, no fuzz):
    /// 2026-03-01: nat Good, igw Again, nat Good (nat graduates, due 2026-03-03);
    /// 2026-03-02: igw Good, pol Good, rt Easy, and an undo line that takes rt's answer back.
    static func studied() throws -> StudyScratch {
        let s = try StudyScratch(deck: "---\ndeck: AWS::VPC\n---\n## NAT?\n<!-- id: nat -->\ntags:: net\nA\n\n"
                                 + "## IGW?\n<!-- id: igw -->\ntags:: net\nB\n\n## RT?\n<!-- id: rt -->\nC\n")
        try s.scratch.write("Decks/iam.md", "---\ndeck: AWS::IAM\n---\n## Policy?\n<!-- id: pol -->\ntags:: security\nD\n")
        try s.scratch.write("data/config.json", #"{"fuzz": false}"#)
        let answers = [("nat", "good", "2026-03-01T09:00:00Z"), ("igw", "again", "2026-03-01T09:01:00Z"),
                       ("nat", "good", "2026-03-01T09:10:00Z"), ("igw", "good", "2026-03-02T10:00:00Z"),
                       ("pol", "good", "2026-03-02T10:05:00Z"), ("rt", "easy", "2026-03-02T10:06:00Z")]
        for (card, rating, time) in answers {
            let answer = try s.run(["answer", card, rating, "--at", time])
            #expect(answer.status == 0, "\(answer.stderr)")
        }
        let device = String(s.deviceLogName.dropFirst("log/".count).dropLast(".jsonl".count))
        let undo = LogEntry(seq: 7, time: try #require(Instant(iso8601: "2026-03-02T10:07:00Z")),
                            event: .undo(EventID(device: device, seq: 6)), device: device)
        let handle = try #require(FileHandle(forWritingAtPath: s.file(s.deviceLogName)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(undo.line))
        try handle.close()
        return s
    }

    static func report(_ output: RecallBinary.Output) throws -> StatsReport {
        try JSONDecoder().decode(StatsReport.self, from: Data(output.stdout.utf8))
    }

    static let fixture = PackageFolder.root.appendingPathComponent("Tests/Fixtures/py-fsrs-review-log.csv").path

    @Test func jsonCountsTwoStudyDaysWithoutTheUndoneAnswer() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let output = try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try Self.report(output)
        #expect(report.today == "2026-03-02")
        #expect(report.range == .month)
        #expect(report.scope == StatsScope(cards: 4, reviews: 5))
        // Today: igw's second answer and pol's first, both in learning; rt's answer was undone.
        #expect(report.studiedToday.reviews == 2)
        #expect(report.studiedToday.cards == 2)
        #expect(report.studiedToday.again == 0)
        #expect(report.studiedToday.learn == 2)
        #expect(report.studiedToday.review == 0)
        #expect(report.calendar.days == [DayCount(date: "2026-03-01", reviews: 3), DayCount(date: "2026-03-02", reviews: 2)])
        #expect(report.calendar.to == "2026-03-02")
        #expect(report.calendar.from == "2025-03-03")
        #expect(report.calendar.daysStudied == 2)
        #expect(report.calendar.streak == 2)
        #expect(report.calendar.busiestDay == DayCount(date: "2026-03-01", reviews: 3))
        // The month's 31 days end today; every answer so far was a learning step.
        #expect(report.reviews.days.count == 31)
        #expect(report.reviews.days.first?.date == "2026-01-31")
        #expect(report.reviews.days.suffix(2).map(\.date) == ["2026-03-01", "2026-03-02"])
        #expect(report.reviews.days.suffix(2).map(\.counts) == [KindCounts(learn: 3), KindCounts(learn: 2)])
        #expect(report.reviews.daysStudied == 2)
        #expect(report.reviews.total == KindCounts(learn: 5))
        // rt is new again; igw and pol are in their 10-minute step; nat graduated with 2 days.
        #expect(report.cardCounts == CardCountStats(new: 1, learning: 2, relearning: 0, young: 1, mature: 0, suspended: 0, buried: 0))
        // igw and pol are due today (10:10, 10:15), nat tomorrow (2026-03-03 09:10).
        #expect(report.forecast.perDay.count == 31)
        #expect(Array(report.forecast.perDay.prefix(3)) == [2, 1, 0])
        #expect(report.forecast.dueToday == 2)
        #expect(report.forecast.dueTomorrow == 1)
        #expect(report.forecast.overdue == 0)
        #expect(report.forecast.total == 3)
    }

    @Test func deckAndTagNarrowTheCards() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let iam = try Self.report(try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at, "--deck", "aws::iam"]))
        #expect(iam.scope == StatsScope(deck: "aws::iam", cards: 1, reviews: 1))
        #expect(iam.cardCounts.learning == 1)
        #expect(iam.calendar.days == [DayCount(date: "2026-03-02", reviews: 1)])
        let net = try Self.report(try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at, "--tag", "net"]))
        #expect(net.scope == StatsScope(tags: ["net"], cards: 2, reviews: 4))
        #expect(net.calendar.days == [DayCount(date: "2026-03-01", reviews: 3), DayCount(date: "2026-03-02", reviews: 1)])
        let unknown = try s.run(["stats", "--decks", "Decks", "--at", Self.at, "--deck", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "recall: no deck named 'nope'; 'recall list' lists the decks\n")
        #expect(unknown.stdout.isEmpty)
    }

    @Test func rangeSetsHowFarBackAndAheadAndABadOneIsAUsageError() throws {
        let s = try Self.studied()
        defer { s.remove() }
        for (range, days) in [("1m", 31), ("3m", 90), ("1y", 365)] {
            let report = try Self.report(try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at, "--range", range]))
            #expect(report.range.rawValue == range)
            #expect(report.reviews.days.count == days)
            #expect(report.forecast.perDay.count == days)
        }
        // All: back to the first review's day.
        let all = try Self.report(try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at, "--range", "all"]))
        #expect(all.reviews.days.map(\.date) == ["2026-03-01", "2026-03-02"])
        let bad = try s.run(["stats", "--decks", "Decks", "--range", "2w"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--range must be 1m, 3m, 1y or all, got '2w'"), "\(bad.stderr)")
        let korean = try s.run(["stats", "--decks", "Decks", "--range", "2w", "--lang", "ko"])
        #expect(korean.stderr.contains("--range는 1m, 3m, 1y, all 중 하나여야 합니다. 받은 값: '2w'"), "\(korean.stderr)")
    }

    @Test func jsonIsTheSameInEveryLanguage() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let english = try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at, "--lang", "en"])
        let korean = try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at, "--lang", "ko"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(!english.stdout.isEmpty)
        #expect(english.stdout == korean.stdout)
    }

    /// Each section's heading line, in English and in Korean.
    static let headings: [(english: String, korean: String)] = [
        ("Today", "오늘"), ("Forecast", "예정"), ("Calendar", "달력"), ("Reviews", "복습"), ("Card counts", "카드 수"),
        ("Review intervals", "복습 간격"), ("Stability", "안정성"), ("Difficulty", "난이도"), ("Retrievability", "기억 확률"),
        ("True retention", "실제 기억률"), ("Hourly breakdown", "시간대별"), ("Answer buttons", "답변 버튼"),
        ("Weak domains", "취약 영역"),
    ]

    @Test func textHasEverySectionInBothLanguagesWithin80Columns() throws {
        let s = try Self.studied()
        defer { s.remove() }
        for language in ["en", "ko"] {
            let output = try s.run(["stats", "--decks", "Decks", "--at", Self.at, "--lang", language])
            #expect(output.status == 0, "\(output.stderr)")
            let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let found = lines.filter { $0.hasPrefix("== ") }
            #expect(found == Self.headings.map { "== \(language == "en" ? $0.english : $0.korean) ==" }, "\(output.stdout)")
            for line in lines {
                #expect(DisplayWidth.of(line) <= 80, "\(language): wider than 80 columns: \(line)")
            }
        }
    }

    @Test func logReadsThePyFSRSCSV() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let output = try s.run(["stats", "--log", Self.fixture, "--json", "--range", "all", "--at", "2024-10-07T12:00:00+00:00"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try Self.report(output)
        // Section 2.1 of the reference notes: 12,580 reviews of 1,205 cards on 57 days.
        #expect(report.scope == StatsScope(log: Self.fixture, cards: 1205, reviews: 12_580))
        #expect(report.calendar.daysStudied == 57)
        #expect(report.calendar.busiestDay == DayCount(date: "2024-08-15", reviews: 672))
        #expect(report.reviews.total.total == 12_580)
        #expect(report.hours.map(\.reviews).reduce(0, +) == 12_580)
        #expect(report.hours.max { $0.reviews < $1.reviews }?.hour == 17)
        // Again 3676, Hard 1, Good 8903, Easy 0.
        let buttons = report.buttons
        #expect(zip(zip(buttons.learning, buttons.young), buttons.mature).map { $0.0 + $0.1 + $1 } == [3676, 1, 8903, 0])
        #expect(report.cardCounts.new == 0)
        #expect(report.weakDomains.isEmpty)
        // The last day, 2024-10-06, is yesterday.
        #expect(report.calendar.days.last?.date == "2024-10-06")
    }

    @Test func logReadsARecallDeviceFile() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let output = try s.run(["stats", "--log", s.file(s.deviceLogName), "--json", "--at", Self.at])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try Self.report(output)
        #expect(report.scope.reviews == 5)
        #expect(report.scope.log == s.file(s.deviceLogName))
        #expect(report.calendar.days == [DayCount(date: "2026-03-01", reviews: 3), DayCount(date: "2026-03-02", reviews: 2)])
        #expect(report.weakDomains.isEmpty)
    }

    @Test func logReadsASchema1LogWithItsUndo() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        func review(_ seq: Int, _ card: String, _ time: String) throws -> [UInt8] {
            let record = ReviewRecord(card: card, rating: .good, scheduler: .fsrs, deck: "AWS::VPC", file: "Decks/vpc.md")
            return LogEntry(seq: seq, time: try #require(Instant(iso8601: time)), event: .review(record)).schema1Line
        }
        let created = try #require(Instant(iso8601: "2026-03-01T09:00:00Z"))
        let undo = LogEntry(seq: 3, time: created + .minutes(3), event: .undo(EventID(device: "", seq: 2))).schema1Line
        let bytes = ReviewLog.schema1HeaderLine(created: created) + (try review(1, "nat", "2026-03-01T09:00:00Z"))
            + (try review(2, "igw", "2026-03-01T09:01:00Z")) + undo
        let path = s.url.appendingPathComponent("reviews.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let report = try Self.report(try s.run(["stats", "--log", path, "--json", "--at", Self.at]))
        #expect(report.scope.reviews == 1)
        #expect(report.calendar.days == [DayCount(date: "2026-03-01", reviews: 1)])
    }

    @Test func aDamagedCSVRowIsReportedWhereItIsWrong() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.scratch.write("bad.csv", PyFSRSCSVRow.header + "\n1,3,2024-03-29T20:32:32+00:00,100\n1,5,2024-03-29T20:42:32+00:00,100\n")
        let path = s.url.appendingPathComponent("bad.csv").path
        let output = try s.run(["stats", "--log", path, "--json"])
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "\(path):3:3: review_rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got '5'\n")
        let selection = try s.run(["stats", "--log", path, "--deck", "AWS"])
        #expect(selection.status == 64)
        #expect(selection.stderr.contains("--deck and --tag cannot be used with --log"), "\(selection.stderr)")
    }

    @Test func aMissingLogFileIsNamed() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let path = s.url.appendingPathComponent("none.csv").path
        let output = try s.run(["stats", "--log", path])
        #expect(output.status == 66)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "recall: \(path): cannot read this file (No such file or directory)\n")
        let folder = try s.run(["stats", "--log", s.url.path])
        #expect(folder.status == 74)
        #expect(folder.stderr == "recall: \(s.url.path): cannot read this file (it is a folder)\n")
    }

    @Test func anEmptyDataFolderIsAReportWithNoReviews() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let output = try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.at])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try Self.report(output)
        #expect(report.scope == StatsScope(cards: 3, reviews: 0))
        #expect(report.cardCounts == CardCountStats(new: 3, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, buried: 0))
        #expect(report.calendar.days.isEmpty)
        #expect(report.studiedToday.reviews == 0)
        let text = try s.run(["stats", "--decks", "Decks", "--at", Self.at])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("No reviews yet: every card is new.\n"), "\(text.stdout)")
    }
}
