/// Runs a learner's cards forward day by day, with the real scheduler and a simulated learner
/// (`SimulatedLearner`): what `recall simulate`, the readiness plan and the exam benchmark
/// measure. Pure and seeded: the same cards, settings and seed give the same result.
///
/// Each day is studied as recall's queue gives it (`DueQueue`): learning cards when they come
/// due within the day, then reviews due by the day's end, most overdue first, up to the review
/// limit, then new cards in card order up to the new-card limit, then (on the last
/// `cramDays`) the cram. Study starts 4 hours after the day starts (08:00 with the default
/// rollover at 04:00), or at `start` on the first day if that is later, and each answer moves
/// the clock on by its seconds; learning steps due later that day are answered when their
/// time comes. A card's recall probability is the scheduler's `retrievability` for a review,
/// FSRS's forgetting curve at the fractional days since the last answer for a (re)learning
/// step, and the first answer to a new card follows fixed shares (see `SimulatedLearner`).
public enum LearnerSimulation {
    /// When the day's study starts, after the day's start.
    static let studyStart = TimeSpan.hours(4)

    /// Runs the cards forward day by day from the study day holding `start` (FSRS with
    /// `scheduler`; answers drawn from the model's recall probability with the seed).
    public static func run(cards: [SimulationCard], scheduler: FSRSScheduler, settings: SimulationSettings,
                           start: Instant, rolloverHour: Int, utcOffset: @escaping @Sendable (Instant) -> Int) -> SimulationResult {
        var run = Run(cards: cards, scheduler: scheduler, settings: settings)
        let examSchedule = settings.exam.map {
            ExamSchedule(exam: $0, scheduler: scheduler, reviewsPerDay: settings.reviewsPerDay,
                         rolloverHour: rolloverHour, utcOffset: utcOffset)
        }
        let first = StudyDay.containing(start, rolloverHour: rolloverHour, utcOffset: utcOffset)
        var days: [SimulatedDay] = []
        var lastNewCardDay: String? = run.newOrder.isEmpty ? first.dateText : nil
        var end = start
        for index in 0..<max(settings.days, 0) {
            let day = StudyDay.named(first.dayNumber + Int64(index), rolloverHour: rolloverHour, utcOffset: utcOffset)
            let clock = max(day.start + studyStart, start)
            let examDues = settings.exam.flatMap { exam in clock < exam.at ? examSchedule : nil }
                .map { run.examDues($0, now: clock) }
            let cram = index >= settings.days - settings.cramDays
            var simulated = run.study(day, from: clock, examDues: examDues, cram: cram)
            if lastNewCardDay == nil, run.nextNew == run.newOrder.count { lastNewCardDay = day.dateText }
            simulated.expectedRemembered = run.remembered(at: day.end)
            days.append(simulated)
            end = day.end
        }
        let measured = run.cards.isEmpty ? 0 : run.remembered(at: settings.measureAt ?? end) / Double(run.cards.count)
        return SimulationResult(days: days, lastNewCardDay: lastNewCardDay, recallAt: measured,
                                totalReviews: days.reduce(0) { $0 + $1.reviews })
    }

    /// The cards as the simulation goes.
    struct Run {
        let cards: [SimulationCard]
        let scheduler: FSRSScheduler
        let settings: SimulationSettings
        var schedules: [CardSchedule?]
        var learner: SimulatedLearner
        /// The cards new at the start, in card order, and how many of them have been seen.
        let newOrder: [Int]
        var nextNew = 0
        var learned: Int
        /// The study day each card was last answered on, so that a cram skips it.
        var answeredOn: [Int64?]

        init(cards: [SimulationCard], scheduler: FSRSScheduler, settings: SimulationSettings) {
            self.cards = cards
            self.scheduler = scheduler
            self.settings = settings
            schedules = cards.map(\.schedule)
            learner = SimulatedLearner(seed: settings.seed)
            newOrder = cards.indices.filter { cards[$0].schedule == nil }
            learned = cards.count - newOrder.count
            answeredOn = Array(repeating: nil, count: cards.count)
        }

