import Testing
@testable import RecallCore

/// No draft's answer repeats a line of another's, and no answer restates its question.
@Suite struct AnswerRepeatTests {
    /// `VPC › 서브넷 그룹` lists the sentence `… › 서브넷 그룹` defines: the definition keeps it.
    @Test func aDefinitionBeatsTheListLineThatSaysTheSame() {
        let found = NoteExtractor.extractDrafts(text: """
            ## VPC
            ### Transit Gateway
            - 전송 게이트웨이는 여러 VPC와 온프레미스 네트워크를 하나로 잇는 중앙 허브이다.
            - 리전 단위의 리소스이다.
            - 연결마다 시간당 요금이 붙는다.
            """, sourceName: "note.md")
        #expect(questionsAndAnswers(found.cards) == [
            "VPC › Transit Gateway → 리전 단위의 리소스이다. / 연결마다 시간당 요금이 붙는다.",
            "VPC › Transit Gateway › 전송 게이트웨이 → 여러 VPC와 온프레미스 네트워크를 하나로 잇는 중앙 허브이다.",
        ])
        #expect(found.skipped.map(\.reason) == [.repeatsAnotherAnswer])
        #expect(found.skipped.map(\.line) == [2])
    }

    /// A list left with one line keeps it as a one-line card when it makes sense alone.
    @Test func aListLeftWithOneLineKeepsItWhenItStandsAlone() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 스토리지
            ### Amazon EFS
            - EFS는 여러 인스턴스에서 함께 마운트하는 NFS 기반 파일 스토리지이다.
            - 사용량에 따라 용량이 자동으로 늘고 준다.
            """, sourceName: "note.md")
        #expect(questionsAndAnswers(found.cards) == [
            "스토리지 › Amazon EFS → 사용량에 따라 용량이 자동으로 늘고 준다.",
            "스토리지 › Amazon EFS › EFS → 여러 인스턴스에서 함께 마운트하는 NFS 기반 파일 스토리지이다.",
        ])
        #expect(found.skipped.map(\.reason) == [.repeatsAnotherAnswer])
    }

    /// A line that leans on the one before (`그 중 …`) does not stand alone: the list goes.
    @Test func aListLeftWithAFragmentGoes() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 컨테이너
            ### 오케스트레이터
            - 스케줄러는 어느 호스트에서 컨테이너를 실행할지 결정하는 소프트웨어이다.
            - 그 중 ECS는 AWS에 맞춰 단순하다.
            """, sourceName: "note.md")
        #expect(questionsAndAnswers(found.cards) == ["컨테이너 › 오케스트레이터 › 스케줄러 → 어느 호스트에서 컨테이너를 실행할지 결정하는 소프트웨어이다."])
        #expect(found.skipped.map(\.reason) == [.repeatsAnotherAnswer])
    }

    /// Across notes the earlier note keeps the line; case, spacing and the final period do not matter.
    @Test func aRepeatInAnotherNoteIsSkippedThere() {
        let first = NoteExtractor.extractDrafts(text: """
            # 보안
            KMS는 암호화 키를 만들고 관리하는 서비스이다.
            """, sourceName: "a.md")
        let second = NoteExtractor.extractDrafts(text: """
            # 키 관리
            AWS KMS는 암호화  키를 만들고 관리하는 서비스이다

            CloudHSM은 전용 하드웨어 보안 모듈을 제공한다.
            """, sourceName: "b.md")
        #expect(first.cards.count == 1 && second.cards.count == 2)
        let all = NoteExtractor.across([first, second])
        #expect(all.cards.map(\.source) == ["a.md:2", "b.md:4"])
        #expect(all.skipped.map { "\($0.reason) \($0.file):\($0.line)" } == ["repeatsAnotherAnswer b.md:2"])
    }

    /// Two lists sharing a line: the later list gives the line up and keeps the rest.
    @Test func theLaterListGivesUpASharedLine() {
        let cards = extract("""
            ## 배치 그룹
            ### 클러스터
            - 인스턴스를 한 랙 가까이 모은다.
            - 지연 시간이 낮다.
            - 장애 영향이 크다.
            ### 파티션
            - 장애 영향이 크다.
            - 파티션마다 랙이 다르다.
            - 대규모 분산 워크로드에 맞는다.
            """)
        #expect(questionsAndAnswers(cards).last == "배치 그룹 › 파티션 → 파티션마다 랙이 다르다. / 대규모 분산 워크로드에 맞는다.")
    }

    /// `Version` → `정책의 버전`: the answer is the term in Hangul with one word more.
    @Test func anAnswerThatOnlyTransliteratesTheTermIsATautology() {
        let found = NoteExtractor.extractDrafts(text: """
            ## 정책 문법
            - Version은 정책의 버전
            - Principal은 정책이 적용되는 주체
            - Instance는 인스턴스
            """, sourceName: "note.md")
        #expect(questionsAndAnswers(found.cards) == ["정책 문법 › Principal → 정책이 적용되는 주체"])
        // The list's other lines are the tautologies' and the definition's: it goes.
        #expect(found.skipped.map(\.reason) == [.tautology, .tautology, .repeatsAnotherAnswer])
        #expect(Transliteration.matches(latin: "server", hangul: "서버"))
        #expect(!Transliteration.matches(latin: "effect", hangul: "허용"))
    }
}

/// A list line that holds a one-line draft's answer and says more: the one-line draft gives way.
@Suite struct ListLineSaysMoreTests {
    @Test func theOneLineDraftGivesWayToTheFullerListLine() {
        let found = NoteExtractor.extractDrafts(text: """
            ## EFS
            - 파일 시스템은 수천 개의 인스턴스에 마운트될 수 있다. 이 한도는 올릴 수 있다.
            - NFS 프로토콜을 쓴다.
            """, sourceName: "note.md")
        #expect(!found.cards.contains { $0.answer == ["수천 개의 인스턴스에 마운트될 수 있다."] })
        #expect(found.cards.contains { $0.answer.count == 2 })
        #expect(found.skipped.contains { $0.reason == .repeatsAnotherAnswer && $0.line == 2 })
    }
}
