import Testing
@testable import RecallCore
import RecallTestSupport

/// The byte searches that replaced Character searches in the parsers (issue 14 point 8) give
/// what the Character searches gave, on random text built from the pieces that could tell them
/// apart: a combining mark after a match, a prepended mark before it, CR LF, Hangul jamo.
@Suite struct ByteSearchTests {
    static let pieces = ["{", "{{c", "c", "\u{301}", "\u{600}", "}}", "}", "::", ":", "1", "\r\n", "\r", "\n", "한", "\u{1112}\u{1161}",
                         "\u{A0}", "a ", "<!-- source: ", " -->", "|", "\\|", "-", "<br>", "&", "\u{200D}"]

    static func randomText(_ random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...16, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test(arguments: ["{{c", "}}", "::", "<!-- source: ", " -->", "|"])
    func firstRangeOfASCIIIsFirstRangeOf(_ needle: String) {
        var random = SeededRandom(seed: 8)
        for _ in 0..<4_000 {
            let text = Self.randomText(&random)
            // From the start and from a Character inside, as the cloze scans search.
            for start in [text.startIndex, text.index(text.startIndex, offsetBy: min(2, text.count))] {
                let slice = text[start...]
                #expect(slice.firstRange(ofASCII: needle) == slice.firstRange(of: needle), "\(text.debugDescription) \(needle)")
            }
        }
    }

    @Test(arguments: [("\u{A0}", " "), ("\\|", "|"), ("|", "\\|"), ("\r\n", "<br>"), ("\n", "<br>"), ("{{c", "{\\{c")])
    func replacingIfPresentIsReplacing(_ target: String, _ replacement: String) {
        var random = SeededRandom(seed: 9)
        for _ in 0..<4_000 {
            let text = Self.randomText(&random)
            #expect(text.replacingIfPresent(target, with: replacement) == text.replacing(target, with: replacement), "\(text.debugDescription)")
        }
    }

    @Test func whitespaceFastIsWhitespace() {
        var characters = (0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", " \u{301}", "\u{A0}", "\u{3000}", "\u{85}", "\u{2028}", "한", "\u{1C}"]
        for character in characters {
            #expect(character.isWhitespaceFast == character.isWhitespace, "\(character.debugDescription)")
        }
    }

    /// `trimmed` takes a short cut when both ends are printable ASCII or Hangul syllables.
    @Test func trimmedIsTheCharacterRule() {
        var random = SeededRandom(seed: 10)
        let pieces = Self.pieces + [" ", "\t", "\u{3000}", "\u{1100}", "가", "\u{1161}", "x", "\u{0600}"]
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let first = text.firstIndex { !$0.isWhitespace }
            let plain = first.map { text[$0...text.lastIndex { !$0.isWhitespace }!] } ?? text[text.endIndex...]
            #expect(text.trimmed == plain, "\(text.debugDescription)")
        }
    }
}
