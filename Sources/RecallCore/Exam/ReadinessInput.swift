/// One card as readiness sees it: its id, the domains it counts toward (`QuizDomains.of(tags:)`)
/// and its progress (nil: never answered).
public struct ReadinessCard: Hashable, Sendable {
    public var id: String
    public var domains: [String]
    public var progress: CardProgress?

    public init(id: String, domains: [String], progress: CardProgress?) {
        self.id = id
        self.domains = domains
        self.progress = progress
    }

    /// How the card enters the figures.
    enum Kind { case new, studied, sm2, suspended }

    var kind: Kind {
        guard let progress else { return .new }
        if progress.suspended { return .suspended }
        guard let schedule = progress.schedule, !schedule.isNew else { return .new }
        return progress.scheduler == .sm2 ? .sm2 : .studied
    }
}

/// What readiness is computed with: the instant, the exam, the learner's scheduler and limits,
/// the day rule. Passed in, so the core reads no clock and no file.
public struct ReadinessSettings: Sendable {
    public var now: Instant
    /// The deck's exam (`StudyConfig.exam(forDeck:)`); nil: none.
    public var exam: ExamDate?
    /// `SchedulerSet(config:).fsrs`: the learner's weights when fitted.
    public var scheduler: FSRSScheduler
    public var rolloverHour: Int
    public var utcOffset: @Sendable (Instant) -> Int
    public var newPerDay: Int
    public var reviewsPerDay: Int
    /// Days to simulate for the plan; nil: up to the exam day with an exam ahead, else no plan.
    public var planDays: Int?
    /// False: no plan at all (the simulations take the most time).
    public var plan: Bool
    /// The simulated learner's seed.
    public var seed: UInt64

    public init(now: Instant, exam: ExamDate?, scheduler: FSRSScheduler, rolloverHour: Int = 4,
                utcOffset: @escaping @Sendable (Instant) -> Int, newPerDay: Int = 20, reviewsPerDay: Int = 200,
                planDays: Int? = nil, plan: Bool = true, seed: UInt64 = 1) {
        self.now = now
        self.exam = exam
        self.scheduler = scheduler
        self.rolloverHour = rolloverHour
        self.utcOffset = utcOffset
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
        self.planDays = planDays
        self.plan = plan
        self.seed = seed
    }
}
