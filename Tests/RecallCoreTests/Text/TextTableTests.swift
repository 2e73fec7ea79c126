import Testing
import RecallCore

@Suite struct TextTableTests {
    /// Hangul counts two columns, numbers line up on the right, and no line ends in spaces.
    @Test func columnsLineUpByDisplayWidth() {
        let lines = TextTable.lines([["DECK", "NEW", "FILE"], ["네트워크", "7", "a.md"], ["AWS::VPC", "120", ""]],
                                    rightAligned: [1])
        #expect(lines == [
            "DECK      NEW  FILE",
            "네트워크    7  a.md",
            "AWS::VPC  120",
        ])
    }

    @Test func shortRowsAndNoRows() {
        #expect(TextTable.lines([]) == [])
        #expect(TextTable.lines([["a", "b"], ["가"]]) == ["a   b", "가"])
    }
}
