/// The triage of one run of `recall extract --review`: the drafts still to decide, in order,
/// what this session decided, and an undo stack back to its start. Pure: the screen feeds it
/// keys, and the executable writes `deckText` and `decisions` after every decision.
public struct TriageSession: Hashable, Sendable {
    /// A decision of this session: the card as it was kept (or dropped), with its draft's id.
    public struct Decided: Hashable, Sendable {
        public var draft: TriageDraft
        public var verdict: TriageDecisions.Verdict
        public var at: Instant
    }

    /// What undo goes back to: everything that an action changes.
    private struct State: Hashable, Sendable {
        var queue: [TriageDraft]
        var position = 0
        var decided: [Decided] = []
        var skipped = 0
        /// When each draft was last edited, for its `later` entry.
        var editedAt: [String: Instant] = [:]
    }

    private var state: State
    private var undoStack: [State] = []
    /// The decisions found on disk when the session opened; this session's are added to them.
    public let earlier: TriageDecisions
    /// Every draft of the notes, decided before or not.
    public let total: Int

    /// The session over `deck`'s drafts that are still to decide: not in `earlier` (kept or
    /// dropped before, even if since deleted from the deck by hand) and not already in the deck
    /// file (`inDeck`, its notes' ids). Ids follow questions, so an edited note asks only about
    /// its new questions.
    public init(deck: DraftDeck, earlier: TriageDecisions, inDeck: Set<String>) {
        let decided = earlier.ids
        let drafts = deck.cards.map { TriageDraft(card: $0, id: deck.id(of: $0)) }
            .filter { !decided.contains($0.id) && !inDeck.contains($0.id) }
        self.init(drafts: drafts, earlier: earlier, total: deck.cards.count)
    }

    public init(drafts: [TriageDraft], earlier: TriageDecisions, total: Int) {
        state = State(queue: drafts)
        self.earlier = earlier
        self.total = max(total, drafts.count)
        // The edits saved undecided (`later`), each undoable; the first draft's on top of the stack.
        let pending = earlier.pendingEdits
        for index in drafts.indices.reversed() {
            let draft = drafts[index]
            guard let note = pending[draft.id],
                  case .success(let card) = DraftEditText.card(from: note, replacing: draft, deck: earlier.deck, file: earlier.deck),
                  card != draft.card else { continue }
            change { $0.queue[index].replace(with: card) }
        }
    }

    /// The draft on the screen, or nil when every draft has been decided or skipped.
    public var current: TriageDraft? {
        state.queue.indices.contains(state.position) ? state.queue[state.position] : nil
    }

    public var isFinished: Bool { current == nil }
    public var decided: [Decided] { state.decided }
    public var canUndo: Bool { !undoStack.isEmpty }

    /// `37 / 154`: the current draft's number among all drafts of the notes.
    public var number: Int { total - state.queue.count + state.position + 1 }
    public var kept: Int { earlier.count(.kept) + sessionCount(.kept) }
    public var dropped: Int { earlier.count(.dropped) + sessionCount(.dropped) }
    public func sessionCount(_ verdict: TriageDecisions.Verdict) -> Int { state.decided.filter { $0.verdict == verdict }.count }
    /// Decided in this session after an edit.
    public var edited: Int { state.decided.filter(\.draft.edited).count }
    /// Skipped with `s` in this session.
    public var skipped: Int { state.skipped }
    /// Skipped, or not reached yet: still undecided, asked again next time.
    public var leftForLater: Int { state.skipped + max(0, state.queue.count - state.position) }

    public mutating func decide(_ verdict: TriageDecisions.Verdict, at now: Instant) {
        guard let draft = current else { return }
        change { state in
            state.decided.append(Decided(draft: draft, verdict: verdict, at: now))
            state.position += 1
        }
    }

    /// `s`: leaves the draft undecided and goes on.
    public mutating func skip() {
        guard current != nil else { return }
        change { state in
            state.skipped += 1
            state.position += 1
        }
    }

    /// Changes the current draft (an edit, a kind, tags), undoably; no change, no undo step.
    public mutating func edit(at now: Instant? = nil, _ body: (inout TriageDraft) -> Void) {
        guard var draft = current else { return }
        body(&draft)
        guard draft != current else { return }
        change { state in
            state.queue[state.position] = draft
            if let now { state.editedAt[draft.id] = now }
        }
    }

    /// Takes back the last decision, skip or edit; false when there is nothing left to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let last = undoStack.popLast() else { return false }
        state = last
        return true
    }

    private mutating func change(_ body: (inout State) -> Void) {
        undoStack.append(state)
        body(&state)
    }

    /// The kept cards of this session, in decision order, with their ids.
    public var keptCards: [(card: ExtractedCard, id: String)] {
        state.decided.filter { $0.verdict == .kept }.map { ($0.draft.card, $0.draft.id) }
    }

    /// The deck file's text: `base` (the file as it was when triage opened, or a new deck's
    /// front matter and title) kept byte for byte, then this session's kept cards.
    public func deckText(base: String) -> String { DraftWriter.appending(keptCards, to: base) }

    /// The decisions file's content: the earlier decisions and this session's, and each draft
    /// still to decide that is edited as `later` with its edited note (an undone edit, none).
    public var decisions: TriageDecisions {
        var all = earlier
        let decidedIDs = Set(state.decided.map(\.draft.id))
        let earlierAt = Dictionary(earlier.entries.map { ($0.id, $0.at) }) { _, last in last }
        for draft in state.queue where !decidedIDs.contains(draft.id) {
            if draft.edited {
                let at = state.editedAt[draft.id] ?? earlierAt[draft.id] ?? Instant(secondsSinceEpoch: 0)
                all.record(.init(id: draft.id, verdict: .later, edited: true, at: at, note: DraftEditText.text(of: draft)))
            } else if earlier.pendingEdits[draft.id] != nil {
                all.remove(id: draft.id)
            }
        }
        for decided in state.decided {
            all.record(.init(id: decided.draft.id, verdict: decided.verdict, edited: decided.draft.edited, at: decided.at))
        }
        return all
    }
}
