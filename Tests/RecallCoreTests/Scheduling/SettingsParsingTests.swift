import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct FSRSParameterTests {
    @Test func acceptsDefaultsAndBounds() throws {
        _ = try FSRSParameters(FSRSParameters.defaultWeights)
        _ = try FSRSParameters(FSRSParameters.bounds.map(\.lowerBound))
        _ = try FSRSParameters(FSRSParameters.bounds.map(\.upperBound))
    }

    @Test func rejectsWrongCount() {
        let error = #expect(throws: FSRSParameterError.self) {
            try FSRSParameters(Array(FSRSParameters.defaultWeights.prefix(19)))
        }
        #expect(error?.problems == ["expected 21 parameters, got 19"])
        #expect(error?.issues == [.count(expected: 21, got: 19)])
    }

    @Test func namesTheIndexAndBoundsOfEachBadValue() {
        var weights = FSRSParameters.defaultWeights
        weights[7] = 0.8
        weights[20] = 0.05
        let error = #expect(throws: FSRSParameterError.self) { try FSRSParameters(weights) }
        #expect(error?.problems == [
            "w7 = 0.8 is out of bounds: 0.001 to 0.75",
            "w20 = 0.05 is out of bounds: 0.1 to 0.8",
        ])
        weights = FSRSParameters.defaultWeights
        weights[0] = .nan
        #expect(throws: FSRSParameterError.self) { try FSRSParameters(weights) }
    }

    @Test func errorMessageReadsWell() {
        let error = FSRSParameterError(issues: [.outOfBounds(index: 7, value: 0.8, lower: 0.001, upper: 0.75)])
        #expect(error.description == "w7 = 0.8 is out of bounds: 0.001 to 0.75")
        #expect(SchedulerSettingsMessage.parameters(error).korean == "w7 = 0.8: 허용 범위 0.001 - 0.75 밖입니다")
        let two = FSRSParameterError(issues: [error.issues[0], .outOfBounds(index: 20, value: 0.05, lower: 0.1, upper: 0.8)])
        #expect(two.description == "2 parameters are out of bounds: w7 = 0.8 is out of bounds: 0.001 to 0.75; w20 = 0.05 is out of bounds: 0.1 to 0.8")
    }

    /// The schedulers' settings said in Korean (a bad step, SM-2, retention), English as before.
    @Test func settingsErrorsInBothLanguages() {
        let step = SchedulerSettingsError.steps(StepParseError(step: "1x"))
        #expect(step.description == "bad step '1x': expected a whole number above 0 followed by s, m, h or d, e.g. 1m,10m")
        #expect(step.message.korean == "학습 단계 '1x'가 잘못되었습니다. 0보다 큰 정수 뒤에 s, m, h, d 중 하나를 붙이세요 (예: 1m,10m)")
        #expect(SchedulerSettingsError.sm2(.easyBonus).description == "SM-2 easy bonus must be at least 1")
        #expect(SchedulerSettingsError.sm2(.easyBonus).message.korean == "SM-2 쉬움 보너스는 1 이상이어야 합니다")
        #expect(SchedulerSettingsError.desiredRetention(1.2).message.korean == "목표 기억률(desiredRetention)은 0보다 크고 1보다 작아야 합니다. 받은 값: 1.2")
        #expect(ConfigMessage.schedulerSettings(step).korean.hasPrefix("스케줄러 설정이 잘못되었습니다: 학습 단계 '1x'가"))
    }
}

@Suite struct LearningStepsParsingTests {
    @Test func parsesDurations() throws {
        #expect(try LearningSteps.parse("1m,10m") == [.minutes(1), .minutes(10)])
        #expect(try LearningSteps.parse("30s, 1h ,2d") == [.seconds(30), .hours(1), .days(2)])
        #expect(try LearningSteps.parse("") == [])
        #expect(try LearningSteps.parse("  ") == [])
    }

    @Test(arguments: ["5x", "m", "1.5m", "-1m", "0m", "1m,", ",1m", "+1m", "1 m"])
    func rejects(_ text: String) {
        #expect(throws: StepParseError.self) { try LearningSteps.parse(text) }
    }

    @Test func describesSteps() {
        #expect(LearningSteps.describe([.seconds(30), .minutes(10), .hours(2), .days(1)]) == "30s,10m,2h,1d")
    }
}

@Suite struct SchedulingSettingsTests {
    @Test func deckChoiceOverridesTheGlobalScheduler() throws {
        let settings = SchedulingSettings(scheduler: .fsrs)
        #expect(try settings.makeScheduler() is FSRSScheduler)
        #expect(try settings.makeScheduler(deckChoice: .sm2) is SM2Scheduler)
        #expect(try settings.makeScheduler(for: Deck(name: "Old", file: "old.md", scheduler: .sm2)) is SM2Scheduler)
        #expect(try settings.makeScheduler(for: Deck(name: "New", file: "new.md")) is FSRSScheduler)
        #expect(try SchedulingSettings(scheduler: .sm2).makeScheduler(deckChoice: .fsrs) is FSRSScheduler)
    }

    @Test func badSettingsAreRefusedWhenTheSchedulerIsMade() {
        var settings = SchedulingSettings()
        settings.fsrs.desiredRetention = 1.2
        #expect(throws: SchedulerSettingsError.desiredRetention(1.2)) { try settings.makeScheduler() }
    }

    @Test func cardScheduleRoundTripsThroughJSON() throws {
        let fsrs = try FSRSScheduler(settings: FSRSSettings(fuzz: false))
        let card = fsrs.history([(.good, clock.start), (.good, clock.at(minutes: 10, seconds: 0.25))])
        let data = try JSONEncoder().encode(card)
        #expect(try JSONDecoder().decode(CardSchedule.self, from: data) == card)
        // Instants are stored as py-fsrs's ISO text, exact to the microsecond.
        #expect(String(decoding: data, as: UTF8.self).contains(#""lastReview":"2024-01-01T09:10:00.250000+00:00""#))
    }
}
