import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct QuizAttemptTests {
    typealias F = QuizFixtures

    /// All of the VPC deck's notes: 4 choice (vpc-sg has two answers), then rpo, scope, region.
    static func vpcAttempt(seed: UInt64 = 3) throws -> QuizAttempt {
        let quiz = try F.build(F.spec(deck: "AWS::VPC", count: 7, seed: seed, types: QuizQuestionType.allCases))
        return QuizAttempt(quiz: quiz, startedAt: F.start)
    }

    static func index(of id: String, in attempt: QuizAttempt) throws -> Int {
        try #require(attempt.quiz.questions.firstIndex { $0.card.note.id == id })
    }

    static func correct(_ attempt: QuizAttempt, _ index: Int) -> [Int] {
        attempt.quiz.questions[index].correctOptions.sorted()
    }

    @Test func singleAnswerSelectReplacesTheChoice() throws {
        var attempt = try Self.vpcAttempt()
        let nat = try Self.index(of: "vpc-nat", in: attempt)
        let right = Self.correct(attempt, nat)[0]
        let wrong = (right + 1) % 4
        attempt.select(option: wrong, in: nat)
        #expect(attempt.answers[nat] == .options([wrong]))
        #expect(attempt.isCorrect(nat) == false)
        attempt.select(option: right, in: nat)
        #expect(attempt.answers[nat] == .options([right]))
        #expect(attempt.isCorrect(nat) == true)
        attempt.select(option: right, in: nat)
        #expect(attempt.isCorrect(nat) == true, "picking the same option again keeps it")
        attempt.select(option: 9, in: nat)
        #expect(attempt.answers[nat] == .options([right]), "an option that does not exist changes nothing")
    }

    @Test func multiAnswerIsRightOnlyForExactlyTheCorrectSet() throws {
        var attempt = try Self.vpcAttempt()
        let sg = try Self.index(of: "vpc-sg", in: attempt)
        #expect(attempt.quiz.questions[sg].isMultipleAnswer)
        let right = Self.correct(attempt, sg)
        let wrong = try #require(Set(0..<3).subtracting(right).first)
        attempt.select(option: right[0], in: sg)
        #expect(attempt.isCorrect(sg) == false, "one of two is not right")
        attempt.select(option: right[1], in: sg)
        #expect(attempt.isCorrect(sg) == true)
        attempt.select(option: wrong, in: sg)
        #expect(attempt.isCorrect(sg) == false, "a wrong extra makes it wrong")
        attempt.toggle(option: wrong, in: sg)
        #expect(attempt.isCorrect(sg) == true)
        attempt.toggle(option: right[0], in: sg)
        attempt.toggle(option: right[1], in: sg)
        #expect(!attempt.isAnswered(sg), "toggling the last option off leaves it unanswered")
        #expect(attempt.isCorrect(sg) == nil)
    }

    @Test func selfGradedQuestionsAreGradedOnlyAfterReveal() throws {
        var attempt = try Self.vpcAttempt()
        let rpo = try Self.index(of: "vpc-rpo", in: attempt)
        attempt.setSelfGrade(right: true, in: rpo)
        #expect(!attempt.isAnswered(rpo), "no verdict before the answer is shown")
        attempt.reveal(rpo)
        attempt.setSelfGrade(right: true, in: rpo)
        #expect(attempt.isCorrect(rpo) == true)
        attempt.setSelfGrade(right: false, in: rpo)
        #expect(attempt.isCorrect(rpo) == false)
        let nat = try Self.index(of: "vpc-nat", in: attempt)
        attempt.reveal(nat)
        #expect(!attempt.revealed.contains(nat), "choice questions are not revealed")
        attempt.setSelfGrade(right: true, in: nat)
        #expect(!attempt.isAnswered(nat))
    }

    @Test func typedAnswersUseAnswerMatch() throws {
        var attempt = try Self.vpcAttempt()
        let region = try Self.index(of: "vpc-region", in: attempt)
        attempt.setTyped("  AP-Northeast-2 ", in: region)
        #expect(attempt.isCorrect(region) == true)
        attempt.setTyped("APNE2", in: region)
        #expect(attempt.isCorrect(region) == true)
        attempt.setTyped("ap-northeast-1", in: region)
        #expect(attempt.isCorrect(region) == false)
        attempt.setTyped("   ", in: region)
        #expect(!attempt.isAnswered(region), "spaces are no answer")
        let nat = try Self.index(of: "vpc-nat", in: attempt)
        attempt.setTyped("NAT", in: nat)
        #expect(!attempt.isAnswered(nat), "a choice question takes no text")
    }

    @Test func flagsUnansweredAndMoving() throws {
        var attempt = try Self.vpcAttempt()
        #expect(attempt.unansweredIndices == Array(0..<7))
        attempt.select(option: 0)
        attempt.move(by: 1)
        #expect(attempt.current == 1)
        attempt.toggleFlag()
        attempt.move(to: 5)
        attempt.toggleFlag()
        attempt.toggleFlag(3)
        attempt.toggleFlag(3)
        #expect(attempt.flaggedIndices == [1, 5])
        #expect(attempt.unansweredIndices == Array(1..<7))
        #expect(attempt.answeredCount == 1)
        attempt.move(by: 10)
        #expect(attempt.current == 6, "stops at the last question")
        attempt.move(by: -100)
        #expect(attempt.current == 0)
        attempt.clearAnswer()
        #expect(attempt.unansweredIndices.count == 7)
        attempt.toggleFlag(99)
        #expect(attempt.flaggedIndices == [1, 5], "out of range changes nothing")
    }

    @Test func theClockCountsDownAndTurnsInTheLastTenth() throws {
        let attempt = try Self.vpcAttempt()  // 10 minutes
        #expect(attempt.deadline == F.start + .minutes(10))
        #expect(attempt.remaining(at: F.start + .minutes(3)) == .minutes(7))
        #expect(!attempt.isRunningOut(at: F.start + .seconds(539)))
        #expect(attempt.isRunningOut(at: F.start + .seconds(540)))
        #expect(!attempt.isTimeUp(at: F.start + .seconds(599)))
        #expect(attempt.isTimeUp(at: F.start + .minutes(10)))
        #expect(attempt.remaining(at: F.start + .minutes(11)) == .zero)
    }
}

