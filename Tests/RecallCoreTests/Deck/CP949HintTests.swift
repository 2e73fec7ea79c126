import RecallTestSupport
import Testing
@testable import RecallCore

/// A deck or import file saved as CP949 (EUC-KR), as Korean Windows saves text, gets a hint to
/// convert it, next to the invalid-UTF-8 errors.
@Suite struct CP949HintTests {
    /// `## 가용 영역\n리전 안의 데이터 센터\n` in CP949.
    static let cp949: [UInt8] = [0x23, 0x23, 0x20, 0xB0, 0xA1, 0xBF, 0xEB, 0x20, 0xBF, 0xB5, 0xBF, 0xAA, 0x0A,
                                 0xB8, 0xAE, 0xC0, 0xFC, 0x20, 0xBE, 0xC8, 0xC0, 0xC7, 0x20, 0xB5, 0xA5, 0xC0, 0xCC,
                                 0xC5, 0xCD, 0x20, 0xBC, 0xBE, 0xC5, 0xCD, 0x0A]

    static let hint = "bad.md:1:1: warning: this looks like CP949 (EUC-KR), as Korean Windows saves text; "
        + "convert it: iconv -f cp949 -t utf-8 bad.md > bad.md.utf8"

    @Test func aCP949DeckGetsTheHintAfterTheErrors() {
        let result = DeckParser.parse(bytes: Self.cp949, file: "bad.md", defaultDeckName: "bad")
        #expect(result.diagnostics.map(\.description) == [
            "bad.md:1:4: file is not UTF-8 text (invalid byte here); save it as UTF-8",
            "bad.md:2:1: file is not UTF-8 text (invalid byte here); save it as UTF-8",
            Self.hint,
        ])
    }

    @Test func otherBadBytesGetNoHint() {
        let latin1: [UInt8] = Array("## Caf".utf8) + [0xE9, 0x0A]  // "Café" in Latin-1: a lone lead byte
        #expect(!UTF8Check.problems(in: latin1, file: "bad.md").contains { $0.severity == .warning })
        var generator = SeededRandom(seed: 7)
        let random = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(!UTF8Check.problems(in: random, file: "bad.md").contains { $0.severity == .warning })
        #expect(!CP949Guess.isPlausible(Array("## 가용 영역\n".utf8)), "UTF-8 Hangul is not CP949")
        #expect(CP949Guess.isPlausible(Self.cp949))
    }

    @Test func aCP949CsvImportGetsTheHint() {
        let header = Array("id,question,answer\n".utf8)
        let result = DeckImport.read(bytes: header + Array("a,".utf8) + [0xB0, 0xA1, 0xBF, 0xEB, 0x0A], file: "bad.md",
                                     format: .csv, defaultDeck: "bad")
        #expect(result.skipped.map(\.description).last == Self.hint)
    }
}
