import Testing
@testable import RecallCore

/// A lead with seven to ten short lines is still one list card.
@Suite struct LongListTests {
    /// `장점 </br>` under `### … 장단점`: a pseudo-heading whose eight items are the answer.
    @Test func eightShortAdvantagesMakeOneListCard() {
        let cards = extract("""
            # 서밋 후기
            ### Aurora 장단점
            장점 </br>
            - MySQL, PostgreSQL과 호환된다.
            - 스토리지가 자동으로 늘어난다.
            - 데이터를 세 가용 영역에 여섯 벌 복제한다.
            - 읽기 복제본을 최대 15개까지 둘 수 있다.
            - 장애 조치가 빠르다.
            - 백업이 연속으로 S3에 저장된다.
            - 서버리스 옵션이 있다.
            - 글로벌 데이터베이스로 리전 간 복제를 한다.
            #### 단점
            - 비용이 RDS보다 높다.
            """)
        let advantages = cards.first { $0.prompt == "장점" }
        #expect(advantages?.context == ["Aurora 장단점"])
        #expect(advantages?.answer.count == 8)
        #expect(advantages?.line == 3)
    }

    /// Past ten short items, a card per run of at most six, each citing its first line.
    @Test func elevenShortItemsMakeTwoParts() {
        let eleven = (1...11).map { "- 리전 선택 기준 \($0)번" }.joined(separator: "\n")
        let cards = extract("## 고려사항 목록\n" + eleven)
        #expect(cards.map(\.prompt) == ["고려사항 목록 (1/2)", "고려사항 목록 (2/2)"])
        #expect(cards.map(\.answer.count) == [6, 5])
        #expect(cards.map(\.line) == [1, 8])
    }

    /// With a long line, or loose lines a blank line apart, a long section is an overview: no list card.
    @Test func aLongLineOrLooseLinesMakeNoListCard() {
        let long = (1...7).map { "- 짧은 항목 \($0)" } + ["- " + String(repeating: "아주 긴 설명이 이어지는 줄 ", count: 6)]
        #expect(extract("## 목록\n" + long.joined(separator: "\n")).allSatisfy { $0.prompt != "목록" })
        #expect(LeadCards.isShortList((1...7).map { "짧은 항목 \($0)" }))
        // Seven loose lines a blank line apart are a section's notes, not a list.
        let loose = (1...7).map { "- 짧은 항목 \($0)" }.joined(separator: "\n\n")
        #expect(extract("## 목록\n" + loose).allSatisfy { $0.prompt != "목록" })
    }
}