@Suite struct QuizResultTests {
    typealias F = QuizFixtures

    /// The 8 choice questions of every fixture deck, with the given ones answered right and the
    /// rest answered wrong, except `skip`, left unanswered.
    static func result(right: Set<String>, skip: Set<String> = [], pass: Int = 72,
                       finishedAfter: TimeSpan = .minutes(4)) throws -> QuizResult {
        let quiz = try F.build(F.spec(count: 8, pass: pass))
        var attempt = QuizAttempt(quiz: quiz, startedAt: F.start)
        for (index, question) in quiz.questions.enumerated() where !skip.contains(question.card.id) {
            let correct = question.correctOptions
            let picked = right.contains(question.card.id) ? correct : Set(question.options.indices).subtracting(correct)
            for option in picked { attempt.toggle(option: option, in: index) }
        }
        return QuizResult(attempt: attempt, finishedAt: F.start + finishedAfter)
    }

    @Test func scoresRoundDownAndPassAtTheMark() throws {
        let six = try Self.result(right: ["vpc-nat", "vpc-sg", "vpc-gwep", "vpc-igw", "iam-deny", "iam-root"])
        #expect(six.total == 8)
        #expect(six.correct == 6)
        #expect(six.percent == 75)
        #expect(six.passed)
        let atMark = try Self.result(right: ["vpc-nat", "vpc-sg", "vpc-gwep", "vpc-igw", "iam-deny", "iam-root"], pass: 75)
        #expect(atMark.passed, "75% reaches a 75% mark")
        let below = try Self.result(right: ["vpc-nat", "vpc-sg", "vpc-gwep", "vpc-igw", "iam-deny", "iam-root"], pass: 76)
        #expect(!below.passed)
        let five = try Self.result(right: ["vpc-nat", "vpc-sg", "vpc-gwep", "vpc-igw", "iam-deny"])
        #expect(five.percent == 62, "5/8 = 62.5% is shown as 62")
        #expect(!five.passed)
        #expect(QuizResult.percent(correct: 46, total: 65) == 70)
        #expect(QuizResult.percent(correct: 0, total: 0) == 0)
    }

