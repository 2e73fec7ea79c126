/// The options of the FSRS scheduler, with py-fsrs 6.3.2's defaults.
public struct FSRSSettings: Hashable, Sendable, Codable {
    public var parameters: FSRSParameters
    /// The probability of recall at which a card falls due, above 0 and below 1: 0.9.
    public var desiredRetention: Double
    public var learningSteps: [TimeSpan]
    public var relearningSteps: [TimeSpan]
    /// The longest review interval, in days: 36,500.
    public var maximumInterval: Int
    public var fuzz: Bool

    public init(parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
                learningSteps: [TimeSpan] = LearningSteps.defaultLearning,
                relearningSteps: [TimeSpan] = LearningSteps.defaultRelearning,
                maximumInterval: Int = 36_500, fuzz: Bool = true) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzz = fuzz
    }
}

/// Both schedulers' settings and which one is used: globally (`scheduler`), unless a deck's
/// front matter names its own (`Deck.scheduler`).
public struct SchedulingSettings: Hashable, Sendable, Codable {
    /// The scheduler for decks that do not choose one: FSRS.
    public var scheduler: SchedulerKind
    public var fsrs: FSRSSettings
    public var sm2: SM2Settings

    public init(scheduler: SchedulerKind = .fsrs, fsrs: FSRSSettings = FSRSSettings(), sm2: SM2Settings = SM2Settings()) {
        self.scheduler = scheduler
        self.fsrs = fsrs
        self.sm2 = sm2
    }

    /// The scheduler a deck uses: its own choice, else the global one.
    public func makeScheduler(deckChoice: SchedulerKind? = nil) throws(SchedulerSettingsError) -> any CardScheduler {
        switch deckChoice ?? scheduler {
        case .fsrs: return try FSRSScheduler(settings: fsrs)
        case .sm2: return try SM2Scheduler(settings: sm2)
        }
    }

    public func makeScheduler(for deck: Deck) throws(SchedulerSettingsError) -> any CardScheduler {
        try makeScheduler(deckChoice: deck.scheduler)
    }
}
