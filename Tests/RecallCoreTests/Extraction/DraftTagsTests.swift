import Testing
@testable import RecallCore

/// Tags on drafts (`DraftTags`): the note's own (`NoteTags`), topics and domains from the term
/// vocabulary (`TopicVocabulary`, matched whole by `TermMatch`), and the fallback domain.
@Suite struct DraftTagsTests {
    func card(_ prompt: String, context: [String] = [], answer: [String] = ["설명"]) -> ExtractedCard {
        ExtractedCard(rule: .definition, context: context, prompt: prompt, answer: answer, file: "note.md", line: 1)
    }

    func topics(_ text: String) -> [String] {
        TopicVocabulary.entries(in: text).compactMap(\.topic)
    }

    @Test func koreanTermsMatchWithTheirParticles() {
        #expect(topics("VPC의 서브넷에서 NACL은 비상태 저장이다") == ["vpc", "subnet", "nacl"])
        #expect(topics("백업은 매일, 재해 복구는 다른 리전으로") == ["backup", "dr", "region"])
        #expect(topics("스냅샷을 복제하는 방법") == ["snapshot"])
    }

    @Test func termsDoNotMatchInsideOtherWords() {
        #expect(topics("ENIGMA 프로젝트") == [])
        #expect(topics("S30 모델과 EC20") == [])
        #expect(topics("블로그에 쓴 글") == [])
        #expect(topics("DynamoDB") == ["dynamodb"])   // not `DB`
        #expect(topics("ENI와 S3") == ["eni", "s3"])
    }

    @Test func theLongestTermWinsItsPlace() {
        #expect(topics("NAT 게이트웨이를 퍼블릭 서브넷에 둔다") == ["nat", "subnet"])
        let entries = TopicVocabulary.entries(in: "보안 그룹은 인스턴스 단위")
        #expect(entries.compactMap(\.topic) == ["security-group"])
        #expect(entries.flatMap(\.domains) == ["networking", "compute"])
    }

    @Test func englishTermsIgnoreCase() {
        #expect(topics("Use route 53 and cloudfront for the edge") == ["route53", "cloudfront"])
    }

    @Test func everyDomainIsAKnownDomain() {
        let domains = Set(TopicVocabulary.entries.flatMap(\.domains))
        #expect(domains.isSubset(of: Set(QuizDomains.known)), "\(domains.subtracting(QuizDomains.known))")
        #expect(Set(QuizDomains.known).isSubset(of: domains))
    }

    @Test func noteTagsFromFrontMatterAndTagLines() {
        let note = """
            ---
            title: 'AWS Summit 다녀오다'
            categories: ['AWS Summit', 'Conference']
            tags: [VPC 정리, aws]
            ---
            #aws #community-day
            # 제목
            ```
            #not-a-tag
            ```
            - 본문 #중간은 태그가 아니다
            """
        #expect(NoteTags.of(note) == ["aws-summit", "conference", "vpc-정리", "aws", "community-day"])
        #expect(NoteTags.of("---\ntags:\n  - Networking\n  - \"Study Notes\"\n---\n본문") == ["networking", "study-notes"])
        #expect(NoteTags.of("---\ntags: 보안, IAM\n---\n") == ["보안", "iam"])
    }

    @Test func tagsComeInOrderEachOnce() {
        let note = "#aws #vpc\n## VPC\n- NACL: 서브넷 단위 방화벽\n"
        let tagged = DraftTags.apply([card("NACL", context: ["VPC"], answer: ["서브넷 단위 방화벽"])], noteText: note)
        #expect(tagged[0].tags == ["aws", "vpc", "nacl", "networking"])
    }

    @Test func domainsComeFromTheHeadingsFirstThenTheAnswer() {
        let tagged = DraftTags.apply([
            card("RDS", context: ["데이터베이스"], answer: ["Multi-AZ로 장애 조치"]),
            card("고려사항", answer: ["암호화 키는 KMS로", "요금 확인", "KMS 권한 확인"]),
        ], noteText: "")
        #expect(tagged[0].tags == ["rds", "database"])
        #expect(tagged[1].tags == ["security"])
    }

    @Test func aDraftNamingNoTermTakesTheNotesCommonestDomain() {
        let tagged = DraftTags.apply([
            card("S3", answer: ["객체 스토리지"]),
            card("올리브영", answer: ["발표한 회사"]),
            card("EBS", answer: ["블록 스토리지"]),
            card("IAM", answer: ["권한 관리"]),
        ], noteText: "")
        #expect(tagged[1].tags == ["storage"])
        let alone = DraftTags.apply([card("발표 후기", answer: ["재미있었다"])], noteText: "")
        #expect(alone[0].tags == [DraftTags.defaultDomain])
    }

    /// Two drafts with one question become one card (`DraftDeck`); its tags are both drafts'.
    @Test func draftsMergedIntoOneCardKeepBothTagLists() {
        var first = card("서버리스", answer: ["서버 관리가 필요 없다"])
        first.tags = ["serverless", "compute"]
        var second = card("서버리스", answer: ["API Gateway와 SQS도 포함한다"])
        second.tags = ["serverless", "integration"]
        let deck = DraftDeck(name: "net", sources: ["note.md"], cards: [first, second])
        #expect(deck.cards.count == 1)
        #expect(deck.cards[0].tags == ["serverless", "compute", "integration"])
    }
}
