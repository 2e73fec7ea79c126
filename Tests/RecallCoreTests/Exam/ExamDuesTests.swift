import Foundation
import Testing
import RecallCore
import RecallTestSupport

/// The exam rule in today's queue: a deck with an exam follows it, one without keeps its dues,
/// suspended and SM-2 cards are left alone, and the queue counts what the rule makes due.
@Suite struct ExamDuesTests {
    static let now = TestClock.at("2026-12-06T12:00:00+09:00")
    static let day = StudyDay.containing(now, rolloverHour: 4, utcOffset: ExamScheduleTests.seoul)

    /// Four cards with the same schedule (best reviewed by 12-06 for a 0.9 target at the exam,
    /// normally due 12-25): in AWS::SAA, which has the exam, one of them suspended and one
    /// planned by SM-2, and in AWS::VPC, which has none.
    static func state() -> ProgressState {
        let schedule = ExamScheduleTests.late.schedule
        var sm2 = schedule
        (sm2.stability, sm2.ease, sm2.interval) = (nil, 2.5, 30)
        return ProgressState(cards: [
            "saa-1": CardProgress(schedule: schedule, deck: "AWS::SAA"),
            "saa-2": CardProgress(schedule: schedule, deck: "AWS::SAA", suspended: true),
            "saa-3": CardProgress(schedule: sm2, scheduler: .sm2, deck: "AWS::SAA"),
            "vpc-1": CardProgress(schedule: schedule, deck: "AWS::VPC"),
        ], recent: [], frontier: [:], latestTime: nil)
    }

    static let cards = [StudyCard(id: "saa-1", deck: "AWS::SAA"), StudyCard(id: "saa-2", deck: "AWS::SAA"),
                        StudyCard(id: "saa-3", deck: "AWS::SAA"), StudyCard(id: "vpc-1", deck: "AWS::VPC")]

    static func queue(_ config: StudyConfig, at now: Instant = now) -> DueQueue {
        let state = state()
        let exams = ExamDues(cards: cards, state: state, config: config, scheduler: SchedulerSet.defaults.fsrs, now: now,
                             utcOffset: ExamScheduleTests.seoul)
        let day = StudyDay.containing(now, rolloverHour: 4, utcOffset: ExamScheduleTests.seoul)
        return DueQueue(cards: cards, state: state, config: config, day: day, now: now, exams: exams)
    }

    @Test func onlyTheDeckWithTheExamFollowsIt() {
        var config = StudyConfig()
        #expect(Self.queue(config).reviews == [])
        config.exams = [ExamDate(deck: "AWS::SAA", at: ExamScheduleTests.exam.at)]
        #expect(Self.queue(config).reviews == ["saa-1"])
        // The day before its day it is not due; an exam for every deck takes AWS::VPC too.
        #expect(Self.queue(config, at: TestClock.at("2026-12-06T03:59:00+09:00")).reviews == [])
        config.exams = [ExamDate(deck: nil, at: ExamScheduleTests.exam.at)]
        #expect(Self.queue(config).reviews == ["saa-1", "vpc-1"])
        // Once the exam is over, every card is due as stored.
        #expect(Self.queue(config, at: TestClock.at("2026-12-20T09:00:00+09:00")).reviews == [])
    }

    @Test func theDuesAreComputedOnlyForCardsInAnExamsScope() {
        var config = StudyConfig()
        config.exams = [ExamDate(deck: "AWS::SAA", at: ExamScheduleTests.exam.at)]
        var asked: [String] = []
        let exams = ExamDues(cards: Self.cards, config: config, scheduler: SchedulerSet.defaults.fsrs, now: Self.now,
                             utcOffset: ExamScheduleTests.seoul) { card, _ in
            asked.append(card.id)
            return Self.state().cards[card.id].flatMap { $0.suspended ? nil : $0.schedule }
        }
        #expect(asked == ["saa-1", "saa-2", "saa-3"])
        #expect(exams.dues == ["saa-1": TestClock.at("2026-12-06T04:00:00+09:00")])
        config.exams = [ExamDate(deck: "AWS::SAA", at: TestClock.at("2026-12-01T09:00:00+09:00"))]
        asked = []
        _ = ExamDues(cards: Self.cards, config: config, scheduler: SchedulerSet.defaults.fsrs, now: Self.now,
                     utcOffset: ExamScheduleTests.seoul) { card, _ in asked.append(card.id); return nil }
        #expect(asked == [])
    }
}