    @Test func unansweredQuestionsAreWrongAndListed() throws {
        let result = try Self.result(right: ["vpc-nat"], skip: ["iam-root", "other-math"])
        #expect(result.correct == 1)
        #expect(result.wrong.count == 7)
        #expect(result.wrong.map(\.index) == result.wrong.map(\.index).sorted(), "in quiz order")
        let skipped = result.wrong.filter { !$0.isAnswered }.map(\.question.card.id)
        #expect(Set(skipped) == ["iam-root", "other-math"])
        let sg = try #require(result.wrong.first { $0.question.card.id == "vpc-sg" })
        #expect(sg.question.answerText.split(separator: "\n").count == 2, "both correct options")
        #expect(sg.question.answerText.contains("상태 저장(stateful)"))
        let nat = try #require(try Self.result(right: []).wrong.first { $0.question.card.id == "vpc-nat" })
        #expect(nat.question.explanation == "NAT 게이트웨이는 퍼블릭 서브넷에 둡니다.")
        let position = try #require(nat.question.options.firstIndex { $0.isCorrect })
        #expect(nat.question.answerText == "\(position + 1). 퍼블릭 서브넷의 NAT 게이트웨이", "numbered as shown")
    }

    @Test func domainBreakdownIsWeakestFirst() throws {
        // networking: nat ✓ sg ✗ gwep ✓ igw ✓ = 3/4; security: sg ✗ deny ✗ root ✓ scp ✓ = 2/4;
        // other-math has no tags: untagged 0/1.
        let result = try Self.result(right: ["vpc-nat", "vpc-gwep", "vpc-igw", "iam-root", "iam-scp"])
        #expect(result.domains == [
            DomainScore(domain: "untagged", correct: 0, total: 1),
            DomainScore(domain: "security", correct: 2, total: 4),
            DomainScore(domain: "networking", correct: 3, total: 4),
        ])
        #expect(result.domains.map(\.percent) == [0, 50, 75])
    }

    @Test func domainTiesGoToMoreQuestionsThenName() {
        let scores = [
            DomainScore(domain: "storage", correct: 1, total: 2),
            DomainScore(domain: "cost", correct: 1, total: 2),
            DomainScore(domain: "compute", correct: 2, total: 4),
            DomainScore(domain: "data", correct: 2, total: 3),
            DomainScore(domain: "security", correct: 33, total: 100),
        ].sorted(by: QuizResult.weakerFirst)
        #expect(scores.map(\.domain) == ["security", "compute", "cost", "storage", "data"])
    }

    @Test func domainsAreKnownDomainTagsElseOwnTags() throws {
        let cards = F.cards()
        func domains(_ id: String) throws -> [String] {
            QuizDomains.of(try #require(cards.first { $0.id == id }))
        }
        #expect(try domains("vpc-sg") == ["networking", "security"], "vpc is a topic, not a domain")
        #expect(try domains("iam-scp") == ["security"])
        #expect(try domains("other-math") == ["untagged"])
        let custom = try #require(F.cards([F.other.replacingOccurrences(of: "deck: Other", with: "deck: Other\ntags: [Math, arithmetic, math]")]).first)
        #expect(QuizDomains.of(custom) == ["Math", "arithmetic"], "no known domain: its own tags, each once")
    }

    @Test func timeUsedStopsAtTheLimit() throws {
        let early = try Self.result(right: [], finishedAfter: .minutes(4))
        #expect(early.timeUsed == .minutes(4))
        #expect(!early.timedOut)
        let late = try Self.result(right: [], finishedAfter: .minutes(12))
        #expect(late.timeUsed == .minutes(10))
        #expect(late.timedOut)
    }
}
