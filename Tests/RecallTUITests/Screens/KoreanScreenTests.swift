import RecallCore
@testable import RecallTUI
import Testing

/// The screens in Korean (issue 15): what a learner reads with `LANG=ko_KR.UTF-8`, word for word
/// where it matters (the grade line, the verdicts, the summary, the result), and every screen in
/// both languages at 80×24, 40×12 and 30×8 with no row wider than the screen and no wide
/// character cut. The snapshots of each card type in Korean are in `ScreenSnapshotTests` and
/// `QuizScreenTests` (`NAME-ko-WxH`).
@Suite struct KoreanScreenTests {
    static let sizes = [(80, 24), (40, 12), (30, 8)]

    /// Every screen of the study and quiz, in `language`, as `view` draws it at `size`.
    static func everyScreen(_ language: Language, _ size: (Int, Int)) throws -> [(String, ScreenBuffer)] {
        let (width, height) = size
        let data = Fixture.data(language: language)
        var screens: [(String, ScreenBuffer)] = []
        var home = HomeScreen(data: data, now: Fixture.now)
        screens.append(("home", home.view(width: width, height: height)))
        _ = home.update(.character("?"))
        screens.append(("home help", home.view(width: width, height: height)))
        var empty = StudyData(library: DeckLibrary(decks: [], diagnostics: []), progress: ProgressState(),
                              config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone, studiedDays: [])
        empty.language = language
        screens.append(("empty home", HomeScreen(data: empty, now: Fixture.now).view(width: width, height: height)))
        // Each card type, asked and answered (a choice picked wrongly, a type-in typed wrongly).
        for (id, keys) in [("nat", [Key.character(" ")]), ("sg/reverse", [.enter]), ("cidr/c1", [.character(" ")]),
                           ("egress", [.character("1"), .enter]), ("stateful", [.character("1"), .character("2"), .enter]),
                           ("dx", [.character("D"), .enter]), ("long", [.character(" "), .down]), ("nat", [.character("?")])] {
            var screen = Fixture.review(id, data: data)
            screens.append((id + " asked", screen.view(width: width, height: height, now: Fixture.now)))
            for key in keys { _ = screen.update(key, data: data, now: Fixture.now, width: width, height: height) }
            screens.append((id + " after \(keys)", screen.view(width: width, height: height, now: Fixture.now)))
        }
        var quiz = QuizScreen(quiz: try QuizScreenTests.quiz(), startedAt: Fixture.now, language: language)
        for key in [Key.character("f"), .character("l"), .escape, .character("?"), .escape, .character("q"), .character("n"),
                    .character("S")] {
            _ = quiz.update(key, now: Fixture.now)
            screens.append(("quiz after \(key)", quiz.view(width: width, height: height, now: Fixture.now + .seconds(75))))
        }
        _ = quiz.update(.character("y"), now: Fixture.now + .seconds(200))
        quiz.noteSaved(.saved(path: "/home/learner/.local/share/recall/quiz-history.jsonl", reviews: 5))
        screens.append(("quiz result", quiz.view(width: width, height: height, now: Fixture.now)))
        _ = quiz.update(.enter, now: Fixture.now)
        screens.append(("quiz wrong answer", quiz.view(width: width, height: height, now: Fixture.now)))
        if let summary = SmallThingsTests.summary(session: SessionScope(deck: "AWS::VPC"), language: language) {
            screens.append(("summary", summary.view(width: width, height: height)))
        }
        screens.append(("too small", StudyApp(data: data, now: Fixture.now).view(width: width, height: height)))
        return screens
    }

    @Test(arguments: ScreenSnapshotTests.languages, sizes) func everyScreenFits(language: Language, size: (Int, Int)) throws {
        let screens = try Self.everyScreen(language, size)
        #expect(screens.count > 30)
        for (name, buffer) in screens { expectLayoutHolds(buffer, "\(language) \(size) \(name):") }
    }

