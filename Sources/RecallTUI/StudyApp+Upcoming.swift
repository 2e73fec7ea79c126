import RecallCore

extension StudyApp {
    /// The ids of the cards likeliest to be shown next: the first of the selected deck's queue
    /// on the home screen, the next of the session's queue on the review screen. The executable
    /// reads their deck files ahead, off the screen's thread, so that Enter or an answer does not
    /// wait for a deck file to be parsed (`CardLookup`). Costs a queue; call it off that thread.
    public func upcoming(limit: Int) -> [String] {
        switch screen {
        case .home(let home):
            guard home.rows.indices.contains(home.selected) else { return [] }
            let queue = data.queue(SessionScope(deck: home.rows[home.selected].deck), at: now)
            return Self.first(of: queue, limit: limit)
        case .review(var review):
            return Self.first(of: review.queue(data: data, now: now), limit: limit)
        case .summary, .updating:
            return []
        }
    }

    private static func first(of queue: DueQueue, limit: Int) -> [String] {
        Array((queue.ordered.prefix(limit) + queue.learningLater.prefix(limit).map(\.id)).prefix(2 * limit))
    }
}
