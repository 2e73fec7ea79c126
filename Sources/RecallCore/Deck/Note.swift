/// What kind of question a note asks. One note (a `## ` section) gives one or more cards.
public enum NoteKind: String, Sendable, CaseIterable, Codable {
    /// Prompt, then the answer is revealed.
    case basic
    /// Studied in both directions: prompt → answer and answer → prompt.
    case reversible
    /// `{{c1::…}}` blanks; one card per cloze number.
    case cloze
    /// `- [x]` / `- [ ]` options, one or several correct.
    case choice
    /// The learner types the answer; `answer::` and `accept::` say what counts.
    case typein
}

/// One option of a multiple-choice note.
public struct ChoiceOption: Hashable, Sendable, Codable {
    public var text: String
    public var isCorrect: Bool
    public var line: Int

    public init(text: String, isCorrect: Bool, line: Int) {
        self.text = text
        self.isCorrect = isCorrect
        self.line = line
    }
}

/// One `## ` section of a deck file, as written. Cards are derived from it.
public struct Note: Hashable, Sendable {
    /// The stable id: explicit (`<!-- id: … -->`) or derived from deck and normalized prompt.
    public var id: String
    /// True when the id was written in the file, so it survives rewording the prompt.
    public var hasExplicitID: Bool
    public var deck: String
    public var kind: NoteKind
    /// The heading text after `## `.
    public var prompt: String
    /// The Markdown body with metadata lines, id comments and options taken out.
    public var body: String
    public var options: [ChoiceOption]
    /// True when the note says `shuffle:: no`: its options are always shown in the written order
    /// (for options such as "all of the above"). See `OptionOrder`.
    public var pinsOptionOrder: Bool
    /// For type-in notes: the expected answer and the accepted alternatives.
    public var expectedAnswer: String?
    public var alternatives: [String]
    /// Shown after answering.
    public var explanation: String?
    /// The note's own tags plus the deck's tags, deduplicated, in order.
    public var tags: [String]
    /// Where the fact comes from, e.g. `notes.md:120`; falls back to the deck's source.
    public var source: String?
    /// Where the `## ` heading is.
    public var location: SourceLocation
    /// The last line that belongs to this note (for editors and rewriting).
    public var endLine: Int
    /// Cloze numbers used, ascending (cloze notes only).
    public var clozeNumbers: [Int]
    /// `guid:: …`: the guid of a note that came from Anki, when it is not a recall id (Anki's
    /// own guids, such as `f[2#K!x@Bq`, are not). Exports give it to Anki again, so a note that
    /// makes the round trip updates its original instead of arriving twice. Nil: the id is the guid.
    public var guid: String?

    /// What Anki knows the note by: its `guid::`, else its id.
    public var ankiGUID: String { guid ?? id }

    public init(
        id: String, hasExplicitID: Bool, deck: String, kind: NoteKind, prompt: String, body: String,
        options: [ChoiceOption] = [], expectedAnswer: String? = nil, alternatives: [String] = [],
        explanation: String? = nil, tags: [String] = [], source: String? = nil,
        location: SourceLocation, endLine: Int, clozeNumbers: [Int] = [], pinsOptionOrder: Bool = false
    ) {
        self.id = id
        self.hasExplicitID = hasExplicitID
        self.deck = deck
        self.kind = kind
        self.prompt = prompt
        self.body = body
        self.options = options
        self.expectedAnswer = expectedAnswer
        self.alternatives = alternatives
        self.explanation = explanation
        self.tags = tags
        self.source = source
        self.location = location
        self.endLine = endLine
        self.clozeNumbers = clozeNumbers
        self.pinsOptionOrder = pinsOptionOrder
    }

    /// True when more than one option is correct, so the UI lets the learner toggle several.
    public var isMultipleAnswer: Bool { options.filter(\.isCorrect).count > 1 }
}
