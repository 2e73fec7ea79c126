import Foundation
import RecallCore
import Testing

/// Issue 18 point 2: readiness of a deck for its exam, from the cards' schedules (made by the
/// real FSRS scheduler) at a test instant, in UTC with the 04:00 rollover.
@Suite struct ExamReadinessTests {
    static let scheduler = try! FSRSScheduler()
    static let utc: @Sendable (Instant) -> Int = { _ in 0 }
    static func at(_ text: String) -> Instant { Instant(iso8601: text)! }
    static let now = at("2026-12-01T12:00:00Z")
    static let examAt = at("2026-12-20T09:00:00Z")
    static let exam = ExamDate(deck: "AWS", at: examAt, target: 0.9)

    /// A card answered with `ratings`, a day apart, ending the day before `now`.
    static func studied(_ id: String, _ ratings: [Rating], domains: [String], scheduler kind: SchedulerKind = .fsrs,
                        suspended: Bool = false) -> ReadinessCard {
        var schedule = CardSchedule.new(cardID: id, due: at("2026-11-01T09:00:00Z"))
        for (n, rating) in ratings.enumerated() {
            schedule = scheduler.review(schedule, rating: rating, at: Instant(microsecondsSinceEpoch: at("2026-11-01T09:00:00Z").microseconds + Int64(n * 3) * 86_400_000_000))
        }
        return ReadinessCard(id: id, domains: domains,
                             progress: CardProgress(schedule: schedule, scheduler: kind, deck: "AWS::VPC", suspended: suspended))
    }

    static let cards: [ReadinessCard] = [
        studied("strong", [.good, .good, .easy, .easy], domains: ["networking"]),
        studied("weak", [.again, .hard], domains: ["security"]),
        studied("middle", [.good, .good], domains: ["networking", "security"]),
        ReadinessCard(id: "fresh", domains: ["security"], progress: nil),
        studied("old", [.good], domains: ["networking"], scheduler: .sm2),
        studied("parked", [.good], domains: ["networking"], suspended: true),
    ]

    static func settings(exam: ExamDate? = exam, now: Instant = now, plan: Bool = false) -> ReadinessSettings {
        ReadinessSettings(now: now, exam: exam, scheduler: scheduler, utcOffset: utc, plan: plan)
    }

