/// Today's cards that could be studied, each looked up and sorted once: what `DueQueue` takes
/// from. Counting every row of the home screen (or of `recall due`) filters these by deck
/// instead of looking up 100,000 cards' progress once per row.
public struct DueCandidates: Sendable {
    /// A card that could be shown today.
    public struct Candidate: Sendable {
        public var card: StudyCard
        /// When it is due; nil for a new card.
        public var due: Instant?
        /// A learning card last answered on an earlier study day (a step that crossed a day
        /// boundary, or a card left waiting): Anki's interday learning, buried as a sibling.
        public var interday = false
        /// False when the card's note has no other card: then burying can skip it.
        var hasSiblings: Bool
        /// The card's deck, as an index into `decks`, so that filtering by deck compares numbers.
        var deck: Int
        /// The card's place in deck order, which breaks ties of `due` and orders new cards.
        var order: Int
        /// For a new card: how many new cards of its note come before it (its pass in `new`).
        var rank = 0
    }

    public let day: StudyDay
    /// (Re)learning cards due before the day ends, soonest first.
    public private(set) var learning: [Candidate] = []
    /// Reviews due before the day ends, most overdue first (deck order among equals).
    public private(set) var reviews: [Candidate] = []
    /// Cards never answered, spread out: the first card of each note in deck order, then each
    /// note's second card, and so on, so that siblings are apart even when burying is off.
    public private(set) var new: [Candidate] = []
    /// The deck names of the cards, each once.
    private var decks: [String] = []
    /// Cards that were candidates and are no longer (answered until a later day, suspended,
    /// buried), kept so that an undo can put them back without looking at every card again.
    private var retired: [String: Candidate] = [:]
    /// The earliest time a card left out as buried comes back today: then only a new build
    /// gives what a build from scratch would (see `isCurrent`).
    public private(set) var buriedExpire: Instant?

    /// `cards` in deck order; suspended cards, cards buried until later and orphans are left out.
    /// A card whose deck has an exam is due when `exams` says (`ExamSchedule`).
    public init(cards: [StudyCard], state: ProgressState, day: StudyDay, now: Instant, exams: ExamDues = .none) {
        self.init(cards: cards, day: day, now: now, exams: exams) { state.cards[$0.id].map(CardTiming.init) }
    }

    /// The same from a snapshot's table, which finds each card without a `String`-keyed
    /// dictionary (see `ProgressTable`): what `recall due` counts from.
    public init(cards: [StudyCard], table: ProgressTable, day: StudyDay, now: Instant, exams: ExamDues = .none) {
        self.init(cards: cards, day: day, now: now, exams: exams) { table.timing(of: $0.id) }
    }

    /// The one rule of both: `timing` gives each card's progress, nil for a card with none.
    init(cards: [StudyCard], day: StudyDay, now: Instant, exams: ExamDues, timing: (StudyCard) -> CardTiming?) {
        self.day = day
        var passes: [[Candidate]] = [[]]
        var rank = 0
        var deckIndex: [String: Int] = [:]
        var lastDeck: (name: String, index: Int)?
        // A note's cards are next to each other in deck order, so its siblings are its
        // neighbours, and the rank of a card among its note's new cards needs no lookup.
        var previousNote: Substring?
        var upcoming = cards.first?.note
        var lastNewNote: Substring?
        for (order, card) in cards.enumerated() {
            let current = upcoming ?? card.note
            upcoming = order + 1 < cards.count ? cards[order + 1].note : nil
            let hasSiblings = current == previousNote || current == upcoming
            previousNote = current
            let deck: Int
            if let lastDeck, lastDeck.name == card.deck {
                deck = lastDeck.index
            } else {
                deck = deckIndex[card.deck] ?? decks.count
                if deck == decks.count {
                    deckIndex[card.deck] = deck
                    decks.append(card.deck)
                }
                lastDeck = (card.deck, deck)
            }
            var progress = timing(card)
            if let stored = progress?.due { progress?.due = exams.due(of: card.id, stored: stored) }
            if let progress, progress.suspended || progress.isBuried(at: now) {
                if !progress.suspended, let until = progress.buriedUntil { noteBuried(until) }
                continue
            }
            guard let progress, let state = progress.state else {
                rank = current == lastNewNote ? rank + 1 : 0
                lastNewNote = current
                if rank == passes.count { passes.append([]) }
                passes[rank].append(Candidate(card: card, hasSiblings: hasSiblings, deck: deck, order: order, rank: rank))
                continue
            }
            guard progress.due < day.end else { continue }
            var candidate = Candidate(card: card, hasSiblings: hasSiblings, deck: deck, order: order)
            candidate.due = progress.due
            switch state {
            case .learning, .relearning:
                candidate.interday = (progress.lastReview ?? day.start) < day.start
                learning.append(candidate)
            case .review:
                reviews.append(candidate)
            }
        }
        learning = Self.soonestFirst(learning, start: day.start)
        reviews = Self.soonestFirst(reviews, start: day.start)
        new = passes.count == 1 ? passes[0] : Array(passes.joined())
    }

    /// By due time, then deck order (every learning card and review has a due time). The keys
    /// are sorted, not the candidates: at 100,000 cards that halves the sort.
    private static func soonestFirst(_ list: [Candidate], start: Instant) -> [Candidate] {
        var keys = list.indices.map { (due: list[$0].due?.microseconds ?? start.microseconds, order: list[$0].order, at: $0) }
        keys.sort { ($0.due, $0.order) < ($1.due, $1.order) }
        return keys.map { list[$0.at] }
    }

