import Foundation
import Testing
import RecallCore
import RecallTestSupport

/// The exam's instant, its day and D-N, and the config's `exams`.
@Suite struct ExamDateTests {
    static let seoul: @Sendable (Instant) -> Int = { _ in 9 * 3_600 }

    @Test func aBareDateIsNineInTheMorningLocal() {
        #expect(ExamDate.parse("2026-12-20", utcOffset: Self.seoul) == TestClock.at("2026-12-20T09:00:00+09:00"))
        #expect(ExamDate.parse("2026-12-20T13:30", utcOffset: Self.seoul) == TestClock.at("2026-12-20T13:30:00+09:00"))
        #expect(ExamDate.parse("2026-12-20T13:30:00+00:00", utcOffset: Self.seoul) == TestClock.at("2026-12-20T13:30:00+00:00"))
    }

    @Test(arguments: ["", "2026-12-40", "2026-13-01", "20261220", "2026-12-20 13:30", "2026-12-2x", "2026-12-20T25:00", "tomorrow"])
    func aMalformedDateIsNil(text: String) {
        #expect(ExamDate.parse(text, utcOffset: Self.seoul) == nil)
    }

    /// D-N counts study days: an exam at 09:00 is on the study day that started at 04:00; at
    /// 03:00 it is on the study day before.
    @Test func daysLeftCountsStudyDays() {
        let exam = ExamDate(deck: nil, at: TestClock.at("2026-12-20T09:00:00+09:00"))
        func left(_ now: String) -> Int {
            exam.daysLeft(today: StudyDay.containing(TestClock.at(now), rolloverHour: 4, utcOffset: Self.seoul),
                          rolloverHour: 4, utcOffset: Self.seoul)
        }
        #expect(left("2026-12-01T10:00:00+09:00") == 19)
        #expect(left("2026-12-20T03:59:00+09:00") == 1)
        #expect(left("2026-12-20T04:00:00+09:00") == 0)
        #expect(left("2026-12-21T05:00:00+09:00") == -1)
        let early = ExamDate(deck: nil, at: TestClock.at("2026-12-20T03:00:00+09:00"))
        let today = StudyDay.containing(TestClock.at("2026-12-19T10:00:00+09:00"), rolloverHour: 4, utcOffset: Self.seoul)
        #expect(early.daysLeft(today: today, rolloverHour: 4, utcOffset: Self.seoul) == 0)
    }

    @Test func aDeckTakesItsOwnExamElseItsNearestParentsElseTheAllDecksOne() {
        var config = StudyConfig()
        let all = ExamDate(deck: nil, at: TestClock.at("2027-01-10T09:00:00+09:00"))
        let aws = ExamDate(deck: "AWS", at: TestClock.at("2026-12-25T09:00:00+09:00"))
        let saa = ExamDate(deck: "AWS::SAA", at: TestClock.at("2026-12-20T09:00:00+09:00"), target: 0.85)
        #expect(config.exam(forDeck: "AWS::SAA") == nil)
        config.exams = [all, aws, saa]
        #expect(config.exam(forDeck: "AWS::SAA::S3") == saa)
        #expect(config.exam(forDeck: "aws::saa") == saa)
        #expect(config.exam(forDeck: "AWS::VPC") == aws)
        #expect(config.exam(forDeck: "AWSX") == all)
        config.exams = [aws]
        #expect(config.exam(forDeck: "GCP") == nil)
    }

    @Test func theConfigKeepsItsExamsAndRefusesBadOnes() throws {
        let text = #"{"exams": [{"deck": "AWS::SAA", "at": "2026-12-20T09:00:00+09:00", "target": 0.85}, {"at": "2027-01-10T09:00:00+09:00"}]}"#
        let config = try StudyConfig.decode(Data(text.utf8), path: "config.json")
        #expect(config.exams == [ExamDate(deck: "AWS::SAA", at: TestClock.at("2026-12-20T00:00:00Z"), target: 0.85, utcOffsetSeconds: 32_400),
                                 ExamDate(deck: nil, at: TestClock.at("2027-01-10T00:00:00Z"), target: 0.9, utcOffsetSeconds: 32_400)])
        let again = try StudyConfig.decode(Data(config.fileBytes), path: "config.json")
        #expect(again == config)
        #expect(again.exams.map(\.utcOffsetSeconds) == [32_400, 32_400])
        // The offset is how `at` is written, not part of the exam.
        #expect(config.exams[0] == ExamDate(deck: "AWS::SAA", at: TestClock.at("2026-12-20T00:00:00Z"), target: 0.85))
        #expect(String(decoding: config.fileBytes, as: UTF8.self).contains(#""at" : "2026-12-20T09:00:00+09:00""#))
        #expect(try StudyConfig.decode(Data("{}".utf8), path: "config.json").exams == [])

        func problem(_ text: String) -> ConfigMessage? {
            do {
                _ = try StudyConfig.decode(Data(text.utf8), path: "config.json")
                return nil
            } catch {
                guard case .badConfig(_, let reason) = error else { return nil }
                return reason
            }
        }
        #expect(problem(#"{"exams": [{"at": "2026-12-20T09:00:00+09:00", "target": 1}]}"#)
                == .examTarget(key: "exams.0.target", value: 1))
        #expect(problem(#"{"exams": [{"at": "2026-12-20T09:00:00+09:00", "target": 0}]}"#)
                == .examTarget(key: "exams.0.target", value: 0))
        #expect(problem(#"{"exams": [{"deck": "AWS", "at": "2026-12-20T09:00:00+09:00"}, {"deck": "aws", "at": "2026-12-21T09:00:00+09:00"}]}"#)
                == .twoExams(deck: "aws"))
        #expect(problem(#"{"exams": [{"at": "2026-12-20T09:00:00+09:00"}, {"at": "2026-12-21T09:00:00+09:00"}]}"#)
                == .twoExams(deck: nil))
        if case .badValue(let key, _)? = problem(#"{"exams": [{"at": "soon"}]}"#) {
            #expect(key == "exams.0.at")
        } else {
            Issue.record("a bad instant is a bad value")
        }
    }

    @Test func anExamDecksLimitIsTheLowestOfItsLineage() {
        var config = StudyConfig()
        config.reviewsPerDay = 200
        config.decks = ["AWS": .init(reviewsPerDay: 50), "AWS::SAA": .init(reviewsPerDay: 80)]
        #expect(config.reviewsPerDay(for: ExamDate(deck: "AWS::SAA", at: TestClock.base)) == 50)
        #expect(config.reviewsPerDay(for: ExamDate(deck: nil, at: TestClock.base)) == 200)
        #expect(config.reviewsPerDay(for: ExamDate(deck: "GCP", at: TestClock.base)) == 200)
    }
}
