/// What the triage screen decided about drafts, per draft id: what `FILE.triage.json` holds.
///
/// Why per id: a draft's id follows its question, so re-extracting an edited note asks again
/// only about drafts whose question is new, and a kept card deleted from the deck by hand stays
/// decided (it is not asked again nor added back).
public struct TriageDecisions: Hashable, Sendable {
    /// The file's `schema`; a file with another is refused, not overwritten.
    public static let schema = "recall-triage-1"

    public enum Verdict: String, Hashable, Sendable {
        case kept
        case dropped
    }

    public struct Entry: Hashable, Sendable {
        public var id: String
        public var verdict: Verdict
        /// The draft was changed on the screen before it was kept or dropped.
        public var edited: Bool
        public var at: Instant

        public init(id: String, verdict: Verdict, edited: Bool, at: Instant) {
            self.id = id
            self.verdict = verdict
            self.edited = edited
            self.at = at
        }
    }

    public var deck: String
    /// In decision order, each id once.
    public private(set) var entries: [Entry] = []

    public init(deck: String, entries: [Entry] = []) {
        self.deck = deck
        for entry in entries { record(entry) }
    }

    public var ids: Set<String> { Set(entries.map(\.id)) }

    public func count(_ verdict: Verdict) -> Int { entries.filter { $0.verdict == verdict }.count }

    /// Adds a decision; a later decision about the same id replaces the earlier one.
    public mutating func record(_ entry: Entry) {
        entries.removeAll { $0.id == entry.id }
        entries.append(entry)
    }
}
