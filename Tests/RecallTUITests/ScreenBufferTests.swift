import Testing
@testable import RecallTUI

@Suite struct ScreenBufferTests {
    @Test func hangulTakesTwoColumns() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let end = buffer.write("가나a", row: 0, column: 0)
        #expect(end == 5)
        #expect(buffer.lines == ["가나a"])
        #expect(buffer[0, 1].isContinuation)
        #expect(!buffer[0, 4].isContinuation)
    }

    @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.write("ab가나", row: 0, column: 0)
        #expect(buffer.lines == ["ab가"])
        #expect(buffer[0, 4] == .blank)
        var limited = ScreenBuffer(width: 10, height: 1)
        limited.write("가나다", row: 0, column: 1, limit: 5)
        #expect(limited.lines == [" 가나"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("가나다", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)
        #expect(buffer.lines == [" x나다"])
        buffer.write("y", row: 0, column: 2)
        #expect(buffer.lines == [" xy 다"])
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.write("abc", row: 1, column: 0)
        buffer.write("abc", row: -1, column: 0)
        buffer.write("abcdef", row: 0, column: -2)
        #expect(buffer.lines == ["cde"])
    }

    @Test func fillPaintsStyle() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.fill(row: 0, style: Style(reverse: true))
        #expect(buffer[0, 3].style.reverse)
    }
}

@Suite struct TextWrapTests {
    @Test func wrapsKoreanAtSpacesByDisplayWidth() {
        let lines = TextWrap.wrap("프라이빗 서브넷의 인스턴스가 인터넷으로 나가는 연결", width: 20)
        #expect(lines == ["프라이빗 서브넷의", "인스턴스가", "인터넷으로 나가는", "연결"])
        #expect(lines.allSatisfy { DisplayWidthOf($0) <= 20 })
    }

    @Test func breaksAWordWiderThanTheLineBetweenCharacters() {
        #expect(TextWrap.wrap("가나다라마바사", width: 5) == ["가나", "다라", "마바", "사"])
        #expect(TextWrap.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
    }

    @Test func listItemsHangUnderTheirText() {
        #expect(TextWrap.wrap("- 퍼블릭 서브넷에 둔다", width: 12) == ["- 퍼블릭", "  서브넷에", "  둔다"])
    }

    @Test func keepsEmptyLinesAndShortLines() {
        #expect(TextWrap.wrap("a\n\nb", width: 10) == ["a", "", "b"])
    }

    @Test(arguments: [1, 2, 3, 7, 13, 40])
    func neverExceedsTheWidth(_ width: Int) {
        let text = "AWS Well-Architected 프레임워크의 여섯 가지 원칙: 운영 우수성, 보안, 안정성, 성능 효율성, 비용 최적화, 지속 가능성 arn:aws:iam::123456789012:role/x"
        for line in TextWrap.wrap(text, width: width) {
            #expect(DisplayWidthOf(line) <= max(width, 2))
        }
    }
}

import RecallCore
func DisplayWidthOf(_ s: String) -> Int { DisplayWidth.of(s) }

/// The screens and the printed study sheet wrap by one rule (`DisplayWrap.breakLines`).
@Suite struct OneWrappingRuleTests {
    /// A word wider than what is left of the line starts a new line when it fits there; one wider
    /// than a whole line breaks between characters where it stands. (The study sheet used to move
    /// such a word to a line of its own first, the screens did not.)
    @Test(arguments: [
        ("ab 가나다라마", 6, ["ab 가", "나다라", "마"]),
        ("VPC는 리전 단위 리소스입니다", 12, ["VPC는 리전", "단위", "리소스입니다"]),
        ("x arn:aws:iam::123456789012:role/x", 10, ["x arn:aws:", "iam::12345", "6789012:ro", "le/x"]),
        ("가나다라마바사", 5, ["가나", "다라", "마바", "사"]),
    ])
    func theScreenAndTheSheetBreakLinesAlike(text: String, width: Int, expected: [String]) {
        #expect(TextWrap.wrap(text, width: width) == expected)
        #expect(DisplayWrap.words(text, width: width) == expected)
    }
}
