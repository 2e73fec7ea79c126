import Testing
import RecallCore

/// Small decks with every kind of question, for quiz tests.
public enum QuizFixtures {
    public static let vpc = """
        ---
        deck: AWS::VPC
        tags: [networking, vpc]
        ---
        ## 프라이빗 서브넷의 EC2가 인터넷에 나가려면?
        <!-- id: vpc-nat -->
        - [ ] 인터넷 게이트웨이만
        - [x] 퍼블릭 서브넷의 NAT 게이트웨이
        - [ ] VPC 피어링
        - [ ] 게이트웨이 엔드포인트
        explanation:: NAT 게이트웨이는 퍼블릭 서브넷에 둡니다.

        ## 보안 그룹의 특징을 모두 고르세요
        <!-- id: vpc-sg -->
        - [x] 상태 저장(stateful)
        - [ ] 거부 규칙을 쓸 수 있다
        - [x] 인스턴스(ENI) 단위
        tags:: security

        ## 게이트웨이 엔드포인트를 지원하는 서비스는?
        <!-- id: vpc-gwep -->
        - [ ] SQS
        - [x] S3
        - [ ] SNS

        ## IGW는 VPC에 몇 개 붙나요?
        <!-- id: vpc-igw -->
        - [x] 하나
        - [ ] AZ마다 하나

        ## RPO는 무엇의 약자인가요?
        <!-- id: vpc-rpo -->
        Recovery Point Objective

        ## VPC와 서브넷의 범위
        <!-- id: vpc-scope -->
        VPC는 {{c1::리전}} 단위, 서브넷은 {{c2::AZ}} 단위입니다.

        ## 서울 리전의 리전 코드는?
        <!-- id: vpc-region -->
        answer:: ap-northeast-2
        accept:: apne2
        """

    public static let iam = """
        ---
        deck: AWS::IAM
        tags: [security, iam]
        ---
        ## IAM 정책 평가에서 명시적 거부는?
        <!-- id: iam-deny -->
        - [x] 항상 이긴다
        - [ ] 허용이 이긴다

        ## 루트 사용자에게 권장되는 것은?
        <!-- id: iam-root -->
        - [x] MFA
        - [ ] 액세스 키 발급

        ## SCP가 하는 일은?
        <!-- id: iam-scp -->
        - [ ] 권한 부여
        - [x] 권한의 최대 범위 제한
        tags:: organizations

        ## 역할 (Role)
        <!-- id: iam-role -->
        type:: reversible
        임시 자격 증명을 주는 IAM 자격
        """

    public static let other = """
        ---
        deck: Other
        ---
        ## 2 + 2?
        <!-- id: other-math -->
        - [x] 4
        - [ ] 5
        """

    public static func cards(_ texts: [String] = [vpc, iam, other]) -> [Card] {
        decks(texts).flatMap(\.cards)
    }

    public static func decks(_ texts: [String] = [vpc, iam, other]) -> [Deck] {
        texts.enumerated().compactMap { index, text in
            let result = DeckParser.parse(text: text, file: "deck\(index).md", defaultDeckName: "D\(index)")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            return result.deck
        }
    }

    public static func spec(deck: String? = nil, tags: [String] = [], count: Int, seed: UInt64 = 7,
                     types: [QuizQuestionType] = [.choice], pass: Int = 72,
                     time: TimeSpan = .minutes(10)) -> QuizSpec {
        QuizSpec(deck: deck, tags: tags, count: count, timeLimit: time, passPercent: pass, seed: seed, types: types)
    }

    public static func build(_ spec: QuizSpec, cards: [Card] = cards()) throws -> Quiz {
        try QuizBuilder.build(cards: cards, spec: spec)
    }

    public static let start = Instant(iso8601: "2026-03-01T09:00:00+00:00")!
}