    /// Only the cards of `deck` and the decks under it (all of them for nil), in the same order.
    public func within(_ deck: String?) -> DueCandidates {
        guard let deck else { return self }
        return within(decks.map { DeckName.name($0, isWithin: deck) })
    }

    /// Only the cards whose deck `selection` takes, by its one deck rule; nil when it also
    /// selects by tag, which the candidates do not know. Why: the home screen's counts already
    /// looked at every card, so a session started from it filters them instead of doing it again.
    public func within(_ selection: CardSelection) -> DueCandidates? {
        guard selection.tags.isEmpty else { return nil }
        if selection.isAll { return self }
        return within(decks.map { selection.includes(deck: $0) })
    }

    /// The candidates of each deck alone, without its sub-decks (what `within` gives for a deck
    /// that holds no other), for every deck of the cards that has any, in one pass.
    func byDeck() -> [String: DueCandidates] {
        var empty = self
        (empty.learning, empty.reviews, empty.new, empty.retired) = ([], [], [], [:])
        var parts = Array(repeating: empty, count: decks.count)
        for candidate in learning { parts[candidate.deck].learning.append(candidate) }
        for candidate in reviews { parts[candidate.deck].reviews.append(candidate) }
        for candidate in new { parts[candidate.deck].new.append(candidate) }
        for (id, candidate) in retired { parts[candidate.deck].retired[id] = candidate }
        return Dictionary(uniqueKeysWithValues: zip(decks, parts))
    }

    private func within(_ inside: [Bool]) -> DueCandidates {
        var result = self
        result.learning = learning.filter { inside[$0.deck] }
        result.reviews = reviews.filter { inside[$0.deck] }
        result.new = new.filter { inside[$0.deck] }
        result.retired = retired.filter { inside[$0.value.deck] }
        return result
    }

    private mutating func noteBuried(_ until: Instant) {
        if until < day.end { buriedExpire = min(buriedExpire ?? until, until) }
    }

    /// True while updating these candidates still gives what a build from scratch at `now`
    /// would: the same study day, and no card left out as buried has come back since.
    public func isCurrent(day: StudyDay, now: Instant) -> Bool {
        day == self.day && buriedExpire.map { now < $0 } ?? true
    }

    /// The card's progress changed (an answer, an undo, suspend, bury): moves the card to where
    /// a build from scratch would put it, and its note's other new cards with it. Returns false,
    /// changing nothing, for a card these candidates do not know: one that was not a candidate
    /// when they were built (an undo after the day turned); then only a new build is right.
    @discardableResult
    public mutating func update(_ id: String, progress: CardProgress?, now: Instant) -> Bool {
        guard var candidate = remove(id) else { return false }
        candidate.due = nil
        candidate.interday = false
        candidate.rank = 0
        if let progress, progress.suspended || progress.isBuried(at: now) {
            if !progress.suspended, let until = progress.buriedUntil { noteBuried(until) }
            retired[id] = candidate
            return true
        }
        guard let schedule = progress?.schedule else {
            insertNew(candidate)
            return true
        }
        guard schedule.due < day.end else {
            retired[id] = candidate
            return true
        }
        candidate.due = schedule.due
        switch schedule.state {
        case .learning, .relearning:
            candidate.interday = (schedule.lastReview ?? day.start) < day.start
            learning.insert(candidate, at: Self.index(in: learning) { ($0.due!, $0.order) < (schedule.due, candidate.order) })
        case .review:
            reviews.insert(candidate, at: Self.index(in: reviews) { ($0.due!, $0.order) < (schedule.due, candidate.order) })
        }
        return true
    }

    /// Takes the card out of whichever list holds it; the note's later new cards move up a pass.
    private mutating func remove(_ id: String) -> Candidate? {
        if let found = retired.removeValue(forKey: id) { return found }
        if let at = learning.firstIndex(where: { $0.card.id == id }) { return learning.remove(at: at) }
        if let at = reviews.firstIndex(where: { $0.card.id == id }) { return reviews.remove(at: at) }
        guard let at = new.firstIndex(where: { $0.card.id == id }) else { return nil }
        let removed = new.remove(at: at)
        if removed.hasSiblings { reRank(note: removed.card.note, after: removed.order, by: -1) }
        return removed
    }

    /// Puts a card that is new again (its answers undone) into its pass, the note's later new
    /// cards one pass down.
    private mutating func insertNew(_ card: Candidate) {
        var card = card
        if card.hasSiblings {
            let note = card.card.note
            card.rank = new.reduce(0) { $0 + ($1.hasSiblings && $1.order < card.order && $1.card.note == note ? 1 : 0) }
            reRank(note: note, after: card.order, by: 1)
        }
        new.insert(card, at: Self.index(in: new) { ($0.rank, $0.order) < (card.rank, card.order) })
    }

    /// Changes the pass of the note's new cards that come after `order`, keeping `new` sorted.
    private mutating func reRank(note: Substring, after order: Int, by change: Int) {
        var moved: [Candidate] = []
        new.removeAll { candidate in
            guard candidate.hasSiblings, candidate.order > order, candidate.card.note == note else { return false }
            var changed = candidate
            changed.rank += change
            moved.append(changed)
            return true
        }
        for card in moved {
            new.insert(card, at: Self.index(in: new) { ($0.rank, $0.order) < (card.rank, card.order) })
        }
    }

    /// The first index whose element is not `before` the one to insert (binary search).
    private static func index(in list: [Candidate], before: (Candidate) -> Bool) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if before(list[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
