import Testing
@testable import RecallCore

/// Anki text files with fields no editor writes: the row is skipped with its line and the
/// reason, the other rows are imported, and nothing crashes.
@Suite struct AnkiTextImportLimitsTests {
    @Test func aFieldNestedTooDeepSkipsItsRowOnly() {
        let deep = String(repeating: "<div>", count: 40_000) + "답" + String(repeating: "</div>", count: 40_000)
        let text = "#separator:tab\n#html:true\n질문 하나\t답 하나\n질문 둘\t\(deep)\n질문 셋\t답 셋\n"
        let read = AnkiTextImport.read(text, file: "deep.txt")
        #expect(read.notes.map(\.prompt) == ["질문 하나", "질문 셋"])
        #expect(read.skipped.map(\.description) == [
            "deep.txt:4:1: row skipped: field 2 nests HTML elements more than \(HTMLFragment.maximumDepth) deep, "
                + "which recall does not read; simplify the field in Anki and export again",
        ])
    }

    /// Each repeated question gets the next free suffix at once (it counted up from 2 each time).
    @Test func twentyThousandRowsWithOneQuestion() {
        let text = "#separator:tab\n" + (1...20_000).map { "같은 질문\t답 \($0)\n" }.joined()
        let read = AnkiTextImport.read(text, file: "same.txt")
        let result = DeckImport.assemble(read.notes, file: "same.txt", defaultDeck: "같은")
        let ids = result.notes.map(\.id)
        #expect(result.skipped.isEmpty)
        #expect(ids.count == 20_000)
        #expect(Set(ids).count == 20_000)
        #expect(ids[1] == ids[0] + "-2")
        #expect(ids.last == ids[0] + "-20000")
    }
}
