import Foundation
import Testing
@testable import RecallCore

/// `SingleScalarText` lets the exports walk text by scalar; that is only right if each scalar
/// it accepts is a character of its own next to anything else it accepts, as wide as that
/// character, and equal to no other character.
@Suite struct SingleScalarTextTests {
    static let accepted: [Unicode.Scalar] = (0...0x10FFFF).compactMap { value in
        guard SingleScalarText.isOwnCharacter(UInt32(value)) else { return nil }
        return Unicode.Scalar(UInt32(value))
    }

    /// One neighbour of each grapheme-break class among the accepted scalars: other (`a`),
    /// control (soft hyphen), LV and LVT syllables (`가`, `각`), pictographic (`↔`), jamo (`ㄱ`).
    static let neighbours: [Unicode.Scalar] = ["a", " ", "\u{AD}", "가", "각", "↔", "ㄱ", "漢", "…"]

    @Test func everyAcceptedScalarIsACharacterOfItsOwnBesideEveryKindOfNeighbour() {
        #expect(Self.accepted.count > 30_000)
        var wrong: [String] = []
        for scalar in Self.accepted {
            for neighbour in Self.neighbours {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: [neighbour, scalar, neighbour, scalar])
                if String(text).count != 4 { wrong.append(String(format: "U+%04X beside U+%04X", scalar.value, neighbour.value)) }
            }
            let character = Character(scalar)
            if DisplayWidth.of(character) != DisplayWidth.of(scalar) { wrong.append(String(format: "U+%04X width", scalar.value)) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }

    @Test func noAcceptedScalarEqualsAnotherAsACharacter() {
        // Character equality is canonical equivalence: U+1FEF is a backtick to `==`. Any scalar
        // with a decomposition of one scalar (a singleton) would break the by-scalar scanner.
        var wrong: [String] = []
        for scalar in Self.accepted {
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.count == 1, decomposed.first != scalar { wrong.append(String(format: "U+%04X", scalar.value)) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
        #expect(!SingleScalarText.isOwnCharacter(0x1FEF) && !SingleScalarText.isOwnCharacter(0x0301) && !SingleScalarText.isOwnCharacter(0x200D))
        #expect(!SingleScalarText.holds("가\r\n나") && !SingleScalarText.holds("e\u{301}") && SingleScalarText.holds("서울 리전 ap-northeast-2 → “NAT”"))
    }
}
