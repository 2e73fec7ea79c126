import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct StudySheetTests {
    @Test func noLineIsWiderThan80ColumnsForAnyBundledDeck() throws {
        let decks = try RoundTripDecks.bundled + [RoundTripDecks.trickyDeck, Self.longWords()]
        let sheet = StudySheet.render(decks)
        let lines = sheet.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 4000)
        for line in lines {
            #expect(DisplayWidth.of(line) <= 80, "\(DisplayWidth.of(line)): \(line)")
            #expect(!line.contains("\t") && !line.hasSuffix(" "))
        }
    }

    static func longWords() throws -> Deck {
        try RoundTripDecks.parse("""
            ---
            deck: 긴::단어
            ---
            ## \(String(repeating: "띄어쓰기없는아주긴한국어문장", count: 8))
            <!-- id: long-1 -->
            https://docs.aws.amazon.com/\(String(repeating: "very-long-path-segment/", count: 8))
            - [\(String(repeating: "목록", count: 50))](https://x.io)
            | \(String(repeating: "표", count: 50)) | b |
            | --- | --- |
            | c | d |
            ```
            \(String(repeating: "code_", count: 30))\t한국어\(String(repeating: "가", count: 40))
            ```
            explanation:: \(String(repeating: "설명", count: 60))
            """)
    }

    @Test func everyPartOfEveryKindIsThere() throws {
        let sheet = StudySheet.render([try RoundTripDecks.trickyDeck])
        #expect(sheet.hasPrefix("테스트::왕복 (10 cards)\n=======================\n\n1. 탭과 \"따옴표\", 파이프 | 가 있는 질문\n"), "\(sheet.prefix(80).debugDescription)")
        #expect(sheet.contains("   Answer: 첫 줄에 탭 이 있고 \"큰따옴표\"와 'small quotes', 파이프 | 기호.\n"))
        #expect(sheet.contains("굵게는 조사와 붙습니다: 수임(assume)해서."))
        #expect(sheet.contains("           - 목록 항목 코드 | 파이프\n           - 중첩\n             - 아래 항목\n           1. 번호 1\n"))
        #expect(sheet.contains("           이름  | 값\n           ------+----\n           a | b | x|y\n"))
        #expect(sheet.contains("           > 인용문 <b>태그</b>\n"))
        #expect(sheet.contains("             echo \"{{c1::not a cloze}}\"  tab\n"))
        #expect(sheet.contains("   Explanation: 설명 첫 줄 with code\n\n                세 번째 줄 \"quoted\" | pipe\n"))
        #expect(sheet.contains("2. 가용 영역 (Availability Zone)\n   Answer: 리전 안에서"))
        #expect(sheet.contains("   (also asked the other way round)\n"))
        #expect(sheet.contains("3. S3 암호화 방식\n\n   SSE-S3는 [1:\u{A0}...] 으로 암호화하고, 키는 [2:\u{A0}누가?]합니다.\n"))
        #expect(sheet.contains("   Answer: 1: AES-256, a::b\n           2: S3가 관리\n           3: arn:aws:iam::123456789012:role/x\n"))
        #expect(sheet.contains("   [ ] 인터넷 게이트웨이만\n   [x] NAT 게이트웨이 0.0.0.0/0 경로\n   [x] \"프록시\" 서버 | 포워드\n   [ ] VPC 피어링\n"))
        #expect(sheet.contains("6. 서울 리전의 리전 코드는?\n   Answer: ap-northeast-2\n   Also accepted: apne2 | 서울\n   본문은 답과 함께 \"보입니다\".\n"))
    }

    @Test(arguments: [10, 11, 12, 20])
    func wrappingNeverSplitsOrOverflowsAWideCharacter(width: Int) {
        let lines = DisplayWrap.words("가나다라마바사아자차카타파하 abcdefghijklmnopqrstu 한 글", width: width, firstPrefix: "1. ", prefix: "   ")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
        #expect(lines.joined().filter { !$0.isWhitespace && $0 != "1" && $0 != "." }
                == "가나다라마바사아자차카타파하abcdefghijklmnopqrstu한글")
        #expect(lines[0].hasPrefix("1. ") && lines.dropFirst().allSatisfy { $0.hasPrefix("   ") })
    }

    @Test func wrapsAtSpacesWhenItCan() {
        #expect(DisplayWrap.words("VPC는 리전 단위 리소스입니다", width: 12) == ["VPC는 리전", "단위", "리소스입니다"])
        #expect(DisplayWrap.characters("ab  cd", width: 3) == ["ab", " cd"])
        #expect(DisplayWrap.printable("a\tb\u{7}c\tend") == "a   bc  end")
    }
}

/// `--answers end`: a printable self-test, the numbered questions first, then the answer key.
@Suite struct StudySheetAnswerKeyTests {
    static let deck = """
        ---
        deck: AWS::VPC
        ---
        ## NAT 게이트웨이는 무엇을 하나요?
        <!-- id: nat -->
        프라이빗 서브넷의 **나가는** 연결
        explanation:: 퍼블릭 서브넷에 둡니다.

        ## 인터넷 게이트웨이에 대해 옳은 것은?
        <!-- id: igw -->
        - [ ] AZ마다 하나씩 만듭니다
        - [x] VPC당 하나만 연결됩니다

        ## 서울 리전 코드는?
        <!-- id: seoul -->
        answer:: ap-northeast-2
        accept:: apne2

        ## VPC 범위
        <!-- id: scope -->
        VPC는 {{c1::리전}} 단위입니다.

        """

    @Test func questionsFirstThenTheKey() throws {
        let sheet = StudySheet.render([try RoundTripDecks.parse(Self.deck)], answers: .end)
        #expect(sheet == """
            AWS::VPC (4 cards)
            ==================

            1. NAT 게이트웨이는 무엇을 하나요?

            2. 인터넷 게이트웨이에 대해 옳은 것은?
               A) AZ마다 하나씩 만듭니다
               B) VPC당 하나만 연결됩니다

            3. 서울 리전 코드는?

            4. VPC 범위

               VPC는 [1:\u{A0}...] 단위입니다.


            Answer key
            ==========

            AWS::VPC

            1. Answer: 프라이빗 서브넷의 나가는 연결
               Explanation: 퍼블릭 서브넷에 둡니다.
            2. Answer: B) VPC당 하나만 연결됩니다
            3. Answer: ap-northeast-2
               Also accepted: apne2
            4. Answer: 1: 리전

            """)
    }

    @Test func inlineAnswersAreTheDefaultAndUnchanged() throws {
        let deck = try RoundTripDecks.parse(Self.deck)
        let sheet = StudySheet.render([deck])
        #expect(sheet == StudySheet.render([deck], answers: .inline))
        #expect(sheet.contains("   [x] VPC당 하나만 연결됩니다\n") && !sheet.contains("Answer key"))
    }
}
