import Foundation
import Testing
import RecallCore
import RecallTestSupport

/// The exam rule on hand-made review cards (default FSRS-6 weights: retrievability is 0.9
/// after `stability` days, so a stability of 10.5 keeps it at or above 0.9 for 10 whole days).
@Suite struct ExamScheduleTests {
    static let seoul: @Sendable (Instant) -> Int = { _ in 9 * 3_600 }
    static let exam = ExamDate(deck: nil, at: TestClock.at("2026-12-20T09:00:00+09:00"))
    static let now = TestClock.at("2026-12-01T10:00:00+09:00")

    static func rule(_ exam: ExamDate = exam, limit: Int = 200) -> ExamSchedule {
        ExamSchedule(exam: exam, scheduler: SchedulerSet.defaults.fsrs, reviewsPerDay: limit, rolloverHour: 4, utcOffset: seoul)
    }

    static func card(_ id: String, reviewed: String, stability: Double, due: String) -> ExamCard {
        ExamCard(id: id, schedule: CardSchedule(state: .review, step: nil, stability: stability, difficulty: 5,
                                                due: TestClock.at(due), lastReview: TestClock.at(reviewed), reps: 3))
    }

    static let late = card("c1", reviewed: "2026-11-25T10:00:00+09:00", stability: 10.5, due: "2026-12-25T10:00:00+09:00")

    @Test func aCardDueAfterTheExamBelowTheTargetThereIsDueOnItsLastDayAtTheTarget() {
        // 10 whole days after 11-25 10:00 is 12-06 04:00 (10 days 18 hours); 12-07 04:00 is 11.
        #expect(Self.rule().dues(of: [Self.late], now: Self.now) == [TestClock.at("2026-12-06T04:00:00+09:00")])
        let scheduler = SchedulerSet.defaults.fsrs
        #expect(scheduler.retrievability(of: Self.late.schedule, at: TestClock.at("2026-12-06T04:00:00+09:00")) >= 0.9)
        #expect(scheduler.retrievability(of: Self.late.schedule, at: TestClock.at("2026-12-07T04:00:00+09:00")) < 0.9)
    }

    @Test func aLowerTargetWaitsLonger() {
        var exam = Self.exam
        exam.target = 0.87
        let due = Self.rule(exam).dues(of: [Self.late], now: Self.now)[0]
        #expect(due > TestClock.at("2026-12-06T04:00:00+09:00"))
        #expect(due < Self.exam.at)
        // At 0.8 its recall at the exam (about 0.83) is enough: its due stands.
        exam.target = 0.8
        #expect(Self.rule(exam).dues(of: [Self.late], now: Self.now) == [Self.late.schedule.due])
    }

    @Test func dueBeforeTheExamOrAboveTheTargetThereStands() {
        let before = Self.card("c2", reviewed: "2026-11-25T10:00:00+09:00", stability: 10.5, due: "2026-12-06T10:00:00+09:00")
        let strong = Self.card("c3", reviewed: "2026-11-25T10:00:00+09:00", stability: 400, due: "2027-06-01T10:00:00+09:00")
        #expect(Self.rule().dues(of: [before, strong], now: Self.now) == [before.schedule.due, strong.schedule.due])
    }

    @Test func learningSM2AndFinishedExamsLeaveTheDueAlone() {
        var learning = Self.late
        learning.schedule.state = .relearning
        learning.schedule.step = 0
        var sm2 = Self.late
        sm2.schedule.stability = nil
        sm2.schedule.ease = 2.5
        sm2.schedule.interval = 30
        #expect(Self.rule().dues(of: [learning, sm2], now: Self.now) == [learning.schedule.due, sm2.schedule.due])
        #expect(Self.rule().dues(of: [Self.late], now: Self.exam.at) == [Self.late.schedule.due])
        #expect(Self.rule().dues(of: [Self.late], now: TestClock.at("2026-12-21T10:00:00+09:00")) == [Self.late.schedule.due])
    }

