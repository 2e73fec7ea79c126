import Testing
@testable import RecallCore

/// A statement no other rule asked becomes a cloze: its figures hidden, else the AWS names its
/// headings do not use; questions, stories, fragments and half sentences give none.
@Suite struct FactClozesTests {
    @Test func aLimitInALongSectionHidesItsFigures() {
        let found = NoteExtractor.extractDrafts(text: """
            ## RDS
            - 관리형 관계형 데이터베이스 서비스이다

            - 스냅샷을 S3에 보관한다

            - 최대 35일까지 자동 백업을 보존할 수 있다

            - MySQL 기준으로 읽기 전용 복제본을 15개까지 만들 수 있다

            - 보통 1~2분 안에 장애 조치가 끝난다

            - 파라미터 그룹으로 엔진 설정을 바꾼다

            - 옵션 그룹으로 추가 기능을 켠다

            - 이벤트 구독으로 알림을 받는다
            """, sourceName: "note.md")
        let clozes = found.cards.filter { $0.rule == .factCloze }
        #expect(clozes.map(\.prompt).contains("최대 {{c1::35일}}까지 자동 백업을 보존할 수 있다"))
        #expect(clozes.map(\.prompt).contains("MySQL 기준으로 읽기 전용 복제본을 {{c1::15개}}까지 만들 수 있다"))
        #expect(clozes.allSatisfy { $0.kind == .cloze && $0.context == ["RDS"] && $0.answer.isEmpty })
        // `1~2분`: the figure after the tilde is hidden with its unit.
        #expect(clozes.first { $0.line == 10 }?.prompt == "보통 1~{{c1::2분}} 안에 장애 조치가 끝난다")
        // `스냅샷을 S3에 보관한다`: no figure, and S3 is a name the heading does not use.
        #expect(clozes.first { $0.line == 4 }?.prompt == "스냅샷을 {{c1::S3}}에 보관한다")
    }

    @Test func withoutFiguresTheNamesTheHeadingsDoNotUseAreHidden() {
        #expect(FactClozes.cloze("KMS 키로 RDS에 저장되는 데이터를 암호화할 수 있다.", context: ["데이터베이스", "RDS"])
            == "{{c1::KMS}} 키로 RDS에 저장되는 데이터를 암호화할 수 있다.")
        #expect(FactClozes.cloze("오케스트레이션 도구로는 EKS, ECS가 있다.", context: ["컨테이너"])
            == "오케스트레이션 도구로는 {{c1::EKS}}, {{c2::ECS}}가 있다.")
        // Common words are not names: hiding `정책` asks for the sentence's wording.
        #expect(FactClozes.cloze("복수의 정책이 적용되면 거부가 우선한다.", context: ["계정 보안"]) == nil)
        #expect(FactClozes.cloze("RDS는 암호화를 지원한다.", context: ["RDS"]) == nil)
    }

    @Test func onlyAWholeStatementIsAsked() {
        #expect(FactClozes.isStatement("게이트웨이 엔드포인트는 S3, DynamoDB만 지원한다."))
        #expect(!FactClozes.isStatement("3개의 가용 영역에 복사되어서 올라간다 s3에 이미지 올리면"))  // ends mid-way
        #expect(!FactClozes.isStatement("ECS는 비용이 없는가?"))
        #expect(!FactClozes.isStatement("그래서 S3를 앞에 둔다."))  // leans on the line before
        #expect(!FactClozes.isStatement("샌드버드는 EC2 비용을 19% 절약할 수 있었다."))  // one company's story
        #expect(!FactClozes.isStatement("저희 팀은 EKS를 쓴다."))  // the author's experience
        #expect(!FactClozes.isStatement("S3는 11 9s 내구성을 제공한다. 가용성은 클래스마다 다르다."))  // two facts
        #expect(!FactClozes.isStatement("DLQ 설정 방법은 나중에 다시 봐야 할 것 같다"))  // chatter
    }

    @Test func aLineAnotherDraftStandsOnGivesNoCloze() {
        let found = NoteExtractor.extractDrafts(text: """
            ## VPC
            - 게이트웨이 엔드포인트는 S3, DynamoDB만 지원한다.
            """, sourceName: "note.md")
        #expect(found.cards.count == 1)
        #expect(found.cards[0].rule != .factCloze)
    }
}
