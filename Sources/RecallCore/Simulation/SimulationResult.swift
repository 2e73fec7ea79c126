/// One simulated study day.
public struct SimulatedDay: Hashable, Sendable, Codable {
    /// The study day, yyyy-MM-dd.
    public var date: String
    /// Answers given that day (all kinds: new, learning steps, reviews, cram).
    public var reviews: Int
    /// Cards seen for the first time.
    public var newCards: Int
    /// Time spent answering.
    public var seconds: Double
    /// Cards studied at least once, by the day's end.
    public var learned: Int
    /// Sum of every card's retrievability at the day's end (new: 0).
    public var expectedRemembered: Double

    public init(date: String, reviews: Int = 0, newCards: Int = 0, seconds: Double = 0, learned: Int = 0,
                expectedRemembered: Double = 0) {
        self.date = date; self.reviews = reviews; self.newCards = newCards; self.seconds = seconds
        self.learned = learned; self.expectedRemembered = expectedRemembered
    }
}

/// What a simulation gives: the days, when the last new card was seen, and the recall measured.
public struct SimulationResult: Hashable, Sendable, Codable {
    public var days: [SimulatedDay]
    /// The study day (yyyy-MM-dd) the last new card was first seen; nil if some stay unseen.
    /// With no card new at the start, the first simulated day.
    public var lastNewCardDay: String?
    /// Mean retrievability of all the cards at `measureAt` (new cards count 0).
    public var recallAt: Double
    public var totalReviews: Int

    public init(days: [SimulatedDay], lastNewCardDay: String?, recallAt: Double, totalReviews: Int) {
        self.days = days; self.lastNewCardDay = lastNewCardDay; self.recallAt = recallAt; self.totalReviews = totalReviews
    }
}