    @Test func aCardAlreadyBelowTheTargetIsDueToday() {
        let weak = Self.card("c4", reviewed: "2026-11-01T10:00:00+09:00", stability: 10.5, due: "2026-12-22T10:00:00+09:00")
        #expect(Self.rule().dues(of: [weak], now: Self.now) == [TestClock.at("2026-12-01T04:00:00+09:00")])
    }

    /// The exam at 09:00 leaves five hours of its study day (from 04:00): that day counts; an
    /// exam at 04:00 or 03:00 leaves none, and the last day is the one before.
    @Test(arguments: [("2026-12-20T09:00:00+09:00", "2026-12-20"), ("2026-12-20T04:00:00+09:00", "2026-12-19"),
                      ("2026-12-20T03:00:00+09:00", "2026-12-19"), ("2026-12-20T04:00:01+09:00", "2026-12-20")])
    func theLastStudyDayFollowsTheRollover(at: String, last: String) throws {
        let exam = ExamDate(deck: nil, at: TestClock.at(at))
        let days = try #require(Self.rule(exam).studyDays(now: Self.now))
        #expect(StudyDay.dateText(days.upperBound) == last)
        #expect(StudyDay.dateText(days.lowerBound) == "2026-12-01")
    }

    @Test func anExamLaterTodayIsDDay() throws {
        let exam = ExamDate(deck: nil, at: TestClock.at("2026-12-01T18:00:00+09:00"))
        let days = try #require(Self.rule(exam).studyDays(now: Self.now))
        #expect(days.lowerBound == days.upperBound)
        let card = Self.card("c5", reviewed: "2026-11-20T10:00:00+09:00", stability: 3, due: "2026-12-03T10:00:00+09:00")
        #expect(Self.rule(exam).dues(of: [card], now: Self.now) == [TestClock.at("2026-12-01T04:00:00+09:00")])
    }

    /// Ten cards all best reviewed on 12-02 (30 whole days after 11-01 10:00), three reviews a
    /// day: three stay, the others go to the least loaded earlier day of FSRS's fuzz range for
    /// a 31-day interval (27 to 35 days: 11-28 onwards), ties to the latest.
    @Test func theLoadBalancerSpreadsABurstOverEarlierDaysWithinTheLimit() {
        let cards = (0..<10).map {
            Self.card("c\($0)", reviewed: "2026-11-01T10:00:00+09:00", stability: 30.5, due: "2026-12-31T10:00:00+09:00")
        }
        let now = TestClock.at("2026-11-25T10:00:00+09:00")
        let dues = Self.rule(limit: 3).dues(of: cards, now: now)
        let days = dues.map { StudyDay.containing($0, rolloverHour: 4, utcOffset: Self.seoul).dateText }
        #expect(days == ["2026-12-02", "2026-12-02", "2026-12-02", "2026-12-01", "2026-11-30", "2026-11-29", "2026-11-28",
                         "2026-12-01", "2026-11-30", "2026-11-29"])
        #expect(Dictionary(grouping: days, by: { $0 }).values.allSatisfy { $0.count <= 3 })
        // The same cards given in another order get the same days: the order is by id.
        #expect(Self.rule(limit: 3).dues(of: cards.reversed(), now: now) == dues.reversed())
        // Without a limit to meet, all ten stay on their day.
        #expect(Set(Self.rule().dues(of: cards, now: now)) == [TestClock.at("2026-12-02T04:00:00+09:00")])
    }

    /// Cards due normally in the window count against the limit too.
    @Test func cardsDueNormallyFillTheirDay() {
        let normal = (0..<3).map {
            Self.card("n\($0)", reviewed: "2026-11-01T10:00:00+09:00", stability: 400, due: "2026-12-02T12:00:00+09:00")
        }
        let burst = Self.card("b0", reviewed: "2026-11-01T10:00:00+09:00", stability: 30.5, due: "2026-12-31T10:00:00+09:00")
        let dues = Self.rule(limit: 3).dues(of: normal + [burst], now: TestClock.at("2026-11-25T10:00:00+09:00"))
        #expect(dues.last == TestClock.at("2026-12-01T04:00:00+09:00"))
    }
}
