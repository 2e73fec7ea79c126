/// How many new cards and reviews are still allowed today, globally and per deck.
///
/// Limits come from `config.json`: a global `newPerDay` (20) and `reviewsPerDay` (200), and
/// optional ones per deck name. A deck's limit also binds the decks under it (`AWS` limits
/// `AWS::VPC`), as in Anki's v3 scheduler where a child can't exceed its parent. A card is
/// taken only when the global limit, its own deck's and every ancestor's all have room.
///
/// What was already done today comes from the answers of the current study day: a card's
/// first answer counts as new, an answer to a graduated card as a review; learning steps
/// count against nothing.
public struct DailyLimits: Sendable {
    private var newLeft: Int
    private var reviewsLeft: Int
    /// Remaining per deck name that has a limit of its own.
    private var deckNewLeft: [String: Int] = [:]
    private var deckReviewsLeft: [String: Int] = [:]

    public init(config: StudyConfig, answersToday: [RecentAnswer]) {
        newLeft = config.newPerDay
        reviewsLeft = config.reviewsPerDay
        for (name, limits) in config.decks {
            if let n = limits.newPerDay { deckNewLeft[name] = n }
            if let n = limits.reviewsPerDay { deckReviewsLeft[name] = n }
        }
        for answer in answersToday {
            switch answer.kind {
            case .new: Self.use(&newLeft, &deckNewLeft, deck: answer.deck)
            case .review: Self.use(&reviewsLeft, &deckReviewsLeft, deck: answer.deck)
            case .learning: break
            }
        }
    }

    /// `AWS::VPC::NAT` → `AWS::VPC::NAT`, `AWS::VPC`, `AWS`.
    static func lineage(_ deck: String) -> [String] {
        var names: [String] = []
        var name = Substring(deck)
        while true {
            names.append(String(name))
            guard let range = name.range(of: "::", options: .backwards) else { return names }
            name = name[..<range.lowerBound]
        }
    }

    private static func use(_ global: inout Int, _ perDeck: inout [String: Int], deck: String) {
        global -= 1
        guard !perDeck.isEmpty else { return }
        for name in lineage(deck) where perDeck[name] != nil { perDeck[name]! -= 1 }
    }

    private static func take(_ global: inout Int, _ perDeck: inout [String: Int], deck: String) -> Bool {
        guard global > 0 else { return false }
        if !perDeck.isEmpty {
            let names = lineage(deck)
            for name in names { if let left = perDeck[name], left <= 0 { return false } }
        }
        use(&global, &perDeck, deck: deck)
        return true
    }

    /// Takes one new card from `deck` if every limit that applies has room.
    public mutating func takeNew(deck: String) -> Bool { Self.take(&newLeft, &deckNewLeft, deck: deck) }

    public mutating func takeReview(deck: String) -> Bool { Self.take(&reviewsLeft, &deckReviewsLeft, deck: deck) }

    public var newRemaining: Int { max(0, newLeft) }
    public var reviewsRemaining: Int { max(0, reviewsLeft) }
}

extension StudyConfig {
    /// The whole day's limits that bind every card of `deck` (nil: every deck): the global ones,
    /// or lower ones set for the deck or a parent (deck names exactly, as `DailyLimits` reads
    /// them). The planners (`recall simulate`, the exam's plan and its load balancer) use these.
    public func dailyLimits(forDeck deck: String?) -> (newPerDay: Int, reviewsPerDay: Int) {
        let own = deck.map { DailyLimits.lineage($0).compactMap { decks[$0] } } ?? []
        return (own.compactMap(\.newPerDay).reduce(newPerDay, min), own.compactMap(\.reviewsPerDay).reduce(reviewsPerDay, min))
    }
}
