/// The card-state distributions: what the scheduler remembers of each card now.
struct MemoryStats {
    var intervals: Histogram
    var stability: Histogram?
    var difficulty: Histogram?
    var retrievability: Histogram?
    var ease: Histogram?
    var knownCards: Double
}

extension Statistics {
    /// Each card in one bucket: suspended first, then buried, then by its state.
    static func cardCounts(_ input: StatsInput) -> CardCountStats {
        var counts = CardCountStats(new: 0, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, buried: 0)
        for card in input.cards {
            if card.progress?.suspended == true {
                counts.suspended += 1
            } else if card.progress?.isBuried(at: input.settings.now) == true {
                counts.buried += 1
            } else if let schedule = card.studiedSchedule {
                switch schedule.state {
                case .learning: counts.learning += 1
                case .relearning: counts.relearning += 1
                case .review where schedule.scheduledDays >= 21: counts.mature += 1
                case .review: counts.young += 1
                }
            } else {
                counts.new += 1
            }
        }
        return counts
    }

    /// Intervals of graduated cards, FSRS stability and difficulty, retrievability now of
    /// studied unsuspended cards, SM-2 ease, and the known cards (suspended ones included).
    static func memory(_ input: StatsInput) -> MemoryStats {
        var intervals: [Double] = [], stability: [Double] = [], difficulty: [Double] = []
        var retrievability: [Double] = [], ease: [Double] = []
        var known = 0.0
        let now = input.settings.now
        for card in input.cards {
            guard let progress = card.progress, let schedule = card.studiedSchedule else { continue }
            let graduated = schedule.state != .learning
            if graduated { intervals.append(Double(schedule.scheduledDays)) }
            switch progress.scheduler {
            case .fsrs:
                if let s = schedule.stability { stability.append(s) }
                if let d = schedule.difficulty { difficulty.append((d - 1) / 9 * 100) }
            case .sm2:
                if graduated, let e = schedule.ease { ease.append((e * 100).rounded()) }
            }
            let r = input.scheduler(progress.scheduler).retrievability(of: schedule, at: now)
            guard r.isFinite else { continue }
            known += r
            if !progress.suspended { retrievability.append(r * 100) }
        }
        return MemoryStats(intervals: .days(intervals), stability: stability.isEmpty ? nil : .days(stability),
                           difficulty: difficulty.isEmpty ? nil : .percent(difficulty),
                           retrievability: retrievability.isEmpty ? nil : .percent(retrievability),
                           ease: ease.isEmpty ? nil : .spread(ease), knownCards: known)
    }
}
