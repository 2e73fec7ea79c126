extension ExamReadiness {
    /// The plan (issue 18 point 2): the measured cards run forward by `LearnerSimulation` at the
    /// learner's limits, up to the exam's study day (the days before it: the exam day itself is
    /// not studied) or for `planDays`, with the exam rule while the exam is ahead. Then the
    /// smallest new cards a day that reaches the target, by binary search over 0...(new cards
    /// left): each step one simulation with the same seed, so the runs differ only by the limit
    /// (reaching the target is taken to grow with the limit, as more cards seen means more
    /// recalled; a step that breaks this makes the answer a little high, never wrong the other
    /// way, since the value returned was simulated to reach it).
    static func plan(_ cards: [ReadinessCard], settings: ReadinessSettings, examAt: Instant?, exam: Exam?) -> Plan? {
        guard settings.plan, !cards.isEmpty else { return nil }
        // Capped: a config edited by hand may hold an exam centuries ahead.
        let ahead = exam.flatMap { $0.over ? nil : min(max(0, $0.daysLeft), ExamDate.longestHorizonDays) }
        guard let days = settings.planDays ?? ahead else { return nil }
        let start = cards.map { SimulationCard(id: $0.id, schedule: $0.kind == .new ? nil : $0.progress?.schedule) }
        func run(newPerDay: Int) -> SimulationResult {
            LearnerSimulation.run(
                cards: start, scheduler: settings.scheduler,
                settings: SimulationSettings(days: days, newPerDay: newPerDay, reviewsPerDay: settings.reviewsPerDay,
                                             seed: settings.seed, exam: examAt == nil ? nil : settings.exam, measureAt: examAt),
                start: settings.now, rolloverHour: settings.rolloverHour, utcOffset: settings.utcOffset)
        }
        let kept = run(newPerDay: settings.newPerDay)
        var plan = Plan(days: days, newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay, seed: settings.seed,
                        lastNewCardDay: kept.lastNewCardDay, readinessIfStudying: kept.recallAt)
        if let target = settings.exam?.target, examAt != nil {
            plan.newPerDayForTarget = smallestNewPerDay(upTo: start.count { $0.schedule == nil }, target: target) {
                $0 == settings.newPerDay ? kept.recallAt : run(newPerDay: $0).recallAt
            }
            plan.targetReachable = plan.newPerDayForTarget != nil
        }
        return plan
    }

    /// The smallest `n` in 0...`most` with `recall(n) >= target`, by binary search; nil if `most` falls short.
    static func smallestNewPerDay(upTo most: Int, target: Double, recall: (Int) -> Double) -> Int? {
        guard recall(most) >= target else { return nil }
        var (low, high) = (0, most)
        while low < high {
            let middle = (low + high) / 2
            if recall(middle) >= target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension ExamReadiness {
    /// The plan's search, for its tests.
    public static func smallestNewPerDayForTest(upTo most: Int, target: Double, recall: (Int) -> Double) -> Int? {
        smallestNewPerDay(upTo: most, target: target, recall: recall)
    }
}
