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

/// Written and read again, a parsed deck gives the same notes (what `fuzz-deck-parser` checks).
@Suite struct DeckWriterFuzzFindingsTests {
    /// A lone `\r` inside a heading is part of the prompt (lines end at `\n`); the writer made it
    /// a space, so the note read back had another prompt.
    @Test func aLoneCarriageReturnInAHeadingSurvivesARoundTrip() throws {
        let deck = try #require(parse("## a\rb\nanswer\n").deck)
        #expect(deck.notes.map(\.prompt) == ["a\rb"])
        let written = DeckWriter.deckFile(DeckWriter.DeckHeader(deck), notes: deck.notes)
        #expect(try #require(parse(written).deck).notes.map(\.prompt) == ["a\rb"])
    }

    /// A prompt from elsewhere (an import) with a CRLF in it is still written on one line.
    @Test func aCRLFInAPromptIsWrittenOnOneLine() {
        let note = Note(id: "n", hasExplicitID: true, deck: "T", kind: .basic, prompt: "a\r\nb", body: "answer",
                        location: SourceLocation(file: "t.md", line: 1), endLine: 2)
        #expect(DeckWriter.note(note).hasPrefix("## a b\n"))
    }
}

/// Line ends as the parser reads them (what `fuzz-deck-parser` checks by writing and reading again).
@Suite struct LineEndFuzzFindingsTests {
    /// A line ending in CR CR LF (a CRLF file converted twice) kept one CR in the body, which
    /// the next read took off: every CR before the line's end is part of the line end.
    @Test func everyCarriageReturnAtALinesEndIsTheLineEnd() throws {
        let deck = try #require(parse("## Q\r\r\nfirst\r\r\r\nsecond\r\n").deck)
        #expect(deck.notes.map(\.body) == ["first\nsecond"])
        let written = DeckWriter.deckFile(DeckWriter.DeckHeader(deck), notes: deck.notes)
        #expect(try #require(parse(written).deck).notes.map(\.body) == ["first\nsecond"])
    }
}

/// Derived ids are ids the writer writes out, so they obey the explicit ids' rule.
@Suite struct DerivedIDFuzzFindingsTests {
    /// A deck name of over 89 letters gave derived ids over 100 characters, which the writer
    /// (`export --format md`, `check --write-ids`) wrote out and the parser then refused.
    @Test func aLongDeckNameGivesAnIDThatCanBeWrittenOut() throws {
        let name = String(repeating: "Networking", count: 12)
        let id = CardID.derived(deck: name, prompt: "Q")
        #expect(CardID.isValidExplicit(id), "\(id)")
        let deck = try #require(parse("---\ndeck: \(name)\n---\n## Q\nA\n").deck)
        let written = DeckWriter.deckFile(DeckWriter.DeckHeader(deck), notes: deck.notes)
        #expect(parse(written).diagnostics.isEmpty)
        #expect(try #require(parse(written).deck).notes.map(\.id) == deck.notes.map(\.id))
    }

    @Test func aShortDeckNameKeepsItsIDs() {
        #expect(CardID.derived(deck: "AWS::VPC", prompt: "NAT 게이트웨이는?").hasPrefix("aws-vpc-"))
        #expect(CardID.derived(deck: String(repeating: "a", count: 89), prompt: "Q").count == 100)
    }
}

/// Front matter tags as the writer writes them (`tags: [a, b]`) read back the same.
@Suite struct FrontMatterTagsFuzzFindingsTests {
    /// `tags: #[containers]` kept a `[` in the tag (only the value's ends were trimmed), and the
    /// written `tags: [[containers]` read back as `containers`.
    @Test(arguments: ["#[containers]", "[containers]", "[ containers ]", "containers", "[#containers]", "[containers, containers]"])
    func bracketsAroundATagAreNotPartOfIt(value: String) throws {
        let deck = try #require(parse("---\ntags: \(value)\n---\n## Q\nA\n").deck)
        #expect(deck.tags == ["containers"])
        let written = DeckWriter.deckFile(DeckWriter.DeckHeader(deck), notes: deck.notes)
        #expect(try #require(parse(written).deck).tags == ["containers"])
    }
}
