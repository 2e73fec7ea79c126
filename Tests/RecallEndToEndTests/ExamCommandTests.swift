import Foundation
import RecallCore
import RecallTestSupport
import Testing

/// Issue 18 point 2: `recall exam` as a learner runs it, on answers made with `recall answer`
/// and an exam in config.json (UTC, rollover 04:00, no fuzz). The tests that read the exam from
/// config.json need part A's `StudyConfig.exams` (the merge).
@Suite struct ExamCommandTests {
    static let at = "2026-03-02T12:00:00Z"

    /// AWS::VPC (nat, igw, rt) and AWS::IAM (pol); nat and igw answered, the exam on AWS.
    static func studied(exams: String? = #"[{"deck": "AWS", "at": "2026-03-20T09:00:00+00:00", "target": 0.9}]"#) throws -> StudyScratch {
        let s = try StudyScratch(deck: "---\ndeck: AWS::VPC\ntags: [networking]\n---\n## NAT?\n<!-- id: nat -->\nA\n\n"
                                 + "## IGW?\n<!-- id: igw -->\nB\n\n## RT?\n<!-- id: rt -->\nC\n")
        try s.scratch.write("Decks/iam.md", "---\ndeck: AWS::IAM\ntags: [security]\n---\n## Policy?\n<!-- id: pol -->\nD\n")
        try s.scratch.write("data/config.json", exams.map { #"{"fuzz": false, "exams": \#($0)}"# } ?? #"{"fuzz": false}"#)
        for (card, rating, time) in [("nat", "good", "2026-03-01T09:00:00Z"), ("nat", "good", "2026-03-01T09:10:00Z"),
                                     ("igw", "again", "2026-03-01T09:01:00Z")] {
            let answer = try s.run(["answer", card, rating, "--at", time])
            #expect(answer.status == 0, "\(answer.stderr)")
        }
        return s
    }

    static func readiness(_ output: RecallBinary.Output) throws -> [ExamReadiness] {
        try JSONDecoder().decode([String: [ExamReadiness]].self, from: Data(output.stdout.utf8))["readiness"] ?? []
    }

    /// Needs the merge (the exam is read from config.json).
    @Test func jsonGivesTheInheritedExamAndEveryCardsFigures() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let output = try s.run(["exam", "--deck", "AWS::VPC", "--json", "--decks", "Decks", "--at", Self.at])
        #expect(output.status == 0, "\(output.stderr)")
        let r = try #require(try Self.readiness(output).first)
        #expect(r.deck == "AWS::VPC")
        #expect(r.exam?.deck == "AWS")
        #expect(r.exam?.daysLeft == 18)
        #expect(r.exam?.day == "2026-03-20")
        #expect(r.counts.cards == 3 && r.counts.studied == 2 && r.counts.new == 1)
        #expect(r.cards.map(\.id) == ["nat", "igw", "rt"])
        #expect(r.cards[2].retrievabilityNow == 0)
        #expect(r.cards[0].retrievabilityNow > r.cards[0].retrievabilityAtExam ?? 1)
        #expect(r.atRisk?.count == 2)
        #expect(r.plan?.days == 18)
        #expect(r.domains.map(\.domain) == ["networking"])
    }

    /// Needs the merge: the plain `show` on a Korean terminal, 80 columns, with its D-N.
    @Test func koreanTextFitsEightyColumns() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let output = try s.run(["exam", "show", "--lang", "ko", "--decks", "Decks", "--at", Self.at])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("준비도: AWS"))
        #expect(output.stdout.contains("D-18"))
        for line in output.stdout.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
        }
    }

    @Test func withoutAnExamItSaysHowToSetOneAndShowsToday() throws {
        let s = try Self.studied(exams: nil)
        defer { s.remove() }
        let output = try s.run(["exam", "--decks", "Decks", "--at", Self.at])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("recall exam set 2026-12-20 --deck NAME"))
        #expect(output.stdout.contains("Readiness today:"))
        let json = try Self.readiness(try s.run(["exam", "--json", "--decks", "Decks", "--at", Self.at]))
        #expect(json.count == 1 && json[0].exam == nil && json[0].readinessAtExam == nil && json[0].plan == nil)
        #expect(json[0].counts.cards == 4)
        let planned = try Self.readiness(try s.run(["exam", "--json", "--days", "5", "--decks", "Decks", "--at", Self.at]))
        #expect(planned.first?.plan?.days == 5)
    }

    @Test func badInputIsAUsageError() throws {
        let s = try Self.studied(exams: nil)
        defer { s.remove() }
        let badTime = try s.run(["exam", "--decks", "Decks", "--at", "tomorrow"])
        #expect(badTime.status == 64)
        #expect(badTime.stderr.contains("tomorrow"))
        let badDeck = try s.run(["exam", "--deck", "AWS::VCP", "--decks", "Decks", "--at", Self.at])
        #expect(badDeck.status == 64)
        #expect(badDeck.stderr.contains("AWS::VCP"))
        let badDays = try s.run(["exam", "--days", "-3", "--decks", "Decks", "--at", Self.at])
        #expect(badDays.status == 64)
    }
}
