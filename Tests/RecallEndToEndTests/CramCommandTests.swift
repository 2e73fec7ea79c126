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
}
