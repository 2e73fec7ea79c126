/// How ready the learner is for an exam (issue 18 point 2): what `recall exam` prints and its
/// `--json` is, and what the exam screen shows. A value computed from the cards' schedules, the
/// quiz history and the settings (`ExamReadiness.make`), so it is tested without files or a clock.
///
/// Readiness is the mean retrievability of the deck's FSRS cards (studied and new, new counting
/// 0) at an instant, as FSRS computes it (`FSRSScheduler.retrievability(of:at:)`, py-fsrs's
/// `get_card_retrievability`): the share of the deck the learner is expected to recall then, if
/// they study no more. SM-2 cards have no such figure and suspended cards are out of study:
/// both are counted and left out.
public struct ExamReadiness: Hashable, Sendable, Codable {
    /// The deck (its sub-decks included); nil: every deck.
    public var deck: String?
    /// The instant the figures are computed at (ISO 8601).
    public var now: String
    /// The exam, if one applies to the deck.
    public var exam: Exam?
    public var counts: Counts
    /// Mean retrievability now over the FSRS cards (new count 0); nil when there are none.
    public var readinessNow: Double?
    /// The same at the exam instant, assuming no more study; nil without an exam or FSRS cards.
    public var readinessAtExam: Double?
    /// Per domain tag, weakest first (lowest exam-day figure, else lowest figure now).
    public var domains: [Domain]
    /// Studied cards below the target at the exam instant; nil without an exam.
    public var atRisk: AtRisk?
    /// Every FSRS card's two figures, in deck order (what the py-fsrs check compares).
    public var cards: [CardFigures]
    /// What keeping on studying at the daily limits gives; nil when not asked for.
    public var plan: Plan?
    /// The quiz scores per domain, oldest attempt first.
    public var trend: [DomainTrend]

    public struct Exam: Hashable, Sendable, Codable {
        /// The exam instant (ISO 8601 with the learner's offset).
        public var at: String
        /// The study day holding it, yyyy-MM-dd.
        public var day: String
        public var target: Double
        /// Study days from today to the exam's: `D-19`; 0 is `D-Day`.
        public var daysLeft: Int
        /// True once the exam instant has passed: the figures at the exam are then left out.
        public var over: Bool
        /// The deck the exam was set for (a parent's exam applies to its sub-decks); nil: every deck.
        public var deck: String?
    }

    public struct Counts: Hashable, Sendable, Codable {
        /// Every card of the deck, suspended ones included.
        public var cards = 0
        /// Never studied (FSRS; each counts 0 in the figures).
        public var new = 0
        /// Studied with FSRS.
        public var studied = 0
        /// Studied with SM-2: no retrievability to forecast with, so left out of the figures.
        public var sm2 = 0
        /// Suspended: left out everywhere.
        public var suspended = 0
        /// The cards the figures are over: new + studied.
        public var measured: Int { new + studied }
        public init() {}
    }

    public struct Domain: Hashable, Sendable, Codable {
        public var domain: String
        public var cards: Int
        public var new: Int
        public var studied: Int
        public var readinessNow: Double
        public var readinessAtExam: Double?
        public var atRisk: Int?
    }

    public struct CardFigures: Hashable, Sendable, Codable {
        public var id: String
        public var retrievabilityNow: Double
        public var retrievabilityAtExam: Double?
    }

    public struct AtRisk: Hashable, Sendable, Codable {
        public var count: Int
        /// The lowest first, at most `ExamReadiness.atRiskShown`.
        public var first: [CardFigures]
    }

    /// The plan: the learner's cards run forward by `LearnerSimulation` at their daily limits.
    public struct Plan: Hashable, Sendable, Codable {
        /// Days simulated: up to the exam day, or `--days`.
        public var days: Int
        public var newPerDay: Int
        public var reviewsPerDay: Int
        /// The simulated learner's seed (the same seed, the same plan).
        public var seed: UInt64
        /// The study day the last new card is first seen; nil if some stay unseen.
        public var lastNewCardDay: String?
        /// Mean retrievability at the exam instant (or the end of the last day) if the learner
        /// keeps studying.
        public var readinessIfStudying: Double
        /// The smallest new cards a day whose simulation reaches the target; nil: none does
        /// (then `targetReachable` is false). Nil without an exam.
        public var newPerDayForTarget: Int?
        public var targetReachable: Bool?
    }

    public struct DomainTrend: Hashable, Sendable, Codable {
        public var domain: String
        /// The attempts' local dates (yyyy-MM-dd) and scores, oldest first.
        public var dates: [String]
        public var percents: [Int]
        public var first: Int
        public var last: Int
        /// last - first, in percentage points.
        public var change: Int
    }

    /// How many cards at risk are listed.
    public static let atRiskShown = 10
}
