import Foundation
import RecallCore
import RecallStore
import RecallTUI
import Testing
import RecallTestSupport

/// Issue 18 point 3 through the binary: a history built with `recall answer`, an exam in
/// config.json, and `recall due` in Seoul (09:00 exams, 04:00 rollover).
///
/// The cards are answered Easy on 11-01 and 11-09 10:00 KST: a stability of 65.62 days, due
/// 2027-01-16. Aiming at 0.95 for an exam on 12-20 09:00, their recall stays at 0.95 or more
/// for 26 whole days after the last review: the last study day whose start (04:00) is within
/// them is 12-06, so that is when `s3` is due. `nat`, in a deck without the exam, is not.
@Suite struct ExamScheduleCommandTests {
    static let seoul = ["TZ": "Asia/Seoul"]

    static func history(sm2: Bool = false) throws -> StudyScratch {
        let s = try StudyScratch(deck: "---\ndeck: AWS::SAA\n---\n## What is S3?\n<!-- id: s3 -->\nObject storage\n")
        try s.scratch.write("Decks/net.md", "---\ndeck: AWS::VPC\n---\n## What is NAT?\n<!-- id: nat -->\nA gateway\n")
        try s.scratch.write("Decks/old.md", "---\ndeck: AWS::SAA::Old\nscheduler: sm2\n---\n## What is SQS?\n<!-- id: sqs -->\nA queue\n")
        for time in ["2026-11-01T10:00:00+09:00", "2026-11-09T10:00:00+09:00"] {
            for card in ["s3", "nat"] {
                let answer = try s.run(["answer", card, "easy", "--decks", "Decks", "--at", time], environment: seoul)
                #expect(answer.status == 0, "\(answer.stderr)")
            }
        }
        // The SM-2 card: due long after the exam, and never moved (it has no retrievability).
        for time in ["2026-11-01T10:00:00+09:00", "2026-11-02T10:00:00+09:00", "2026-11-09T10:00:00+09:00"] {
            let answer = try s.run(["answer", "sqs", "easy", "--decks", "Decks", "--at", time], environment: seoul)
            #expect(answer.status == 0, "\(answer.stderr)")
        }
        return s
    }

