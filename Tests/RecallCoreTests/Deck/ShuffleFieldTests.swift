import Testing
@testable import RecallCore

/// `shuffle:: no` pins a multiple-choice note's option order; `recall check` reports misuse.
@Suite struct ShuffleFieldTests {
    @Test(arguments: [("shuffle:: no", true), ("shuffle:: No", true), ("shuffle:: yes", false), ("", false)])
    func readsTheField(line: String, pinned: Bool) throws {
        let result = parse("## Q\n- [x] a\n- [ ] b\n- [ ] 모두 맞음\n\(line)")
        #expect(result.diagnostics.isEmpty)
        let note = try #require(result.deck?.notes.first)
        #expect(note.pinsOptionOrder == pinned)
        #expect(note.body.isEmpty, "the field is not body text")
    }

    @Test func aBadValueIsAnErrorAtItsColumn() {
        #expect(messages(parse("## Q\n- [x] a\n- [ ] b\nshuffle:: 아니요")) == [
            "4:11: 'shuffle::' takes 'yes' or 'no', got '아니요'; 'no' keeps the options in the written order",
        ])
    }

    @Test func onlyMultipleChoiceCardsTakeIt() {
        #expect(messages(parse("## Q\nA\nshuffle:: no")) == [
            "3:1: 'shuffle::' is for multiple-choice cards; this card has no '- [x]' options",
        ])
    }

    @Test func aSecondLineIsAnError() {
        #expect(messages(parse("## Q\n- [x] a\n- [ ] b\nshuffle:: no\nshuffle:: no")) == [
            "5:1: card has a second 'shuffle::' line; keep one",
        ])
    }

    @Test func theDeckWriterKeepsThePin() throws {
        let note = try #require(parse("## Q\n- [x] a\n- [ ] b\nshuffle:: no").deck?.notes.first)
        let written = DeckWriter.note(note)
        #expect(written.contains("shuffle:: no"))
        #expect(parse(written).deck?.notes.first?.pinsOptionOrder == true)
    }
}
