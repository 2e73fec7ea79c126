import Testing
@testable import RecallCore

/// Answers and questions that need their neighbours are skipped as fragments.
@Suite struct FragmentTests {
    @Test func aBarePredicateAfterItsSubjectIsSkipped() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 권한 경계
            - Permissions Boundary는 최대 권한을 정한다.

            - 최종 허용 여부는 IAM이 한다.

            - 상시 꽉 찬 워크로드는 잘 없다.
            """, sourceName: "note.md")
        #expect(found.cards.map(\.prompt).contains("Permissions Boundary"))
        #expect(!found.cards.contains { $0.answer == ["IAM이 한다."] || $0.answer == ["잘 없다."] })
        #expect(found.skipped.filter { $0.reason == .fragment }.map(\.line) == [4, 6])
    }

    @Test func anAnswerOpeningWithAConnectiveOrAPronounIsSkipped() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 오토 스케일링
            - 시작 템플릿은 그래서 버전별로 관리한다.
            - 쿨다운은 즉 다음 조정까지 기다리는 시간이다.
            - 대상 추적 정책은 지표를 목표값에 맞추도록 조정한다.
            """, sourceName: "note.md")
        #expect(found.cards.map(\.prompt).contains("대상 추적 정책"))
        #expect(!found.cards.map(\.prompt).contains("시작 템플릿"))
        #expect(!found.cards.map(\.prompt).contains("쿨다운"))
        #expect(found.skipped.filter { $0.reason == .fragment }.count == 2)
        #expect(Fragments.startsWithConnective("위 내용들이 적용되는 대상 리소스"))
        #expect(Fragments.startsWithConnective("이 과정을 분 단위로 줄인다."))
        #expect(!Fragments.startsWithConnective("이벤트마다 함수를 실행한다."))
    }

    /// `프론트 경우는 …` under a talk about a service: the condition's subject, asked in its context.
    @Test func aConditionUnderAHeadingAsksItsSubject() {
        let found = NoteExtractor.extractDrafts(text: """
            ![Amazon API Gateway로 서버 없이 API 만들기](./talk.png)

            백엔드의 경우는 Lambda를 직접 호출하도록 설계됨.
            """, sourceName: "note.md")
        #expect(questionsAndAnswers(found.cards) == ["Amazon API Gateway › 백엔드 → Lambda를 직접 호출하도록 설계됨."])
        #expect(found.cards.map(\.line) == [3])
    }

    /// With nothing above it, or a condition of time (`…할 때`), the question is half a sentence.
    @Test func aConditionWithoutContextIsSkipped() {
        let found = NoteExtractor.extractDrafts(text: """
            백엔드 경우는 Lambda를 직접 호출하도록 설계됨.

            장애 발생 시는 다른 리전으로 넘긴다.
            """, sourceName: "note.md")
        #expect(found.cards.isEmpty)
        #expect(found.skipped.map(\.reason) == [.fragment, .fragment])
        #expect(Fragments.isConditionalQuestion("장애 발생 시"))
        #expect(!Fragments.isConditionalQuestion("경우"))
    }

    /// A list line leaning on the line before stays in its list, where that line is.
    @Test func aConnectiveInsideAListStays() {
        let cards = extract("""
            ## 컨테이너 오케스트레이션
            - 스케줄러가 어느 호스트에서 실행할지 결정한다.
            - 그 중 ECS는 AWS에 맞춰 단순하게 운영할 수 있다.
            """)
        #expect(questionsAndAnswers(cards) == [
            "컨테이너 오케스트레이션 → 스케줄러가 어느 호스트에서 실행할지 결정한다. / 그 중 ECS는 AWS에 맞춰 단순하게 운영할 수 있다.",
        ])
    }
}

/// A sentence about some of a thing, two of one thing, or who acts is no definition of a term.
@Suite struct NotATermTests {
    @Test func quantifiedPairedAndActingSubjectsAreNoTerms() {
        for term in ["하나의 EC2", "각 AZ", "모든 버킷", "계정과 계정", "사용자", "고객", "코드", "AWS"] {
            #expect(!CardFilter.isTerm(term), "\(term)")
        }
        for term in ["EC2", "가용 영역", "인증과 인가", "AWS Lambda", "한도"] {
            #expect(CardFilter.isTerm(term), "\(term)")
        }
    }

    @Test func suchASentenceGivesNoDefinitionCard() {
        let cards = NoteExtractor.extract(text: """
            ## Elastic Block Storage
            - 하나의 EC2는 반드시 최소 하나의 EBS를 가진다.
            - 사용자는 볼륨만 만들어서 붙이면 된다.
            """, sourceName: "note.md")
        #expect(!cards.contains { $0.rule == .koreanDefinition })
    }
}
