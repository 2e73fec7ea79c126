import RecallCore

extension StudyApp {
    /// The ids of the cards likeliest to be shown next: the first of the selected deck's queue
    /// on the home screen, the next of the session's queue on the review screen. The executable
    /// reads their deck files ahead, off the screen's thread, so that Enter or an answer does not
    /// wait for a deck file to be parsed (`CardLookup`).
    public var upcoming: [String] {
        switch screen {
        case .home(let home):
            guard home.rows.indices.contains(home.selected) else { return [] }
            // From the counts' candidates, as Enter will take them: the deck file is read sooner.
            let scope = SessionScope(deck: home.rows[home.selected].deck)
            let candidates = data.candidates(scope, at: now, from: home.candidates)
            return ReviewScreen.first(of: data.queue(scope, candidates: candidates, at: now))
        case .review(let review):
            return review.upcoming
        case .summary, .stats, .exam, .updating:
            return []
        }
    }

    /// True when `upcoming` builds a queue over the cards (the home screen): worth calling off
    /// the screen's thread. In a session it is what the last answer's queue already said.
    public var upcomingCostsAQueue: Bool {
        if case .home = screen { return true }
        return false
    }
}
