import Foundation
import Testing
@testable import RecallCore

/// The deck parser is linear (issue 14, point 8). Inputs large enough that the quadratic parser
/// of before took far longer than the generous bound (measured in docs/performance.md: about
/// 4 times longer at each doubling), so that a linear one passes on a loaded machine too.
@Suite struct DeckParserScalingTests {
    /// Every card has an error: counting the errors once per card used to rescan all of them.
    @Test func manyCardsWithAnErrorEachAreLinear() {
        let n = 24_000
        let text = (0..<n).map { "## 질문 \($0)\n" }.joined()
        let clock = ContinuousClock()
        var result: DeckParser.Result?
        let elapsed = clock.measure { result = parse(text) }
        #expect(result?.diagnostics.count == n)
        #expect(result?.diagnostics.last?.location.line == n)
        #expect(result?.diagnostics.last?.message == "card has no answer; write it below the heading")
        #expect(elapsed < .seconds(10), "\(n) cards with an error each took \(elapsed)")
    }

    /// Clozes on one line: each cloze's column used to be counted from the start of the line.
    @Test func manyClozesOnOneLineAreLinear() throws {
        let n = 64_000
        let line = (0..<n).map { "가 {{c1::나\($0 % 10)}} " }.joined()
        let clock = ContinuousClock()
        var result: DeckParser.Result?
        let elapsed = clock.measure { result = parse("## 빈칸\n" + line + "{{c1::끝") }
        let diagnostics = try #require(result?.diagnostics)
        #expect(result?.deck?.notes.first?.clozeNumbers == nil)
        #expect(diagnostics.count == 1)
        // The unclosed cloze is the last thing on the line: each cloze before it is 13 scalars.
        #expect(diagnostics.first?.location.line == 2)
        #expect(diagnostics.first?.location.column == n * 13 + 1)
        #expect(elapsed < .seconds(10), "\(n) clozes on one line took \(elapsed)")
    }
}
