/// One card found in a note by `recall extract`, before it is written into a deck.
///
/// A card is a question with its heading context, an answer, and the place it came from. Its id
/// depends only on the deck name and the question, so re-running the extractor on an edited note
/// gives unchanged questions the same ids however the lines moved or the answers changed.
public struct ExtractedCard: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case basic
        /// Obsidian `Q:::A` and `??` cards: studied in both directions.
        case reversible
        /// Obsidian `==highlight==`: the prompt holds `{{c1::…}}` markers and there is no answer.
        case cloze
    }

    /// Which recogniser found the card; `recall extract --stats` counts them.
    public enum Rule: String, Sendable, CaseIterable {
        case inlineCard = "Q::A"
        case multilineCard = "multi-line ?"
        case highlightCloze = "==cloze=="
        case definition = "definition"
        case koreanDefinition = "Korean definition"
        case outline = "heading or lead list"
        case table = "comparison table"
        /// A statement no other rule asked, with its figures or AWS names hidden (`FactClozes`).
        case factCloze = "fact cloze"
    }

    public var kind: Kind
    public var rule: Rule
    /// The headings (and lead lines) above the card, nearest last; shown before the prompt.
    public var context: [String]
    /// The term or question; for a cloze card the sentence with its cloze markers.
    public var prompt: String
    /// The answer's lines (several make a list); empty for a cloze card.
    public var answer: [String]
    /// The note's name as written in `source::`, and the 1-based line the card starts on.
    public var file: String
    public var line: Int
    /// Written as `tags::`: the note's own tags, its headings' topics and a domain
    /// (`QuizDomains.known`), so a quiz on an extracted deck breaks down by domain.
    public var tags: [String] = []
    /// The question as the deck writes it (`[VPC] Network ACL의 특징은?`), set by the phrasing
    /// step; nil until then, when the question is the breadcrumb.
    public var phrasedQuestion: String?

    public init(kind: Kind = .basic, rule: Rule, context: [String], prompt: String, answer: [String],
                file: String, line: Int, tags: [String] = []) {
        self.kind = kind
        self.rule = rule
        self.context = context
        self.prompt = prompt
        self.answer = answer
        self.file = file
        self.line = line
        self.tags = tags
    }

    /// What the deck's `## ` heading says: the phrased question, else the breadcrumb.
    public var question: String { phrasedQuestion ?? breadcrumb }

    /// `VPC › Network ACL`: the context and the prompt, so the question makes sense on its own.
    public var breadcrumb: String {
        (context + [prompt]).joined(separator: Self.contextSeparator)
    }

    public static let contextSeparator = " › "

    /// `file:line`, as written after `source::`.
    public var source: String { "\(file):\(line)" }

    /// The card's stable id: `CardID.derived` of the deck and the question, the same id the deck
    /// parser would derive for a basic card with this heading. A deck name too long for an
    /// explicit id falls back to `x-` and the hash.
    public func id(deck: String) -> String {
        let derived = CardID.derived(deck: deck, prompt: question)
        if CardID.isValidExplicit(derived) { return derived }
        return "x-" + derived.suffix(10)
    }
}