    @Test func theGradeLineSaysTheGradesAndIntervalsInKorean() throws {
        let data = Fixture.data(language: .ko)
        var screen = Fixture.review("nat", data: data)
        let question = screen.view(width: 80, height: 24, now: Fixture.now).lines
        #expect(question[22] == " Space 정답 보기")
        #expect(question[1] == " 새 카드 7  학습 중 0  복습 0   완료 0")
        #expect(question[3] == "  AWS::VPC | 기본")
        _ = screen.update(.character(" "), data: data, now: Fixture.now)
        let answer = screen.view(width: 80, height: 24, now: Fixture.now).lines
        #expect(answer[22] == " 1 다시 1분  2 어려움 6분  3 좋음 10분  4 쉬움 11일")
        #expect(answer.contains { $0.hasPrefix("  해설: NAT 게이트웨이 자체가") })
        #expect(answer.contains("  출처: vpc.txt:12"))
        #expect(answer[23].hasPrefix(" ? 도움말  u 되돌리기  e 편집  ! 보류  - 묻어 두기  q 나가기"))
    }

    @Test func theVerdictsAreKorean() throws {
        let data = Fixture.data(language: .ko)
        var choice = Fixture.review("egress", data: data)
        _ = choice.update(choice.key(forOption: 0), data: data, now: Fixture.now)
        _ = choice.update(.enter, data: data, now: Fixture.now)
        let shown = choice.view(width: 80, height: 24, now: Fixture.now).lines
        let right = try #require(choice.optionOrder.firstIndex(of: 1)) + 1
        #expect(shown.contains { $0 == "  틀렸습니다. 정답: \(right)번." }, "\(shown)")
        var typed = Fixture.review("dx", data: data)
        for character in "DX" { _ = typed.update(.character(character), data: data, now: Fixture.now) }
        _ = typed.update(.enter, data: data, now: Fixture.now)
        let lines = typed.view(width: 80, height: 24, now: Fixture.now).lines
        #expect(lines.contains("  정답입니다: DX"))
        #expect(lines.contains("  정답:   AWS Direct Connect"))
        #expect(lines.contains("  다른 정답: Direct Connect | DX"))
        var empty = Fixture.review("egress", data: data)
        _ = empty.update(.enter, data: data, now: Fixture.now)
        #expect(empty.message == "먼저 1-4로 보기를 고르세요.")
    }

    @Test func theSummaryAndTheNoticesAreKorean() throws {
        let summary = try #require(SmallThingsTests.summary(session: SessionScope(deck: "AWS::VPC"), language: .ko))
        let lines = summary.view(width: 80, height: 24).lines
        #expect(lines[0] == " recall › AWS::VPC › 요약")
        #expect(lines[2] == "  학습을 마쳤습니다")
        #expect(lines[4] == "  학습한 카드  1")
        #expect(lines[6] == "  다시         0% (1개 중 0개)")
        #expect(lines.joined(separator: " ").contains("'recall review'를 다시"), "the command is never split: \(lines)")
        #expect(lines[23] == " Enter 또는 q: 끝내기")
        var home = HomeScreen(data: Fixture.data(language: .ko), now: Fixture.now)
        #expect(home.rows[0].label == "모든 덱")
        _ = home.update(.down)
        _ = home.update(.down)
        #expect(home.update(.enter) == .study(SessionScope(deck: "AWS::VPC")))
    }

