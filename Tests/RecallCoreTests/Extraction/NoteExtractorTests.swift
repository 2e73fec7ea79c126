import Testing
@testable import RecallCore

@Suite struct ObsidianSyntaxTests {
    @Test func inlineAndReversibleCards() {
        let cards = extract("""
            #### VPC
            서브넷::VPC 안의 IP 주소 범위
            가용 영역:::리전 안의 격리된 데이터 센터 묶음
            """)
        #expect(questionsAndAnswers(cards) == [
            "VPC › 서브넷 → VPC 안의 IP 주소 범위",
            "VPC › 가용 영역 → 리전 안의 격리된 데이터 센터 묶음",
        ])
        #expect(cards.map(\.kind) == [.basic, .reversible])
        #expect(cards.map(\.rule) == [.inlineCard, .inlineCard])
        #expect(cards.map(\.source) == ["note.md:2", "note.md:3"])
    }

    @Test func multilineCardsEndAtABlankLine() {
        let cards = extract("""
            ## IAM
            IAM 역할은
            누가 수임할 수 있나요?
            ?
            사용자, AWS 서비스, 다른 계정
            임시 자격 증명을 받는다

            보안 그룹의 기본 규칙
            ??
            인바운드 전부 거부, 아웃바운드 전부 허용
            """)
        #expect(questionsAndAnswers(cards) == [
            "IAM › IAM 역할은 누가 수임할 수 있나요? → 사용자, AWS 서비스, 다른 계정 / 임시 자격 증명을 받는다",
            "IAM › 보안 그룹의 기본 규칙 → 인바운드 전부 거부, 아웃바운드 전부 허용",
        ])
        #expect(cards.map(\.kind) == [.basic, .reversible])
        #expect(cards.map(\.line) == [2, 8])
    }

    @Test func highlightsBecomeClozes() throws {
        let cards = extract("""
            ## VPC
            NAT 게이트웨이는 ==퍼블릭 서브넷==에 두고 ==탄력적 IP==를 붙인다.
            """)
        let card = try #require(cards.first)
        #expect(cards.count == 1)
        #expect(card.kind == .cloze)
        #expect(card.rule == .highlightCloze)
        #expect(card.prompt == "NAT 게이트웨이는 {{c1::퍼블릭 서브넷}}에 두고 {{c2::탄력적 IP}}를 붙인다.")
        #expect(card.context == ["VPC"])
    }
}

@Suite struct DefinitionTests {
    @Test func boldColonAndDashDefinitions() {
        let cards = extract("""
            ### 방화벽
            - **보안 그룹**: 인스턴스 단위의 상태 저장 방화벽
            - NACL - 서브넷 단위의 비상태 저장 방화벽
            - Route 53 : AWS의 DNS 서비스
            - WAF — 웹 애플리케이션 방화벽
            """)
        #expect(questionsAndAnswers(cards).filter { !$0.hasPrefix("방화벽 →") } == [
            "방화벽 › 보안 그룹 → 인스턴스 단위의 상태 저장 방화벽",
            "방화벽 › NACL → 서브넷 단위의 비상태 저장 방화벽",
            "방화벽 › Route 53 → AWS의 DNS 서비스",
            "방화벽 › WAF → 웹 애플리케이션 방화벽",
        ])
        #expect(cards.filter { $0.rule == .definition }.count == 4)
    }

    @Test func koreanDefinitionalSentences() {
        let cards = extract("""
            ## 스토리지
            리전은 가용 영역의 묶음이다.

            S3란 객체 스토리지 서비스입니다. 버킷 이름은 전역에서 고유하다.

            EBS가 기본 블록 스토리지이다.

            정책은 권한을 담은 JSON 형식의 문서

            Cloudtrail은 모든 API 요청을 기록한다.

            인증은 신원 확인, 인가는 권한 확인이다.

            혹은 그룹에 정책을 붙인다.

            많은 서비스가 리전 단위이다.

            서비스로는 EFS와 FSx가 있다.
            """)
        #expect(questionsAndAnswers(cards.filter { $0.rule != .factCloze }).filter { !$0.hasPrefix("스토리지 →") } == [
            "스토리지 › 리전 → 가용 영역의 묶음이다.",
            "스토리지 › S3 → 객체 스토리지 서비스입니다.",
            "스토리지 › EBS → 기본 블록 스토리지이다.",
            "스토리지 › 정책 → 권한을 담은 JSON 형식의 문서",
            "스토리지 › Cloudtrail → 모든 API 요청을 기록한다.",
        ])
        // The list of services is no definition; it is asked as a fact cloze (`FactClozesTests`).
        #expect(cards.allSatisfy { $0.rule == .koreanDefinition || $0.rule == .outline || $0.rule == .factCloze })
        #expect(cards.filter { $0.rule == .factCloze }.map(\.prompt) == ["서비스로는 {{c1::EFS}}와 {{c2::FSx}}가 있다."])
    }

    @Test func shortTermsWithContextAreKept() {
        let cards = extract("""
            #### 인스턴스 유형 이름 규칙
            - c6g.xlarge 예시
            - c는 인스턴스 패밀리
            - 6은 인스턴스 세대
            - g는 추가 속성
            """)
        #expect(questionsAndAnswers(cards).filter { $0.contains(" › ") } == [
            "인스턴스 유형 이름 규칙 › c → 인스턴스 패밀리",
            "인스턴스 유형 이름 규칙 › 6 → 인스턴스 세대",
            "인스턴스 유형 이름 규칙 › g → 추가 속성",
        ])
    }

    @Test func sentencesAndMetadataAreNotTerms() {
        let cards = extract("""
            작성자 : 홍길동
            2023년 5월 3일(수) - 4일(목)
            다중 VPC 피어링이라면 A - C 도 연결해야 한다
            읽기 전용 복제본은 읽기 : 쓰기 = 8 : 2 이다
            """)
        // The last line is a sentence about its topic, not `Term : definition` split at its first colon.
        // The third is a statement, asked as a fact cloze, not as a `Term - definition`.
        #expect(questionsAndAnswers(cards.filter { $0.rule != .factCloze }) == ["읽기 전용 복제본 → 읽기 : 쓰기 = 8 : 2 이다"])
    }
}

