import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct QuizHistoryTests {
    typealias F = QuizFixtures

    static func entry(percent: Int, pass: Int = 72, at date: String = "2026-03-01T09:04:00Z",
                      offset: Int = 9 * 3_600, deck: String? = "AWS", tags: [String] = []) -> QuizHistoryEntry {
        QuizHistoryEntry(date: Instant(iso8601: date)!, utcOffsetSeconds: offset, deck: deck, tags: tags, count: 100,
                         correct: percent, percent: percent, passPercent: pass, passed: percent >= pass,
                         timeLimitSeconds: 7_800, timeUsedSeconds: 5_423, timedOut: false, seed: 42, types: [.choice],
                         domains: [DomainScore(domain: "security", correct: 3, total: 4)])
    }

    static func scoredEntry() throws -> QuizHistoryEntry {
        let quiz = try F.build(F.spec(deck: "AWS", tags: ["security"], count: 4, seed: 11))
        var attempt = QuizAttempt(quiz: quiz, startedAt: F.start)
        attempt.toggle(option: quiz.questions[0].correctOptions.sorted()[0], in: 0)
        let result = QuizResult(attempt: attempt, finishedAt: F.start + .seconds(95))
        return QuizHistoryEntry(result: result, utcOffsetSeconds: 9 * 3_600)
    }

    @Test func anEntryIsOneLineThatReadsBack() throws {
        let entry = try Self.scoredEntry()
        let line = entry.line
        #expect(line.last == 0x0A)
        #expect(line.dropLast().contains(0x0A) == false)
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix(#"{"schema":1,"date":"2026-03-01T18:01:35+09:00","deck":"AWS","tags":["security"],"count":4,"#))
        #expect(text.contains(#""pass":72,"passed":false,"timeLimit":600,"timeUsed":95,"timedOut":false,"seed":11,"types":["choice"],"domains":[{"domain":"#))
        let back = try QuizHistoryEntry.parse(line.dropLast()).get()
        #expect(back == entry)
        #expect(back.localDateText == "2026-03-01 18:01")
    }

    @Test func offsetsAndOddValuesSurviveTheRoundTrip() throws {
        var entry = Self.entry(percent: 80, at: "2026-03-01T02:30:00.75Z", offset: -(3 * 3_600 + 30 * 60), deck: nil,
                               tags: ["보안", "quote\"back\\slash"])
        entry.seed = QuizRandom.seedLimit - 1
        let back = try QuizHistoryEntry.parse(entry.line.dropLast()).get()
        #expect(back.dateText == "2026-02-28T23:00:00-03:30")
        #expect(back.date == Instant(iso8601: "2026-03-01T02:30:00Z"), "whole seconds are kept")
        #expect(back.deck == nil)
        #expect(back.tags == ["보안", "quote\"back\\slash"])
        #expect(back.seed == QuizRandom.seedLimit - 1)
        #expect(back.scopeText == "#보안 #quote\"back\\slash")
        #expect(Self.entry(percent: 1).scopeText == "AWS")
        #expect(Self.entry(percent: 1, deck: nil).scopeText == "all decks")
    }

    @Test func appendCreatesTheFolderAndKeepsOrder() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let folder = temp.file("new/data")
        let path = try QuizHistory.append(Self.entry(percent: 60), folder: folder)
        #expect(path == folder + "/quiz-history.jsonl")
        try QuizHistory.append(Self.entry(percent: 80, at: "2026-03-02T09:04:00Z"), folder: folder)
        let entries = try QuizHistory.load(folder: folder)
        #expect(entries.map(\.percent) == [60, 80])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasSuffix("\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty, "no temporary file is left behind")
    }

    @Test func noFileIsNoAttempts() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        #expect(try QuizHistory.load(folder: temp.file("missing")).isEmpty)
    }

    @Test func blankLinesAndAMissingLastNewlineAreFine() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let line = String(decoding: Self.entry(percent: 70).line, as: UTF8.self)
        try temp.write(QuizHistory.fileName, "\n" + line + "  \r\n" + line.dropLast())
        #expect(try QuizHistory.load(folder: temp.path).count == 2)
        try QuizHistory.append(Self.entry(percent: 90), folder: temp.path)
        #expect(try QuizHistory.load(folder: temp.path).map(\.percent) == [70, 70, 90])
    }

    @Test(arguments: [
        ("not json", "not a JSON object"),
        (#"{"schema":1}"#, #"missing "date""#),
        (#"{"schema":2,"date":"x","deck":null,"tags":[],"count":1,"correct":0,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":[],"domains":[]}"#,
         "written by a newer recall (schema 2; this one reads 1)"),
        (#"{"schema":1,"date":"2026-03-01T09:00:00","deck":null,"tags":[],"count":1,"correct":0,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":[],"domains":[]}"#,
         #""date" must be a time with its UTC offset, like 2026-03-01T14:05:09+09:00"#),
        (#"{"schema":1,"date":"2026-03-01T09:00:00Z","deck":null,"tags":[],"count":1,"correct":2,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":[],"domains":[]}"#,
         #""correct" must be from 0 to "count", and "count" at least 1"#),
        (#"{"schema":1,"date":"2026-03-01T09:00:00Z","deck":null,"tags":[],"count":"1","correct":0,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":[],"domains":[]}"#,
         #""count" has the wrong type"#),
        (#"{"schema":1,"date":"2026-03-01T09:00:00Z","deck":null,"tags":[],"count":1,"correct":0,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":["essay"],"domains":[]}"#,
         "unknown question type 'essay'"),
        (#"{"schema":1,"date":"2026-03-01T09:00:00Z","deck":null,"tags":[],"count":1,"correct":0,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":[],"domains":[{"domain":"x"}]}"#,
         #"missing "domains"[0]"correct""#),
    ])
    func damagedLinesSayWhatIsWrong(_ line: String, reason: String) {
        guard case .failure(let failure) = QuizHistoryEntry.parse(Array(line.utf8)[...]) else {
            Issue.record("should be refused: \(line)")
            return
        }
        #expect(failure.english == reason)
    }

    @Test func aDamagedFileIsRefusedAndNeverOverwritten() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let good = String(decoding: Self.entry(percent: 70).line, as: UTF8.self)
        let damaged = good + good.prefix(40) + "\n" + good
        try temp.write(QuizHistory.fileName, damaged)
        let path = temp.file(QuizHistory.fileName)
        #expect(throws: QuizHistoryError.damaged(file: path, line: 2, reason: .notJSONObject)) {
            try QuizHistory.load(folder: temp.path)
        }
        #expect(throws: QuizHistoryError.self) {
            try QuizHistory.append(Self.entry(percent: 90), folder: temp.path)
        }
        #expect(temp.bytes(QuizHistory.fileName) == Array(damaged.utf8), "the damaged file is left byte for byte")
        let message = QuizHistoryError.damaged(file: path, line: 2, reason: .notJSONObject).description
        #expect(message == "\(path):2: not a JSON object; the file was left as it is (fix or delete that line)")
    }

    @Test func chartShowsEachAttemptAgainstItsPassMark() {
        let entries = [
            Self.entry(percent: 76, at: "2026-03-01T05:05:00Z"),
            Self.entry(percent: 60, at: "2026-03-02T00:10:00Z"),
            Self.entry(percent: 100, pass: 100, at: "2026-03-04T12:30:00Z"),
            Self.entry(percent: 0, pass: 1, at: "2026-03-05T12:30:00Z"),
        ]
        let chart = QuizHistoryChart.render(entries, width: 41)
        #expect(chart == """
            last 4 attempts; | is the pass mark
            03-01 14:05 ############|#.....  76% pass
            03-02 09:10 ##########..|......  60% fail
            03-04 21:30 ##################| 100% pass
            03-05 21:30 .|.................   0% fail
            """)
        #expect(chart.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 41 })
        let lastTwo = QuizHistoryChart.render(entries, width: 60, last: 2)
        #expect(lastTwo.hasPrefix("last 2 attempts"))
        #expect(lastTwo.split(separator: "\n").count == 3)
        #expect(lastTwo.split(separator: "\n").dropFirst().allSatisfy { DisplayWidth.of($0) == 60 })
        #expect(QuizHistoryChart.render([], width: 60) == "")
        let narrow = QuizHistoryChart.render([Self.entry(percent: 50)], width: 5)
        #expect(narrow.split(separator: "\n")[1] == "03-01 18:04 #####..|...  50% fail", "never fewer than 10 cells")
        let close = [Self.entry(percent: 71), Self.entry(percent: 72)]
        #expect(QuizHistoryChart.render(close, width: 32).split(separator: "\n").dropFirst() == [
            "03-01 18:04 ######.|...  71% fail", "03-01 18:04 #######|...  72% pass",
        ], "a narrow bar is drawn on the side of the verdict")
    }
}

@Suite struct QuizReviewsTests {
    typealias F = QuizFixtures

    @Test func answeredQuestionsBecomeAgainOrGoodAndUnansweredAreLeftAlone() throws {
        let decks = F.decks()
        let quiz = try F.build(F.spec(deck: "AWS::VPC", count: 7, seed: 5, types: QuizQuestionType.allCases))
        var attempt = QuizAttempt(quiz: quiz, startedAt: F.start)
        let byID = Dictionary(uniqueKeysWithValues: quiz.questions.enumerated().map { ($1.card.note.id, $0) })
        let nat = try #require(byID["vpc-nat"]), rpo = try #require(byID["vpc-rpo"]), region = try #require(byID["vpc-region"])
        attempt.select(option: quiz.questions[nat].correctOptions.sorted()[0], in: nat)
        attempt.reveal(rpo)
        attempt.setSelfGrade(right: false, in: rpo)
        attempt.setTyped("apne2", in: region)
        let result = QuizResult(attempt: attempt, finishedAt: F.start + .minutes(3))
        let ratings = QuizReviews.ratings(result)
        #expect(ratings.map(\.card.id) == [nat, rpo, region].sorted().map { quiz.questions[$0].card.id })
        #expect(Dictionary(uniqueKeysWithValues: ratings.map { ($0.card.id, $0.rating) })
                == ["vpc-nat": .good, "vpc-rpo": .again, "vpc-region": .good])

        let temp = try TempFolder()
        defer { temp.remove() }
        let store = try ProgressStore.open(folder: temp.path, now: F.start)
        let recorded = try QuizReviews.record(result, decks: decks, store: store, at: F.start + .minutes(3))
        try store.close()
        #expect(recorded == 3)
        let log = try String(contentsOfFile: temp.file(temp.deviceLogName), encoding: .utf8)
        #expect(log.contains(#""card":"vpc-nat","rating":3,"scheduler":"fsrs","deck":"AWS::VPC","file":"deck0.md""#))
        #expect(log.contains(#""card":"vpc-rpo","rating":1"#))
        #expect(log.contains(#""card":"vpc-region","rating":3"#))
        #expect(log.split(separator: "\n").count == 4, "a header and three reviews: the four unanswered are not recorded")
        #expect(log.contains(#""time":"2026-03-01T09:03:00+00:00""#))
    }
}