    @Test func countsEachKindOfCardAndLeavesSM2AndSuspendedOut() {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [], settings: Self.settings())
        #expect(r.counts.cards == 6)
        #expect(r.counts.studied == 3)
        #expect(r.counts.new == 1)
        #expect(r.counts.sm2 == 1)
        #expect(r.counts.suspended == 1)
        #expect(r.cards.map(\.id) == ["strong", "weak", "middle", "fresh"])
    }

    @Test func figuresAreTheSchedulersRetrievabilityWithNewCardsZero() throws {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [], settings: Self.settings())
        for (card, figure) in zip(Self.cards.prefix(3), r.cards) {
            let schedule = try #require(card.progress?.schedule)
            #expect(figure.retrievabilityNow == Self.scheduler.retrievability(of: schedule, at: Self.now))
            #expect(figure.retrievabilityAtExam == Self.scheduler.retrievability(of: schedule, at: Self.examAt))
        }
        #expect(r.cards[3].retrievabilityNow == 0 && r.cards[3].retrievabilityAtExam == 0)
        let mean = r.cards.map(\.retrievabilityNow).reduce(0, +) / 4
        #expect(r.readinessNow == mean)
        #expect(try #require(r.readinessAtExam) < (try #require(r.readinessNow)))
    }

    @Test func atRiskCardsAreStudiedOnesBelowTheTargetLowestFirst() throws {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [], settings: Self.settings())
        let atRisk = try #require(r.atRisk)
        let below = r.cards.prefix(3).filter { $0.retrievabilityAtExam! < 0.9 }
        #expect(atRisk.count == below.count)
        #expect(!atRisk.first.contains { $0.id == "fresh" })
        #expect(atRisk.first.map(\.retrievabilityAtExam!) == atRisk.first.map(\.retrievabilityAtExam!).sorted())
    }

    @Test func domainsAreWeakestFirstOverTheirOwnCards() throws {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [], settings: Self.settings())
        #expect(r.domains.map(\.domain) == ["security", "networking"])
        let security = r.domains[0]
        #expect(security.cards == 3 && security.new == 1 && security.studied == 2)
        let sum = r.cards.filter { ["weak", "middle", "fresh"].contains($0.id) }.map(\.retrievabilityAtExam!).reduce(0, +)
        #expect(abs(try #require(security.readinessAtExam) - sum / 3) < 1e-15)
    }

    @Test func anExamOverIsShownAsSuchWithoutItsFigures() {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [],
                                   settings: Self.settings(now: Self.at("2026-12-20T09:00:00Z")))
        #expect(r.exam?.over == true)
        #expect(r.exam?.daysLeft == 0)
        #expect(r.readinessAtExam == nil && r.atRisk == nil)
        #expect(r.cards.allSatisfy { $0.retrievabilityAtExam == nil })
    }

    @Test func theExamDayFollowsTheRolloverHour() {
        // 03:00 on the 20th is still the 19th's study day: D-1; at 04:00 the 20th: D-Day.
        let before = ExamReadiness.make(deck: nil, cards: [], quizzes: [],
                                        settings: Self.settings(now: Self.at("2026-12-20T03:00:00Z")))
        let after = ExamReadiness.make(deck: nil, cards: [], quizzes: [],
                                       settings: Self.settings(now: Self.at("2026-12-20T04:00:00Z")))
        #expect(before.exam?.daysLeft == 1 && after.exam?.daysLeft == 0)
        #expect(before.exam?.day == "2026-12-20")
        #expect(before.readinessNow == nil)
    }

    @Test func withoutAnExamOnlyTodaysFigure() {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [], settings: Self.settings(exam: nil))
        #expect(r.exam == nil && r.readinessAtExam == nil && r.atRisk == nil && r.plan == nil)
        #expect(r.readinessNow != nil)
    }

    @Test func theSearchFindsTheSmallestLimitThatReachesTheTarget() {
        var asked: [Int] = []
        let found = ExamReadiness.smallestNewPerDayForTest(upTo: 100, target: 0.9) { n in
            asked.append(n)
            return Double(n) / 50
        }
        #expect(found == 45)
        #expect(asked.count <= 9)
        #expect(ExamReadiness.smallestNewPerDayForTest(upTo: 10, target: 0.9) { _ in 0.5 } == nil)
    }

    @Test func theTrendIsEachDomainsScoresOnTheDeckOldestFirst() {
        func attempt(_ day: String, deck: String?, _ scores: [DomainScore]) -> QuizHistoryEntry {
            QuizHistoryEntry(date: Self.at(day + "T10:00:00Z"), utcOffsetSeconds: 32_400, deck: deck, tags: [], count: 10,
                             correct: 5, percent: 50, passPercent: 72, passed: false, timeLimitSeconds: 600,
                             timeUsedSeconds: 300, timedOut: false, seed: 1, types: [], domains: scores)
        }
        let quizzes = [
            attempt("2026-11-10", deck: "AWS::VPC", [DomainScore(domain: "networking", correct: 3, total: 4)]),
            attempt("2026-11-03", deck: "AWS", [DomainScore(domain: "networking", correct: 1, total: 4),
                                                 DomainScore(domain: "security", correct: 2, total: 2)]),
            attempt("2026-11-05", deck: "Other", [DomainScore(domain: "networking", correct: 0, total: 4)]),
        ]
        let r = ExamReadiness.make(deck: "aws", cards: [], quizzes: quizzes, settings: Self.settings(exam: nil))
        #expect(r.trend.map(\.domain) == ["networking", "security"])
        #expect(r.trend[0].percents == [25, 75])
        #expect(r.trend[0].dates == ["2026-11-03", "2026-11-10"])
        #expect(r.trend[0].change == 50)
    }

    @Test func theTextFitsEightyColumnsInKoreanWithoutAmbiguousCharacters() {
        let r = ExamReadiness.make(deck: "AWS", cards: Self.cards, quizzes: [], settings: Self.settings())
        let lines = ReadinessText.lines(r, width: 80, language: .ko)
        #expect(lines.contains { $0.contains("준비도") })
        #expect(lines.contains { $0.contains("D-19") })
        for line in lines {
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
            #expect(!line.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) || $0 == "\u{B7}" }, "\(line)")
        }
    }
}
