/// Which scheduler plans a deck's reviews. FSRS-6 is the default; SM-2 is Anki's classic.
public enum SchedulerKind: String, Sendable, CaseIterable, Codable {
    case fsrs
    case sm2
}

/// One deck file, parsed.
public struct Deck: Hashable, Sendable {
    /// Hierarchical, `AWS::VPC`: from front matter, else from the file's path under the deck folder.
    public var name: String
    /// The path as the user gave it, used in messages.
    public var file: String
    public var tags: [String]
    public var source: String?
    public var scheduler: SchedulerKind?
    public var notes: [Note]

    public init(name: String, file: String, tags: [String] = [], source: String? = nil,
                scheduler: SchedulerKind? = nil, notes: [Note] = []) {
        self.name = name
        self.file = file
        self.tags = tags
        self.source = source
        self.scheduler = scheduler
        self.notes = notes
    }

    public var cards: [Card] { notes.flatMap(\.cards) }
}