    /// With a learning step of an hour, the one new card answered Again leaves the session
    /// waiting: the review screen says so, and so does the summary.
    @Test(arguments: ScreenSnapshotTests.sizes, ScreenSnapshotTests.languages) func theLearningWait(size: (Int, Int), language: Language) throws {
        var config = StudyConfig()
        config.learningSteps = "1h"
        var data = StudyData(library: Fixture.library, progress: ProgressState(), config: config,
                             schedulers: try SchedulerSet(config: config), timeZone: Fixture.timeZone)
        data.language = language
        var app = StudyApp(data: data, now: Fixture.now, session: SessionScope(deck: "AWS::VPC", newLimit: 1))
        _ = app.update(.resized(width: size.0, height: size.1))
        _ = app.update(.key(.character(" ")))
        guard case .answer(let record) = app.update(.key(.character("1"))) else { Issue.record("no answer"); return }
        let entry = LogEntry(seq: 1, time: Fixture.now, event: .review(record))
        _ = app.update(.saved(app.data.progress.answer(record, entry: entry, schedulers: app.data.schedulers)))
        let waiting = app.view()
        expectSnapshot(waiting, ScreenSnapshotTests.name("learning-wait", size, language))
        _ = app.update(.key(.character("q")))
        guard case .summary(let summary) = app.screen else { Issue.record("no summary"); return }
        let text = (waiting.lines + summary.view(width: size.0, height: size.1).lines).joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")  // as read, whatever the wrapping
        switch language {
        case .ko:
            #expect(text.contains("학습 중인 카드가 1시간 뒤에 다시 나옵니다. 여기서 기다리거나 q를 누르세요."), "\(text)")
            #expect(text.contains("학습 중인 카드가 1시간 뒤에 다시 나옵니다. 그때 다시 학습하세요."), "\(text)")
        case .en:
            #expect(text.contains("Learning cards come back in 1h. Wait here, or press q."), "\(text)")
            #expect(text.contains("Learning cards come back in 1h; study again then."), "\(text)")
        }
    }

    @Test func theQuizResultNamesTheDomainsInKorean() throws {
        var screen = QuizScreen(quiz: try QuizExamTests.screen().attempt.quiz, startedAt: Fixture.now, language: .ko)
        _ = screen.update(.character("S"), now: Fixture.now)
        _ = screen.update(.character("y"), now: Fixture.now + .seconds(200))
        let lines = screen.view(width: 80, height: 24, now: Fixture.now).lines
        #expect(lines[0] == " recall quiz › 모든 덱 › 결과")
        #expect(lines[2] == "  점수  0%  (2문제 중 0개)  불합격  합격선 60%")
        #expect(lines[3] == "  시간  3분 20초 / 제한 시간 10분")
        #expect(lines.contains { $0.hasPrefix("  보안") && $0.contains("0/2") }, "\(lines)")
        #expect(DomainName.domain("security").text(.en) == "security")
        #expect(DomainName.domain("untagged").text(.ko) == "태그 없음")
        #expect(DomainName.domain("nat").text(.ko) == "nat")
        for size in ScreenSnapshotTests.sizes {
            expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), ScreenSnapshotTests.name("quiz-exam-result", size, .ko))
        }
    }

    @Test(arguments: [(30, 8), (39, 12), (16, 5)]) func tooSmallInKorean(size: (Int, Int)) {
        let buffer = ScreenBuffer.tooSmall(width: size.0, height: size.1, language: .ko)
        let lines = buffer.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.joined(separator: " ").contains("q"), "the way out is always there: \(lines)")
        #expect(lines.contains { $0.contains("작습니다") }, "\(lines)")
        for line in buffer.lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let left = line.prefix { $0 == " " }.count
            #expect(abs(left - (size.0 - left - DisplayWidth.of(line.trimmingCharacters(in: .whitespaces)))) <= 1, "centred: '\(line)'")
        }
        expectSnapshot(buffer, ScreenSnapshotTests.name("too-small", size, .ko))
    }

    @Test(arguments: ScreenSnapshotTests.sizes) func anEmptyFolderInKorean(size: (Int, Int)) {
        var data = StudyData(library: DeckLibrary(decks: [], diagnostics: []), progress: ProgressState(),
                             config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone, studiedDays: [])
        data.language = .ko
        let home = HomeScreen(data: data, now: Fixture.now)
        let text = home.view(width: size.0, height: size.1).lines.joined(separator: " ")
        #expect(text.contains("docs/deck-format.md") && text.contains("recall extract"))
        expectSnapshot(home.view(width: size.0, height: size.1), ScreenSnapshotTests.name("home-empty", size, .ko))
    }

    @Test(arguments: ScreenSnapshotTests.sizes) func quizHelpInKorean(size: (Int, Int)) throws {
        var screen = QuizScreen(quiz: try QuizScreenTests.quiz(), startedAt: Fixture.now, language: .ko)
        _ = screen.update(.character("?"), now: Fixture.now)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), ScreenSnapshotTests.name("quiz-help", size, .ko))
    }
}
