import Foundation
import RecallCore
@testable import RecallTUI
import Testing

/// Issue 18 point 1: the home screen's `D-N` beside the deck that owns an exam, and the nearest
/// exam on the title line. Setting `config.exams` needs part A's stored property (the merge).
@Suite struct HomeExamsTests {
    static func data(_ exams: [ExamDate], language: Language = .en) -> StudyData {
        var data = Fixture.data(language: language)
        data.config.exams = exams
        return data
    }

    /// Seoul, 2026-11-21 09:00: the exam on 2026-12-10 09:00 is 19 study days ahead.
    static let exam = ExamDate(deck: "AWS::VPC", at: Instant(iso8601: "2026-12-10T09:00:00+09:00")!)

    @Test func theDeckThatOwnsTheExamShowsItsDaysLeftAndTheTitleTheNearest() {
        let home = HomeScreen(data: Self.data([Self.exam]), now: Fixture.now)
        let lines = home.view(width: 80, height: 24).lines
        #expect(lines[0].contains("recall  VPC D-19"))
        let vpc = lines.first { $0.contains("VPC") && !$0.contains("recall") } ?? ""
        #expect(vpc.contains("D-19"))
        #expect(!(lines.first { $0.contains("AWS") && !$0.contains("VPC") } ?? "").contains("D-"))
        for line in lines { #expect(DisplayWidth.of(line) <= 80) }
    }

    @Test func anExamOverIsNotShownAndNoneLeavesTheScreenAsItWas() {
        let over = HomeScreen(data: Self.data([Self.exam]), now: Instant(iso8601: "2026-12-10T09:00:00+09:00")!)
        #expect(!over.view(width: 80, height: 24).lines.joined().contains("D-"))
        #expect(over.exams.title == nil)
        let none = HomeScreen(data: Self.data([]), now: Fixture.now)
        #expect(none.exams.labels.allSatisfy { $0 == nil })
    }

    @Test func onTheExamsDayItIsDDay() {
        let home = HomeScreen(data: Self.data([Self.exam]), now: Instant(iso8601: "2026-12-10T05:00:00+09:00")!)
        #expect(home.exams.title == "VPC D-Day")
    }
}
