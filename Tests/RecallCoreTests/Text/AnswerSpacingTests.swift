import Testing
@testable import RecallCore

/// Korean spacing (띄어쓰기) is forgiven in typed answers; a space between two Latin letters or
/// digits still counts. Review and the quiz grade through the same rule.
@Suite struct AnswerSpacingTests {
    @Test(arguments: [
        ("가용영역", "가용 영역", AnswerMatch.Verdict.spacingOnly),
        ("가용 영역", "가용영역", .spacingOnly),
        ("5 개", "5개", .spacingOnly),
        ("S3버킷", "S3 버킷", .spacingOnly),
        ("읽기 전용 복제본", "읽기전용 복제본", .spacingOnly),
        ("가용  영역", "가용 영역", .exact),
        ("AWS Direct Connect", "aws direct connect", .exact),
        ("DirectConnect", "Direct Connect", .wrong),
        ("Direct Connect", "DirectConnect", .wrong),
        ("ap northeast 2", "ap-northeast-2", .wrong),
        ("10GB", "10 GB", .wrong),
        ("1 000", "1000", .wrong),
        ("가용영억", "가용 영역", .wrong),
        ("", "", .wrong),
    ])
    func spacingIsForgivenExceptBetweenLatinLettersAndDigits(typed: String, expected: String, verdict: AnswerMatch.Verdict) {
        #expect(AnswerMatch.verdict(typed, expected: expected, alternatives: []) == verdict)
        #expect(AnswerMatch.matches(typed, expected: expected, alternatives: []) == (verdict != .wrong))
    }

    @Test func anAlternativeMatchedExactlyIsExact() {
        #expect(AnswerMatch.verdict("AZ", expected: "가용 영역", alternatives: ["az"]) == .exact)
        #expect(AnswerMatch.verdict("가용영역", expected: "AZ", alternatives: ["가용 영역"]) == .spacingOnly)
    }

    @Test func accentedLatinLettersKeepTheirSpace() {
        #expect(AnswerMatch.verdict("caféau lait", expected: "café au lait", alternatives: []) == .wrong)
        #expect(AnswerMatch.ignoringSpacing("가용 영역 S3 bucket 5 개") == "가용영역s3 bucket 5개")
    }

    @Test func theQuizGradesTypedAnswersByTheSameRule() throws {
        let text = """
            ## 리전 안의 분리된 데이터 센터 묶음은?
            <!-- id: az -->
            answer:: 가용 영역
            """
        let cards = try #require(DeckParser.parse(text: text, file: "t.md", defaultDeckName: "T").deck).notes.flatMap(\.cards)
        let quiz = try QuizBuilder.build(cards: cards, spec: QuizSpec(count: 1, seed: 1, types: [.typein]))
        var attempt = QuizAttempt(quiz: quiz, startedAt: Instant(microsecondsSinceEpoch: 0))
        attempt.setTyped("가용영역")
        #expect(attempt.isCorrect(0) == true)
        attempt.setTyped("가용 영억")
        #expect(attempt.isCorrect(0) == false)
    }
}