@Suite struct TableAndOutlineTests {
    @Test func comparisonTableGivesOneCardPerRowAndColumn() {
        let cards = extract("""
            #### CDC 커넥터 비교

            | 구분 | JDBC Source Connector | Debezium Source Connector |
            |------|------|------|
            | **장점** | 구축시간 단축 | 오픈소스 |
            |      | 안정성 | 다양한 DB 지원 |
            | **단점** | DB 부하 | 검증 시간 |
            """)
        #expect(questionsAndAnswers(cards) == [
            "CDC 커넥터 비교 › JDBC Source Connector의 장점 → 구축시간 단축 / 안정성",
            "CDC 커넥터 비교 › Debezium Source Connector의 장점 → 오픈소스 / 다양한 DB 지원",
            "CDC 커넥터 비교 › JDBC Source Connector의 단점 → DB 부하",
            "CDC 커넥터 비교 › Debezium Source Connector의 단점 → 검증 시간",
        ])
        #expect(cards.map(\.line) == [5, 5, 7, 7])
    }

    @Test func tableWithThingsInRowsAndTwoColumnTable() {
        let cards = extract("""
            | 서비스 | 용도 | 과금 |
            | --- | --- | --- |
            | S3 | 객체 저장 | 용량 |

            | 용어 | 뜻 |
            | --- | --- |
            | RPO | 허용 가능한 데이터 손실 시간 |
            """)
        #expect(questionsAndAnswers(cards) == [
            "S3의 용도 → 객체 저장",
            "S3의 과금 → 용량",
            "RPO → 허용 가능한 데이터 손실 시간",
        ])
    }

    @Test func headingContextAndLeadLists() {
        let cards = extract("""
            # AWS 실강 노트

            ## VPC

            ### Network ACL

            - 서브넷 단위의 가상 방화벽이다.
            - 비상태 저장 방화벽이다.

            #### 장애 알림
            - 장애가 났을 때
            \t- AWS Connect(전화)
            \t- SNS(문자)
            """)
        #expect(questionsAndAnswers(cards) == [
            "VPC › Network ACL → 서브넷 단위의 가상 방화벽이다. / 비상태 저장 방화벽이다.",
            "Network ACL › 장애 알림 › 장애가 났을 때 → AWS Connect(전화) / SNS(문자)",
        ])
        #expect(cards.allSatisfy { $0.rule == .outline })
    }

    @Test func shortLinesHeadListsInNotesWithoutHeadings() {
        let cards = extract("""
            RDS Migration

            고려사항

            - 백업 2벌 이상
            - 호환성 점검

            개요
            - 데이터 소스에서 사람까지
            """)
        #expect(questionsAndAnswers(cards) == [
            "RDS Migration › 고려사항 → 백업 2벌 이상 / 호환성 점검",
            "RDS Migration › 개요 → 데이터 소스에서 사람까지",
        ])
    }

    @Test func aGenericLeadNeedsContext() {
        #expect(extract("개요\n- 데이터 소스에서 사람까지\n- 분석\n").isEmpty)
    }
}

