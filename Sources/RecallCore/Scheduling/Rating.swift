/// The learner's answer to a card, with py-fsrs's numbering (its `Rating` enum).
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
    /// Forgotten.
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled after some hesitation.
    case good = 3
    /// Recalled at once.
    case easy = 4

    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }

    /// The button label for the review screen.
    public var label: String {
        switch self {
        case .again: return "Again"
        case .hard: return "Hard"
        case .good: return "Good"
        case .easy: return "Easy"
        }
    }
}

/// Where a card is in its life, with py-fsrs's numbering (its `State` enum).
/// A new card is `learning` at step 0 and has never been reviewed.
public enum CardState: Int, Sendable, Codable, CaseIterable {
    /// New, or working through the learning steps (minutes apart).
    case learning = 1
    /// Graduated: scheduled in whole days.
    case review = 2
    /// Forgotten after graduating, working through the relearning steps.
    case relearning = 3
}