    static func writeExam(_ s: StudyScratch, deck: String? = "AWS::SAA", at: String = "2026-12-20T09:00:00+09:00") throws {
        let deckKey = deck.map { #""deck": "\#($0)", "# } ?? ""
        try s.scratch.write("data/config.json", #"{"exams": [{\#(deckKey)"at": "\#(at)", "target": 0.95}]}"#)
    }

    /// `deck`'s review count in `recall due --json` at `time`.
    static func reviews(_ s: StudyScratch, _ deck: String, at time: String) throws -> Int {
        let due = try s.run(["due", "--json", "--decks", "Decks", "--at", time], environment: seoul)
        #expect(due.status == 0, "\(due.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["decks"] as? [[String: Any]])
        return try #require(rows.first { $0["deck"] as? String == deck }?["review"] as? Int)
    }

    @Test func aCardDueAfterTheExamIsDueBeforeItAndTheDeckWithoutTheExamIsNot() throws {
        let s = try Self.history()
        defer { s.remove() }
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T12:00:00+09:00") == 0)
        try Self.writeExam(s)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-05T12:00:00+09:00") == 0)
        // 03:59 is still the study day of 12-05; at 04:00 the card's day begins.
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T03:59:00+09:00") == 0)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T04:00:00+09:00") == 1)
        #expect(try Self.reviews(s, "AWS::VPC", at: "2026-12-06T12:00:00+09:00") == 0)
        #expect(try Self.reviews(s, "AWS::SAA::Old", at: "2026-12-06T12:00:00+09:00") == 0)
        // Not reviewed, it stays due up to the exam (08:00 on the exam day), and not after it.
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-20T08:00:00+09:00") == 1)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-20T09:00:00+09:00") == 0)
        // Nothing was written to the log: answering it is an ordinary review.
        let answer = try s.run(["answer", "s3", "good", "--decks", "Decks", "--at", "2026-12-06T12:00:00+09:00"], environment: Self.seoul)
        #expect(answer.status == 0, "\(answer.stderr)")
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T13:00:00+09:00") == 0)
    }

    /// Six such cards and two reviews a day: two stay on 12-06, the others are spread over
    /// earlier days within the fuzz range of a 27-day interval (24 days on: from 12-03), the
    /// least loaded first, ties to the latest: 12-05, 12-04, 12-03, 12-05.
    @Test func theLoadBalancerSpreadsABurstOverEarlierDays() throws {
        let cards = (1...6).map { "## Question \($0)?\n<!-- id: q\($0) -->\nAnswer\n" }.joined(separator: "\n")
        let s = try StudyScratch(deck: "---\ndeck: AWS::SAA\n---\n" + cards)
        defer { s.remove() }
        for time in ["2026-11-01T10:00:00+09:00", "2026-11-09T10:00:00+09:00"] {
            for card in 1...6 {
                let answer = try s.run(["answer", "q\(card)", "easy", "--decks", "Decks", "--at", time], environment: Self.seoul)
                #expect(answer.status == 0, "\(answer.stderr)")
            }
        }
        try s.scratch.write("data/config.json", #"{"reviewsPerDay": 2, "exams": [{"at": "2026-12-20T09:00:00+09:00", "target": 0.95}]}"#)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-02T12:00:00+09:00") == 0)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-03T12:00:00+09:00") == 1)
        // Without the limit to meet, all six wait for 12-06.
        try s.scratch.write("data/config.json", #"{"exams": [{"at": "2026-12-20T09:00:00+09:00", "target": 0.95}]}"#)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-05T12:00:00+09:00") == 0)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T12:00:00+09:00") == 6)
    }

    /// The study screen's home counts and a session's queue follow the exam as `recall due` does.
    @Test func theHomeScreenAndASessionFollowTheExam() throws {
        let s = try Self.history()
        defer { s.remove() }
        try Self.writeExam(s)
        let library = try DeckLibrary.load(paths: [s.url.appendingPathComponent("Decks").path])
        let (loaded, config) = try ProgressLoader.loadForReading(folder: s.data)
        let data = StudyData(library: library, progress: loaded.state, config: config, schedulers: try SchedulerSet(config: config),
                             timeZone: try #require(TimeZone(identifier: "Asia/Seoul")))
        let now = try #require(Instant(iso8601: "2026-12-06T12:00:00+09:00"))
        let home = HomeScreen(data: data, now: now)
        #expect(home.rows.first { $0.deck == "AWS::SAA" }?.counts.review == 1)
        #expect(home.rows.first { $0.deck == "AWS::VPC" }?.counts.review == 0)
        let session = data.queue(SessionScope(selection: CardSelection(deck: "AWS", tags: [])), at: now)
        #expect(session.reviews == ["s3"])
    }

    /// An exam for every deck takes AWS::VPC too.
    @Test func anExamForEveryDeckTakesEveryDeck() throws {
        let s = try Self.history()
        defer { s.remove() }
        try Self.writeExam(s, deck: nil)
        #expect(try Self.reviews(s, "AWS::VPC", at: "2026-12-06T12:00:00+09:00") == 1)
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T12:00:00+09:00") == 1)
    }

    /// Needs the merge: `recall exam` is part C's command, `set` and `clear` this part's.
    @Test func setThenClearReturnsTheCardToItsNormalDue() throws {
        let s = try Self.history()
        defer { s.remove() }
        let set = try s.run(["exam", "set", "2026-12-20", "--deck", "aws::saa", "--target", "0.95", "--decks", "Decks",
                             "--at", "2026-12-01T10:00:00+09:00", "--lang", "en"], environment: Self.seoul)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "AWS::SAA: exam 2026-12-20 09:00 (KST), D-19, target 95%\n")
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T12:00:00+09:00") == 1)
        let config = try #require(s.contents("config.json")).utf8Text
        #expect(config.contains(#""at" : "2026-12-20T09:00:00+09:00""#), "\(config)")

        let korean = try s.run(["exam", "clear", "--deck", "AWS::SAA", "--lang", "ko"], environment: Self.seoul)
        #expect(korean.status == 0, "\(korean.stderr)")
        #expect(korean.stdout == "AWS::SAA: 시험 2026-12-20 09:00 일정을 지웠습니다\n")
        #expect(try Self.reviews(s, "AWS::SAA", at: "2026-12-06T12:00:00+09:00") == 0)
        // --decks is accepted, as every other command accepts it, so a script can pass it to all.
        let again = try s.run(["exam", "clear", "--deck", "AWS::SAA", "--decks", "Decks", "--lang", "en"], environment: Self.seoul)
        #expect(again.status == 0)
        #expect(again.stdout == "AWS::SAA has no exam to clear\n")
    }

    /// Needs the merge (see above). Every refusal exits 64 and leaves config.json as it was.
    @Test(arguments: [
        (["2026-11-30"], "the exam at 2026-11-30 09:00 is not after now (2026-12-01 10:00)"),
        (["2026-12-01T09:59"], "the exam at 2026-12-01 09:59 is not after now"),
        (["2026-12-40"], "bad exam date '2026-12-40'"),
        (["2026-12-20", "--target", "1"], "bad --target '1'"),
        (["2026-12-20", "--target", "0"], "bad --target '0'"),
        (["2026-12-20", "--deck", "AWS::Nope"], "recall: no deck named 'AWS::Nope'"),
        // A mistyped year: the plan of `recall exam` simulates every day up to the exam.
        (["9999-12-31"], "the exam at 9999-12-31 09:00 is more than 10 years ahead"),
    ])
    func aBadExamIsRefused(arguments: [String], message: String) throws {
        let s = try Self.history()
        defer { s.remove() }
        let before = s.contents("config.json")
        let set = try s.run(["exam", "set"] + arguments + ["--decks", "Decks", "--at", "2026-12-01T10:00:00+09:00", "--lang", "en"],
                            environment: Self.seoul)
        #expect(set.status == 64)
        #expect(set.stderr.contains(message), "\(set.stderr)")
        #expect(s.contents("config.json") == before)
    }

    /// A local time the clock skips (02:30 on the day New York moves to daylight saving) is
    /// refused, not moved to 01:30 or 03:30.
    @Test func aSkippedLocalTimeIsRefused() throws {
        let s = try Self.history()
        defer { s.remove() }
        let newYork = ["TZ": "America/New_York"]
        let before = s.contents("config.json")
        let set = try s.run(["exam", "set", "2027-03-14T02:30", "--decks", "Decks", "--at", "2026-12-01T10:00:00-05:00",
                             "--lang", "en"], environment: newYork)
        #expect(set.status == 64)
        #expect(set.stderr.contains("there is no 2027-03-14T02:30 in the local time zone"), "\(set.stderr)")
        #expect(s.contents("config.json") == before)
        let later = try s.run(["exam", "set", "2027-03-14T09:30", "--decks", "Decks", "--at", "2026-12-01T10:00:00-05:00",
                               "--lang", "en"], environment: newYork)
        #expect(later.stdout == "All decks: exam 2027-03-14 09:30 (EDT), D-103, target 90%\n", "\(later.stderr)")
    }

    /// An exam set by hand centuries ahead: the plan simulates 10 years at most, so `recall exam`
    /// answers at once instead of simulating every day to the year 2300.
    @Test func aFarExamInTheConfigIsPlannedForTenYearsAtMost() throws {
        let s = try Self.history()
        defer { s.remove() }
        try Self.writeExam(s, deck: "AWS", at: "2300-01-01T09:00:00+09:00")
        let output = try s.run(["exam", "--deck", "AWS", "--json", "--decks", "Decks", "--at", "2026-12-01T10:00:00+09:00"],
                               environment: Self.seoul)
        #expect(output.status == 0, "\(output.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let readiness = try #require((json?["readiness"] as? [[String: Any]])?.first)
        #expect((readiness["plan"] as? [String: Any])?["days"] as? Int == ExamDate.longestHorizonDays)
    }

    /// A sub-deck with an exam of its own is measured against it, not against its parent's:
    /// its cards are scheduled toward their own exam, so the parent's readiness leaves them out.
    @Test func aParentsReadinessLeavesOutASubDeckWithItsOwnExam() throws {
        let s = try Self.history()
        defer { s.remove() }
        try s.scratch.write("data/config.json", #"""
            {"exams": [{"deck": "AWS", "at": "2026-12-20T09:00:00+09:00", "target": 0.9},
                       {"deck": "AWS::SAA", "at": "2026-12-10T09:00:00+09:00", "target": 0.95}]}
            """#)
        func cards(_ deck: String) throws -> [String] {
            let output = try s.run(["exam", "--deck", deck, "--json", "--decks", "Decks", "--at", "2026-12-01T10:00:00+09:00"],
                                   environment: Self.seoul)
            #expect(output.status == 0, "\(output.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            let readiness = try #require((json?["readiness"] as? [[String: Any]])?.first)
            return ((readiness["cards"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }.sorted()
        }
        #expect(try cards("AWS") == ["nat"])
        #expect(try cards("AWS::SAA") == ["s3"])
    }

    /// Needs the merge (see above). An exam later today is D-Day, and its study day counts.
    @Test func anExamLaterTodayIsDDay() throws {
        let s = try Self.history()
        defer { s.remove() }
        let set = try s.run(["exam", "set", "2026-12-01T18:00", "--decks", "Decks", "--at", "2026-12-01T10:00:00+09:00", "--lang", "ko"],
                            environment: Self.seoul)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "모든 덱: 시험 2026-12-01 18:00 (KST), D-Day, 목표 90%\n")
    }
}

private extension Data {
    var utf8Text: String { String(decoding: self, as: UTF8.self) }
}
