import Testing
@testable import RecallCore
import RecallTestSupport

/// The printable study sheet in Korean: its own words (titles, labels, the answer key) are
/// Korean, its layout rules hold (80 columns by display width, labels hang by their width).
@Suite struct StudySheetKoreanTests {
    static let deck = """
        ---
        deck: AWS::VPC
        ---
        ## NAT 게이트웨이는 무엇을 하나요?
        <!-- id: nat -->
        프라이빗 서브넷의 나가는 연결
        explanation:: 퍼블릭 서브넷에 둡니다.

        ## 서울 리전 코드는?
        <!-- id: seoul -->
        answer:: ap-northeast-2
        accept:: apne2

        ## IGW
        <!-- id: igw -->
        type:: reversible
        인터넷 게이트웨이

        ## VPC 범위
        <!-- id: scope -->
        VPC는 {{c1::리전}} 단위입니다.

        """

    @Test func inlineAnswersAreLabelledInKorean() throws {
        let sheet = StudySheet.render([try RoundTripDecks.parse(Self.deck)], language: .ko)
        #expect(sheet == """
            AWS::VPC (카드 5장)
            ===================

            1. NAT 게이트웨이는 무엇을 하나요?
               정답: 프라이빗 서브넷의 나가는 연결
               해설: 퍼블릭 서브넷에 둡니다.

            2. 서울 리전 코드는?
               정답: ap-northeast-2
               다른 정답: apne2

            3. IGW
               정답: 인터넷 게이트웨이
               (반대 방향으로도 묻습니다)

            4. VPC 범위

               VPC는 [1:\u{A0}...] 단위입니다.
               정답: 1: 리전

            """)
    }

    @Test func theAnswerKeyIsKoreanToo() throws {
        let sheet = StudySheet.render([try RoundTripDecks.parse(Self.deck)], answers: .end, language: .ko)
        #expect(sheet.hasSuffix("""


            정답표
            ======

            AWS::VPC

            1. 정답: 프라이빗 서브넷의 나가는 연결
               해설: 퍼블릭 서브넷에 둡니다.
            2. 정답: ap-northeast-2
               다른 정답: apne2
            3. 정답: 인터넷 게이트웨이
               (반대 방향으로도 묻습니다)
            4. 정답: 1: 리전

            """), "\(sheet)")
    }

    /// A label two columns wider per Hangul syllable: what wraps under it lines up with the text after it.
    @Test func wrappedTextHangsUnderTheKoreanLabel() throws {
        let long = String(repeating: "설명이 아주 깁니다 ", count: 8)
        let deck = try RoundTripDecks.parse("## Q\n<!-- id: q -->\nA\nexplanation:: \(long)")
        let lines = StudySheet.render([deck], width: 40, language: .ko).split(separator: "\n")
        let explanation = try #require(lines.firstIndex { $0.hasPrefix("   해설: ") })
        #expect(lines[explanation + 1].hasPrefix(String(repeating: " ", count: 9)) && !lines[explanation + 1].hasPrefix(String(repeating: " ", count: 10)),
                "\(lines)")
    }

    @Test func noLineIsWiderThan80ColumnsForAnyBundledDeckInKorean() throws {
        let decks = try RoundTripDecks.bundled + [RoundTripDecks.trickyDeck, StudySheetTests.longWords()]
        for answers in StudySheet.AnswerPlacement.allCases {
            let sheet = StudySheet.render(decks, answers: answers, language: .ko)
            let lines = sheet.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 4000)
            #expect(sheet.contains("   정답: ") && sheet.contains("   해설: ") && !sheet.contains("Answer:"))
            for line in lines {
                #expect(DisplayWidth.of(line) <= 80, "\(DisplayWidth.of(line)): \(line)")
                #expect(!line.contains("\t") && !line.hasSuffix(" "))
            }
        }
    }
}
