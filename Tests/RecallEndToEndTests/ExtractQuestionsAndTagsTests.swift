import Foundation
import Testing
import RecallCore
import RecallTestSupport

/// `recall extract` writes questions and tags: every basic draft's heading ends in `?`, every draft
/// has a `tags::` line with a domain, and the deck passes `recall check`.
@Suite struct ExtractQuestionsAndTagsTests {
    static let note = """
        ---
        title: 네트워크 정리
        categories: ['AWS 공부', 'SAA']
        ---
        #aws
        # 네트워크 정리

        ## VPC
        - **NACL**: 서브넷 단위의 비상태 저장 방화벽
        - 보안 그룹 - 인스턴스 단위의 상태 저장 방화벽

        ## DynamoDB 장단점
        ### 장점
        - 서버리스로 운영 부담이 적다
        - 한 자릿수 밀리초 응답

        ## 스토리지 비교
        | 구분 | S3 | EBS |
        |---|---|---|
        | 용도 | 객체 저장 | 블록 저장 |
        | 요금 | 저장 용량 | 프로비저닝 용량 |

        ## 후기
        발표 후기
        - 발표가 재미있었다
        - 질문이 많았다

        NAT 게이트웨이는 ==퍼블릭 서브넷==에 둔다.
        """

    @Test func draftsAskQuestionsCarryADomainAndPassCheck() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        try scratch.write("notes/net.md", Self.note)
        let run = try RecallBinary.run(["extract", "notes/net.md", "-o", "deck.md"], in: scratch.url)
        #expect(run.status == 0, "\(run.stderr)")
        let deck = try scratch.read("deck.md")
        let notes = deck.components(separatedBy: "\n## ").dropFirst()
        #expect(notes.count >= 5, "\(deck)")
        for note in notes {
            let lines = note.split(separator: "\n").map(String.init)
            let isCloze = note.contains("{{c1::")
            if !isCloze { #expect(lines[0].hasSuffix("?"), "\(lines[0])") }
            let tags = try #require(lines.first { $0.hasPrefix("tags:: ") }, "\(note)")
            let list = tags.dropFirst("tags:: ".count).components(separatedBy: ", ")
            #expect(Array(list.prefix(3)) == ["aws-공부", "saa", "aws"], "\(tags)")
            #expect(!Set(QuizDomains.known).isDisjoint(with: list), "\(tags)")
        }
        #expect(deck.contains("## [VPC] NACL이란?\n"))
        #expect(deck.contains("## DynamoDB의 장점은?\n"))
        #expect(deck.contains("## [스토리지 비교] S3의 용도는?\n"))
        let check = try RecallBinary.run(["check", "deck.md"], in: scratch.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasSuffix("; no problems\n"), "\(check.stdout)")
    }
}