        /// Sum of every card's retrievability at `instant`, as the scheduler computes it.
        func remembered(at instant: Instant) -> Double {
            schedules.reduce(0) { sum, schedule in sum + (schedule.map { scheduler.retrievability(of: $0, at: instant) } ?? 0) }
        }

        /// The studied cards' dues under the exam rule, given all of them as the queue gives them
        /// (the rule moves only review cards, and spreads them by every card's load).
        func examDues(_ exam: ExamSchedule, now: Instant) -> [Int: Instant] {
            let studied = schedules.indices.filter { schedules[$0] != nil }
            let dues = exam.dues(of: studied.map { ExamCard(id: cards[$0].id, schedule: schedules[$0]!) }, now: now)
            return Dictionary(uniqueKeysWithValues: zip(studied, dues))
        }

        /// One day's study from `clock`: the day's queue, answered in order.
        mutating func study(_ day: StudyDay, from start: Instant, examDues: [Int: Instant]?, cram: Bool) -> SimulatedDay {
            var reviews: [(due: Instant, card: Int)] = []
            var learning: [(due: Instant, card: Int)] = []
            for (card, schedule) in schedules.enumerated() {
                guard let schedule else { continue }
                let due = schedule.state == .review ? examDues?[card] ?? schedule.due : schedule.due
                guard due < day.end else { continue }
                if schedule.state == .review { reviews.append((due, card)) } else { learning.append((due, card)) }
            }
            reviews.sort { ($0.due, $0.card) < ($1.due, $1.card) }
            let reviewQueue = reviews.prefix(max(settings.reviewsPerDay, 0)).map(\.card)
            let newQueue = Array(newOrder[nextNew..<min(nextNew + max(settings.newPerDay, 0), newOrder.count)])
            nextNew += newQueue.count
            let studiedBefore = schedules.indices.filter { schedules[$0] != nil }

            var today = SimulatedDay(date: day.dateText)
            var clock = start
            var (nextReview, nextNewCard, nextCram) = (0, 0, 0)
            while true {
                let soonest = learning.indices.min { (learning[$0].due, learning[$0].card) < (learning[$1].due, learning[$1].card) }
                let card: Int
                if let soonest, learning[soonest].due <= clock {
                    card = learning.remove(at: soonest).card
                } else if nextReview < reviewQueue.count {
                    card = reviewQueue[nextReview]; nextReview += 1
                } else if nextNewCard < newQueue.count {
                    card = newQueue[nextNewCard]; nextNewCard += 1
                } else if cram, nextCram < studiedBefore.count {
                    card = studiedBefore[nextCram]; nextCram += 1
                    if answeredOn[card] == day.dayNumber || learning.contains(where: { $0.card == card }) { continue }
                } else if let soonest {
                    clock = max(clock, learning[soonest].due)
                    card = learning.remove(at: soonest).card
                } else {
                    break
                }
                let after = answer(card, at: clock, day: &today)
                answeredOn[card] = day.dayNumber
                clock = clock + TimeSpan(microseconds: Int64((after.seconds * 1e6).rounded()))
                if after.schedule.state != .review, after.schedule.due < day.end { learning.append((after.schedule.due, card)) }
            }
            today.learned = learned
            return today
        }

        /// Answers one card as the simulated learner would, and reschedules it.
        mutating func answer(_ card: Int, at now: Instant, day: inout SimulatedDay) -> (schedule: CardSchedule, seconds: Double) {
            let rating: Rating
            let seconds: Double
            let before = schedules[card]
            switch before?.state {
            case nil:
                rating = learner.firstAnswer()
                seconds = settings.secondsNew
                day.newCards += 1
                learned += 1
            case .review:
                rating = learner.answer(recall: scheduler.retrievability(of: before!, at: now))
                seconds = settings.secondsReview
            case .learning, .relearning:
                rating = learner.answer(recall: scheduler.shortTermRecall(of: before!, at: now))
                seconds = settings.secondsLearning
            }
            let after = scheduler.review(before ?? .new(cardID: cards[card].id, due: now), rating: rating, at: now)
            schedules[card] = after
            day.reviews += 1
            day.seconds += seconds
            return (after, seconds)
        }
    }
}
