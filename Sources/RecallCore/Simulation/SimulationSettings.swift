/// How a simulation runs: its length, the daily limits, the seed of the simulated learner's
/// answers, the exam it schedules toward, and what an answer costs in time.
public struct SimulationSettings: Hashable, Sendable {
    public var days: Int
    public var newPerDay: Int
    public var reviewsPerDay: Int
    /// Seeds the simulated learner's answers: the same seed, the same run.
    public var seed: UInt64
    /// Schedule toward this exam (ExamSchedule) while it is ahead; nil: normal scheduling.
    public var exam: ExamDate?
    /// Seconds an answer takes, by what the card was before it (new, learning/relearning, review).
    public var secondsNew: Double, secondsLearning: Double, secondsReview: Double
    /// The instant at which `recallAt` is measured (the exam's, usually); nil: the end of the last day.
    public var measureAt: Instant?
    /// A cram on the last `cramDays` simulated days: after the day's queue, every card studied
    /// before and not yet answered that day is answered once more (beyond the review limit,
    /// as a cram is), and rescheduled by the scheduler like any answer. 0: no cram.
    public var cramDays = 0

    public init(days: Int, newPerDay: Int = 20, reviewsPerDay: Int = 200, seed: UInt64 = 1, exam: ExamDate? = nil,
                secondsNew: Double = 20, secondsLearning: Double = 10, secondsReview: Double = 8, measureAt: Instant? = nil) {
        self.days = days; self.newPerDay = newPerDay; self.reviewsPerDay = reviewsPerDay; self.seed = seed; self.exam = exam
        self.secondsNew = secondsNew; self.secondsLearning = secondsLearning; self.secondsReview = secondsReview; self.measureAt = measureAt
    }
}
