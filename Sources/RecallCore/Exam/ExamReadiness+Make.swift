extension ExamReadiness {
    /// Readiness of `cards` (a deck and its sub-decks, in deck order) for `settings.exam` at
    /// `settings.now`; `quizzes` are every saved quiz attempt, of which those on `deck` make the trend.
    public static func make(deck: String?, cards: [ReadinessCard], quizzes: [QuizHistoryEntry],
                            settings: ReadinessSettings) -> ExamReadiness {
        let now = settings.now
        let exam = settings.exam.map { examInfo($0, settings: settings) }
        let examAt = exam.flatMap { $0.over ? nil : settings.exam?.at }
        var counts = Counts()
        var figures: [CardFigures] = []
        var measured: [ReadinessCard] = []
        for card in cards {
            counts.cards += 1
            switch card.kind {
            case .suspended: counts.suspended += 1
            case .sm2: counts.sm2 += 1
            case .new:
                counts.new += 1
                measured.append(card)
                figures.append(CardFigures(id: card.id, retrievabilityNow: 0, retrievabilityAtExam: examAt.map { _ in 0 }))
            case .studied:
                counts.studied += 1
                measured.append(card)
                let schedule = card.progress!.schedule!
                figures.append(CardFigures(id: card.id, retrievabilityNow: settings.scheduler.retrievability(of: schedule, at: now),
                                           retrievabilityAtExam: examAt.map { settings.scheduler.retrievability(of: schedule, at: $0) }))
            }
        }
        let target = settings.exam?.target ?? 0.9
        let risky = examAt == nil ? [] : zip(measured, figures)
            .filter { $0.0.kind == .studied && ($0.1.retrievabilityAtExam ?? 1) < target }.map(\.1)
        let atRisk = examAt.map { _ in
            AtRisk(count: risky.count, first: Array(risky.sorted { ($0.retrievabilityAtExam!, $0.id) < ($1.retrievabilityAtExam!, $1.id) }
                                                        .prefix(atRiskShown)))
        }
        return ExamReadiness(
            deck: deck, now: ISOTimestamp.local(now, utcOffsetSeconds: settings.utcOffset(now)), exam: exam, counts: counts,
            readinessNow: mean(figures.map(\.retrievabilityNow)),
            readinessAtExam: examAt == nil ? nil : mean(figures.compactMap(\.retrievabilityAtExam)),
            domains: domains(measured, figures, target: target, withExam: examAt != nil),
            atRisk: atRisk, cards: figures,
            plan: plan(measured, settings: settings, examAt: examAt, exam: exam),
            trend: trend(quizzes, deck: deck))
    }

    /// The mean, or nil for no values (a deck with no FSRS card has no readiness).
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func examInfo(_ exam: ExamDate, settings: ReadinessSettings) -> Exam {
        let today = StudyDay.containing(settings.now, rolloverHour: settings.rolloverHour, utcOffset: settings.utcOffset)
        let day = StudyDay.containing(exam.at, rolloverHour: settings.rolloverHour, utcOffset: settings.utcOffset)
        return Exam(at: ISOTimestamp.local(exam.at, utcOffsetSeconds: settings.utcOffset(exam.at)), day: day.dateText,
                    target: exam.target,
                    daysLeft: exam.daysLeft(today: today, rolloverHour: settings.rolloverHour, utcOffset: settings.utcOffset),
                    over: exam.at <= settings.now, deck: exam.deck)
    }

    /// Each domain's figures over its cards; weakest first (exam day, else now), then by name.
    static func domains(_ cards: [ReadinessCard], _ figures: [CardFigures], target: Double, withExam: Bool) -> [Domain] {
        var byName: [String: Domain] = [:]
        var sums: [String: (now: Double, exam: Double)] = [:]
        for (card, figure) in zip(cards, figures) {
            for name in card.domains {
                var domain = byName[name] ?? Domain(domain: name, cards: 0, new: 0, studied: 0, readinessNow: 0,
                                                    readinessAtExam: withExam ? 0 : nil, atRisk: withExam ? 0 : nil)
                domain.cards += 1
                if card.kind == .new { domain.new += 1 } else { domain.studied += 1 }
                if card.kind == .studied, let atExam = figure.retrievabilityAtExam, atExam < target { domain.atRisk? += 1 }
                byName[name] = domain
                let sum = sums[name] ?? (0, 0)
                sums[name] = (sum.now + figure.retrievabilityNow, sum.exam + (figure.retrievabilityAtExam ?? 0))
            }
        }
        let domains = byName.values.map { domain -> Domain in
            var domain = domain
            let sum = sums[domain.domain]!
            domain.readinessNow = sum.now / Double(domain.cards)
            if withExam { domain.readinessAtExam = sum.exam / Double(domain.cards) }
            return domain
        }
        return domains.sorted {
            (($0.readinessAtExam ?? $0.readinessNow), $0.domain) < (($1.readinessAtExam ?? $1.readinessNow), $1.domain)
        }
    }
}