@Suite struct SkipRuleTests {
    @Test func fencedCodeGivesNothing() {
        let cards = extract("""
            ## 실습
            ```bash
            질문::답
            - 용어: 정의
            ```
            \t```json
            \t{"Effect": "Allow"}
            \t```
            """)
        #expect(cards.isEmpty, "\(questionsAndAnswers(cards))")
    }

    @Test func inlineCodeARNsAndURLsGiveNothing() {
        let cards = extract("""
            ## S3 명령
            - `aws s3 ls` - 버킷 목록
            - 버킷 정책: `s3:GetObject` 허용
            - 역할 ARN: arn:aws:iam::123456789012:role/admin
            - 공식 문서: https://docs.aws.amazon.com/s3/
            - link: https://owasp.org/API-Security/
            - 설정 예: aws configure set default.s3.max_concurrent_requests 60
            """)
        #expect(cards.isEmpty, "\(questionsAndAnswers(cards))")
    }

    @Test func imagesTagsAndFrontMatterAreSkippedButDetailsAreRead() {
        let cards = extract("""
            ---
            category: 네트워크
            publicURL: https://example.com
            ---
            ![[diagram.png]]
            ![아키텍처 그림](./img/arch.png)

            <details><summary>1일차</summary>
            <div markdown="1">

            ## 엣지
            - CloudFront: AWS의 CDN 서비스 ![[cdn.png]]
            - 로컬 존 <br/> 확장 영역 - 일부 서비스만 지원

            </div>
            </details>
            """)
        #expect(questionsAndAnswers(cards).filter { !$0.hasPrefix("엣지 →") } == [
            "엣지 › CloudFront → AWS의 CDN 서비스",
            "엣지 › 로컬 존 확장 영역 → 일부 서비스만 지원",
        ])
        #expect(cards.allSatisfy { $0.line >= 12 })
    }

    @Test func calloutsAreReadAndTagLinesSkipped() {
        let cards = extract("""
            #aws #summit

            ## NAT
            > [!note] 정리
            > NAT 게이트웨이는 프라이빗 서브넷의 아웃바운드 연결용이다.
            """)
        #expect(questionsAndAnswers(cards) == ["NAT › NAT 게이트웨이 → 프라이빗 서브넷의 아웃바운드 연결용이다."])
    }

    @Test func chatterAndOneCharacterAnswersAreDropped() {
        let cards = extract("""
            ## 메모
            - SCP는 뭔지 모르겠다
            - 이건 나중에 다시 보자??
            - 예측 스케일링: ?
            - 결과: x
            - 맞는 답: 맞다
            """)
        #expect(cards.filter { $0.rule != .outline }.isEmpty, "\(questionsAndAnswers(cards))")
        let texts = cards.flatMap { [$0.breadcrumb] + $0.answer }
        #expect(!texts.contains { $0.contains("모르겠") || $0.contains("??") || $0.hasSuffix("?") }, "\(texts)")
    }

    @Test func questionEqualToAnswerIsDropped() {
        #expect(extract("- VPC: VPC\n").isEmpty)
    }
}

@Suite struct ExtractionIDTests {
    static let original = """
        ## VPC
        - NACL: 서브넷 단위 방화벽
        - 보안 그룹: 인스턴스 단위 방화벽
        - 엔드포인트는 프라이빗 연결이다.
        """

    @Test func idsSurviveAnswerEditsAndMovedLines() {
        let edited = """
            # 새 제목

            앞에 추가한 문단

            ## VPC
            - 엔드포인트는 프라이빗 연결이다.
            - 보안 그룹: 인스턴스 단위의 상태 저장 방화벽
            - NACL: 서브넷 단위 방화벽
            - 피어링: 두 VPC의 프라이빗 연결
            """
        let before = Dictionary(uniqueKeysWithValues: extract(Self.original).map { ($0.breadcrumb, $0.id(deck: "net")) })
        let after = Dictionary(uniqueKeysWithValues: extract(edited).map { ($0.breadcrumb, $0.id(deck: "net")) })
        for question in ["VPC › NACL", "VPC › 보안 그룹", "VPC › 엔드포인트"] {
            #expect(before[question] != nil)
            #expect(before[question] == after[question], "\(question)")
        }
        #expect(after["VPC › 피어링"] != nil)
        #expect(Set(after.values).count == after.count)
    }

    @Test func idsDependOnTheDeckAndAreValidExplicitIDs() throws {
        let card = try #require(extract(Self.original).first { $0.prompt == "NACL" })
        #expect(card.id(deck: "net") != card.id(deck: "other"))
        #expect(card.id(deck: "net") == CardID.derived(deck: "net", prompt: card.question))
        #expect(CardID.isValidExplicit(card.id(deck: String(repeating: "긴이름", count: 60) + "x")))
        #expect(CardID.isValidExplicit(card.id(deck: String(repeating: "long-name-", count: 20))))
    }
}
