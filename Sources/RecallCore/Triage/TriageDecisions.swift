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
        /// Not decided yet, but edited: the edit (`note`) is kept for the next run.
        case later
    }

    public struct Entry: Hashable, Sendable {
        public var id: String
        public var verdict: Verdict
        /// The draft was changed on the screen before it was kept or dropped.
        public var edited: Bool
        public var at: Instant
        /// A `later` draft as it was edited: one deck note, as `DraftWriter` writes it.
        public var note: String?

        public init(id: String, verdict: Verdict, edited: Bool, at: Instant, note: String? = nil) {
            self.id = id
            self.verdict = verdict
            self.edited = edited
            self.at = at
            self.note = note
        }
    }

    public var deck: String
    /// In decision order, each id once.
    public private(set) var entries: [Entry] = []

    public init(deck: String, entries: [Entry] = []) {
        self.deck = deck
        for entry in entries { record(entry) }
    }

    /// The drafts kept or dropped (a `later` one is still to decide).
    public var ids: Set<String> { Set(entries.filter { $0.verdict != .later }.map(\.id)) }

    /// The edited drafts still to decide: id to the edited note.
    public var pendingEdits: [String: String] {
        Dictionary(entries.compactMap { entry in entry.verdict == .later ? entry.note.map { (entry.id, $0) } : nil }) { _, last in last }
    }

    public func count(_ verdict: Verdict) -> Int { entries.filter { $0.verdict == verdict }.count }

    /// Adds a decision; a later decision about the same id replaces the earlier one.
    public mutating func record(_ entry: Entry) {
        entries.removeAll { $0.id == entry.id }
        entries.append(entry)
    }

    public mutating func remove(id: String) { entries.removeAll { $0.id == id } }
}
