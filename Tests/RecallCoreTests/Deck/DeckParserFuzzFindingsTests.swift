import Testing
@testable import RecallCore

/// Inputs the fuzz target `fuzz-deck-parser` found (FuzzTesting/), each kept as a test of the
/// property it broke.
@Suite struct DeckParserFuzzFindingsTests {
    /// The value's column assumed one space after the colon: `deck:` with nothing after it
    /// was reported at column 7 of a 5-column line.
    @Test(arguments: [
        ("deck:", "2:6: deck name is empty"),
        ("deck:    ", "2:6: deck name is empty"),
        ("deck:   Bad::", "2:9: deck name 'Bad::' has an empty part; write parts like 'AWS::VPC'"),
        ("scheduler:x", "2:11: unknown scheduler 'x'; use 'fsrs' or 'sm2'"),
        ("  scheduler:  x", "2:15: unknown scheduler 'x'; use 'fsrs' or 'sm2'"),
    ])
    func frontMatterValueColumnIsWhereTheValueIs(line: String, expected: String) {
        let result = parse("---\n\(line)\n---\n## Q\nA\n")
        #expect(messages(result) == [expected])
    }
}
