import Testing
@testable import RecallCore

/// Hearsay, company stories, session trivia and the author's plans are skipped as anecdotes.
@Suite struct AnecdoteTests {
    @Test func reportedSpeechAndCompanyStoriesAreSkipped() {
        let found = NoteExtractor.extractDrafts(text: """
            ## EC2 구매 옵션
            - 스팟 인스턴스는 여분의 용량을 할인된 가격에 쓰는 구매 옵션이다.
            - 회수 확률은 낮은 편이라고 한다.
            - 넷플릭스는 인코딩 작업을 스팟으로 돌렸다.
            """, sourceName: "note.md")
        #expect(questionsAndAnswers(found.cards) == ["EC2 구매 옵션 › 스팟 인스턴스 → 여분의 용량을 할인된 가격에 쓰는 구매 옵션이다."])
        // The list loses its two anecdotes, then the two lines' own drafts go; the list's last
        // line is the definition's, so the list goes as a repeat.
        #expect(found.skipped.map(\.reason) == [.anecdote, .anecdote, .anecdote, .repeatsAnotherAnswer])
        #expect(found.skipped.map(\.line) == [1, 3, 4, 1])
    }

    @Test func aListOfCustomerStoriesGoes() {
        let found = NoteExtractor.extractDrafts(text: """
            ## Amazon ElastiCache
            ### 사용사례
            - 쿠팡 장바구니 세션 저장소로 사용 중
            - 토스 Redis 클러스터 -> ElastiCache
            - Airbnb 검색 결과 캐시로 활용
            """, sourceName: "note.md")
        #expect(found.cards.isEmpty)
        #expect(found.skipped.map(\.reason) == [.anecdote])
    }

    @Test func talkMaterialApprovalsAndPlansAreSkipped() {
        #expect(Anecdotes.isAnecdote("영문 발표 자료가 공유된다."))
        #expect(Anecdotes.isAnecdote("한도 상향은 인터뷰를 거쳐 담당 임원이 승인한다."))
        #expect(Anecdotes.isAnecdote("다음 달에 자격증 시험을 볼 예정이다."))
        #expect(Anecdotes.isAnecdote("샌드버드는 Graviton으로 바꾼 뒤 비용을 줄였다."))
        #expect(Anecdotes.isAnecdote("발표자는 멀티 리전을 권했다."))
        #expect(Anecdotes.isAnecdote("일부 게임사는 세션 데이터를 캐시에만 둔다."))
        #expect(Anecdotes.isAnecdote("회사에서 수명 주기 규칙으로 로그 버킷을 정리했었다."))
        #expect(Anecdotes.isAnecdote("오늘 내용 전반적으로 유익했다."))
    }

    /// A definition asks a line's first sentence; the rest of the line can still make it a quote.
    @Test func aQuotedLineGivesNoDefinition() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 운영 원칙
            - 모든 장애는 결국 일어난다. -> 발표자가 강조한 말이다.
            - 관측성은 지표, 로그, 추적으로 이루어진다.
            """, sourceName: "note.md")
        #expect(!found.cards.map(\.prompt).contains("모든 장애"))
        #expect(found.cards.map(\.prompt).contains("관측성"))
    }

    /// `고객사 › 무신사 → Aurora로 옮겼다`: a name without Latin letters and a past action.
    @Test func whatSomeoneDidIsAStory() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 마이그레이션 사례
            - 한 쇼핑몰은 Aurora로 데이터베이스를 옮겼다.
            - 인상 깊은 부분은 무중단 전환이었습니다.
            - DMS는 원본 DB를 멈추지 않고 데이터를 옮겼다.
            """, sourceName: "note.md")
        #expect(found.cards.map(\.prompt).contains("DMS"))
        #expect(!found.cards.map(\.prompt).contains("한 쇼핑몰"))
        #expect(!found.cards.map(\.prompt).contains("인상 깊은 부분"))
    }

    /// A fact about an AWS service is never an anecdote, even when a company uses the service.
    @Test func factsAboutServicesAreKept() {
        #expect(!Anecdotes.isAnecdote("DynamoDB는 데이터를 세 가용 영역에 복제한다."))
        #expect(!Anecdotes.isAnecdote("세션 토큰은 STS가 발급하는 임시 자격 증명의 일부이다."))
        #expect(!Anecdotes.isAnecdote("Graviton 인스턴스는 Arm 기반 프로세서를 쓴다."))
        #expect(!Anecdotes.isAnecdote("대규모 기업에서 서버를 들이려면 몇 달이 걸린다."))
        #expect(!Anecdotes.isAnecdote("재해 복구 계획"))
        let hearsay = extract("## 개발 도구\n\nCodeGuru는 코드 리뷰를 자동으로 해 준다고 한다.\n\n검토 결과는 바로 남는다고 한다.\n")
        #expect(hearsay.map(\.prompt) == ["CodeGuru"])
        #expect(!Anecdotes.isAnecdote("DLQ는 처리하지 못한 메시지가 남는 큐라고 한다."))
        #expect(Anecdotes.isAnecdote("어느 게임사의 인프라는 NLB 뒤에 ALB를 두는 방향으로 되어있다고 한다."))
        #expect(Anecdotes.isAnecdote("LG U+가 이관할 때 DMS를 썼다고 한다."))
        let story = extract("## 로드밸런싱\n\n- 어느 게임 회사의 인프라는 NLB 뒤에 ALB를 두는 방향으로 되어있다고 한다.\n")
        #expect(story.isEmpty)
    }
}
