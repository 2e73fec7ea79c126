import Testing
@testable import RecallCore

@Suite struct QuizDurationTests {
    @Test(arguments: [
        ("90s", 90), ("20m", 1_200), ("2h", 7_200), ("1h30m", 5_400), ("1h 30m", 5_400), ("1h30m15s", 5_415),
        ("130", 7_800), ("6s", 6), (" 45m ", 2_700), ("2H", 7_200), ("0h30m", 1_800), ("1m05s", 65), ("24h", 86_400),
    ] as [(String, Int64)])
    func parses(_ text: String, seconds: Int64) throws {
        let span = try QuizDuration.parse(text).get()
        #expect(span == .seconds(seconds))
    }

    @Test(arguments: [
        ("0", "it must be more than zero"),
        ("0s", "it must be more than zero"),
        ("0h0m", "it must be more than zero"),
        ("-5m", "it is negative"),
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("abc", "'a' is not a unit; use h, m or s"),
        ("10x", "'x' is not a unit; use h, m or s"),
        ("m", "'m' needs a number before it"),
        ("30m1h", "units go largest first (h, then m, then s), each once"),
        ("1m1m", "units go largest first (h, then m, then s), each once"),
        ("1h30", "'30' has no unit (h, m or s)"),
        ("90 s", "'90' has no unit (h, m or s)"),
        ("1.5h", "'.' is not a unit; use h, m or s"),
        ("25h", "the longest quiz is 24h"),
        ("99999999999", "the number is too large"),
        ("１０m", "'１' is not a unit; use h, m or s"),
    ])
    func refuses(_ text: String, reason: String) {
        guard case .failure(let error) = QuizDuration.parse(text) else {
            Issue.record("'\(text)' should be refused")
            return
        }
        #expect(error.reason == reason)
        #expect(error.description.hasPrefix("bad duration '\(text)': \(reason);"), "the message names the text as typed")
    }

    @Test(arguments: [(6, "6s"), (90, "1m30s"), (1_200, "20m"), (5_400, "1h30m"), (7_200, "2h"), (3_661, "1h1m1s"), (0, "0s")]
        as [(Int64, String)])
    func formatsAndReadsBack(_ seconds: Int64, text: String) throws {
        #expect(QuizDuration.format(.seconds(seconds)) == text)
        if seconds > 0 { #expect(try QuizDuration.parse(text).get() == .seconds(seconds)) }
    }

    @Test func countdownRoundsUpSoZeroMeansTimeUp() {
        #expect(QuizDuration.countdown(.seconds(7_800)) == "2:10:00")
        #expect(QuizDuration.countdown(.seconds(299)) == "04:59")
        #expect(QuizDuration.countdown(TimeSpan(microseconds: 500_000)) == "00:01")
        #expect(QuizDuration.countdown(.zero) == "00:00")
        #expect(QuizDuration.countdown(.seconds(-3)) == "00:00")
        #expect(QuizDuration.countdown(.seconds(3_605)) == "1:00:05")
    }
}
