import Foundation
import Testing
import RecallTestSupport

/// Cram from the command line (issue 18 point 6): `recall answer --cram` logs a cram answer that
/// leaves the schedule, and `recall review --cram --list` prints a session's cards in order
/// without a terminal.
@Suite struct CramCommandTests {
    /// nat answered once (4 days ago), igw twice (the last just now): neither due; rt never studied.
    static func studied() throws -> StudyScratch {
        let s = try StudyScratch()
        for (card, time) in [("nat", "2026-03-01T09:00:00Z"), ("igw", "2026-03-01T09:00:00Z"), ("igw", "2026-03-05T09:00:00Z")] {
            let answer = try s.run(["answer", card, "easy", "--decks", "Decks", "--at", time])
            #expect(answer.status == 0, "\(answer.stderr)")
        }
        return s
    }

    static let now = "2026-03-05T10:00:00Z"

    @Test func theListIsTheWeakestFirstAndLeavesNewCardsOut() throws {
        let s = try Self.studied()
        defer { s.scratch.remove() }
        let list = try s.run(["review", "--cram", "--list", "--decks", "Decks", "--at", Self.now])
        #expect(list.status == 0, "\(list.stderr)")
        let ids = list.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        #expect(ids == ["nat", "igw"])
        #expect(list.stdout.contains("igw\t1.0000"))
        let limited = try s.run(["review", "--cram", "--list", "--limit", "1", "--decks", "Decks", "--at", Self.now])
        #expect(limited.stdout.split(separator: "\n").count == 1)
    }

    @Test func aCramAnswerIsLoggedAndLeavesTheSchedule() throws {
        let s = try Self.studied()
        defer { s.scratch.remove() }
        let before = try s.run(["due", "--json", "--decks", "Decks", "--at", Self.now])
        let answer = try s.run(["answer", "nat", "again", "--cram", "--decks", "Decks", "--at", Self.now])
        #expect(answer.status == 0, "\(answer.stderr)")
        #expect(answer.stdout.contains("cram, schedule unchanged"), "\(answer.stdout)")
        let log = try s.run(["log", "--json"])
        #expect(log.stdout.contains(#""cram":true"#), "\(log.stdout)")
        #expect(log.stdout.components(separatedBy: #""cram""#).count == 2, "only the cram answer has the key")
        let after = try s.run(["due", "--json", "--decks", "Decks", "--at", Self.now])
        #expect(after.stdout == before.stdout)
        // Still first in a cram session: its schedule did not move.
        let list = try s.run(["review", "--cram", "--list", "--decks", "Decks", "--at", Self.now])
        #expect(list.stdout.hasPrefix("nat\t"))
        let stats = try s.run(["stats", "--json", "--decks", "Decks", "--at", Self.now])
        #expect(stats.stdout.contains(#""cram" : 1"#) || stats.stdout.contains(#""cram":1"#), "\(stats.stdout.prefix(600))")
    }

    @Test func aCardNeverStudiedIsNotCrammed() throws {
        let s = try Self.studied()
        defer { s.scratch.remove() }
        let answer = try s.run(["answer", "rt", "good", "--cram", "--decks", "Decks", "--at", Self.now])
        #expect(answer.status == 1)
        #expect(answer.stderr.contains("'rt' has not been studied yet"), "\(answer.stderr)")
    }

    @Test func nothingToCramSaysSoAndExitsZero() throws {
        let s = try StudyScratch()
        defer { s.scratch.remove() }
        let list = try s.run(["review", "--cram", "--list", "--decks", "Decks", "--at", Self.now])
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("Nothing to cram in "), "\(list.stdout)")
        let korean = try s.run(["review", "--cram", "--list", "--decks", "Decks", "--at", Self.now, "--lang", "ko"])
        #expect(korean.stdout.contains("벼락치기할 카드가 없습니다"), "\(korean.stdout)")
    }

    @Test(arguments: [["--limit", "3"], ["--reschedule"], ["--list"], ["--cram", "--limit", "-1"], ["--cram", "--at", "2026-03-05T10:00:00Z"]])
    func cramOptionsOutOfPlaceAreUsageErrors(options: [String]) throws {
        let s = try StudyScratch()
        defer { s.scratch.remove() }
        let output = try s.run(["review", "--decks", "Decks"] + options)
        #expect(output.status == 64, "\(output.stderr)")
    }

    /// Three attempts: an older line without the list, one with rt and nat wrong (in that order), one all right.
    static func withHistory() throws -> StudyScratch {
        let s = try Self.studied()
        let head = #"{"schema":1,"date":"2026-03-04T18:01:35+09:00","deck":"AWS::VPC","tags":[],"count":3,"correct":1,"percent":33,"pass":72,"passed":false,"timeLimit":600,"timeUsed":60,"timedOut":false,"seed":1,"types":["basic"],"domains":[]"#
        try s.scratch.write("data/quiz-history.jsonl", [head + "}", head + #","wrong":["rt","nat"]}"#, head + #","wrong":[]}"#]
            .joined(separator: "\n") + "\n")
        return s
    }

    @Test func quizWrongStudiesTheAttemptsWrongCardsInQuizOrder() throws {
        let s = try Self.withHistory()
        defer { s.scratch.remove() }
        let list = try s.run(["review", "--quiz-wrong", "2", "--list", "--decks", "Decks", "--at", Self.now])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) } == ["rt", "nat"])
        let history = try s.run(["quiz", "--history", "--decks", "Decks"])
        #expect(history.stdout.hasPrefix("#  DATE"), "the number --quiz-wrong takes: \(history.stdout)")
    }

    @Test func quizWrongSaysWhyWhenThereIsNothingToStudy() throws {
        let s = try Self.withHistory()
        defer { s.scratch.remove() }
        let last = try s.run(["review", "--quiz-wrong", "--list", "--decks", "Decks"])
        #expect(last.status == 0)
        #expect(last.stdout == "Attempt 3 has no wrong answers.\n")
        let older = try s.run(["review", "--quiz-wrong", "1", "--decks", "Decks"])
        #expect(older.status == 1)
        #expect(older.stderr.contains("Attempt 1 has no list of wrong cards (recorded by an older recall)."), "\(older.stderr)")
        let none = try s.run(["review", "--quiz-wrong", "9", "--decks", "Decks"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("There is no attempt 9 (the history has 3)."), "\(none.stderr)")
        let korean = try s.run(["review", "--quiz-wrong", "9", "--decks", "Decks", "--lang", "ko"])
        #expect(korean.stderr.contains("9번째 시도가 없습니다"), "\(korean.stderr)")
        let stray = try s.run(["review", "2", "--decks", "Decks"])
        #expect(stray.status == 64, "an attempt without --quiz-wrong")
    }
}
