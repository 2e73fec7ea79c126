import RecallCore
@testable import RecallTUI
import Testing

/// The quiz screens with the Korean fixture deck: snapshots of a question, the list, the
/// confirmation and the result, and the keys that move, flag, submit and time out.
@Suite struct QuizScreenTests {
    static let sizes = [(80, 24), (40, 12)]

    static func quiz(types: [QuizQuestionType] = [.choice, .basic, .cloze, .typein], count: Int = 5) throws -> Quiz {
        let spec = QuizSpec(deck: "AWS::VPC", count: count, timeLimit: .minutes(10), passPercent: 60, seed: 7, types: types)
        return try QuizBuilder.build(cards: Fixture.library.cards, spec: spec)
    }

    static func screen(_ quiz: Quiz, language: Language = .en) -> QuizScreen {
        QuizScreen(quiz: quiz, startedAt: Fixture.now, language: language)
    }

    static func name(_ base: String, _ size: (Int, Int), _ language: Language) -> String {
        ScreenSnapshotTests.name(base, size, language)
    }

    @Test(arguments: sizes, ScreenSnapshotTests.languages) func questionScreens(size: (Int, Int), language: Language) throws {
        var screen = Self.screen(try Self.quiz(), language: language)
        _ = screen.update(.character("1"), now: Fixture.now)
        _ = screen.update(.character("f"), now: Fixture.now)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(75)), Self.name("quiz-question", size, language))
        _ = screen.update(.character("l"), now: Fixture.now)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(75)), Self.name("quiz-list", size, language))
        _ = screen.update(.escape, now: Fixture.now)
        _ = screen.update(.character("S"), now: Fixture.now)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now + .seconds(75)), Self.name("quiz-confirm", size, language))
    }

    @Test func theCountdownTurnsRedInTheLastTenth() throws {
        let screen = Self.screen(try Self.quiz())
        let early = screen.view(width: 80, height: 24, now: Fixture.now + .minutes(8))
        let late = screen.view(width: 80, height: 24, now: Fixture.now + .minutes(9) + .seconds(1))
        #expect(early.lines[0].hasSuffix("02:00"))
        #expect(late.lines[0].hasSuffix("00:59"))
        #expect(early[0, 79].style == Theme.titleBar)
        #expect(late[0, 79].style == Theme.warning)
    }

    @Test func movingFlaggingAndTheList() throws {
        var screen = Self.screen(try Self.quiz())
        _ = screen.update(.character("n"), now: Fixture.now)
        _ = screen.update(.right, now: Fixture.now)
        #expect(screen.attempt.current == 2)
        _ = screen.update(.character("p"), now: Fixture.now)
        #expect(screen.attempt.current == 1)
        _ = screen.update(.character("f"), now: Fixture.now)
        #expect(screen.attempt.flaggedIndices == [1])
        #expect(screen.listRows == [0, 1, 2, 3, 4])  // nothing answered yet
        _ = screen.update(.character("l"), now: Fixture.now)
        _ = screen.update(.down, now: Fixture.now)
        _ = screen.update(.down, now: Fixture.now)
        _ = screen.update(.enter, now: Fixture.now)
        #expect(screen.attempt.current == 2)
        #expect(screen.mode == .question)
    }

    @Test func submitAsksFirstAndScores() throws {
        var screen = Self.screen(try Self.quiz(types: [.choice], count: 2))
        let first = try #require(screen.attempt.currentQuestion)
        let right = try #require(first.correctOptions.first)
        for option in first.correctOptions { _ = screen.update(.character(Character(String(option + 1))), now: Fixture.now) }
        #expect(screen.attempt.isCorrect(0) == true, "picked \(right + 1)")
        _ = screen.update(.character("S"), now: Fixture.now)
        #expect(screen.mode == .confirmSubmit)
        _ = screen.update(.character("x"), now: Fixture.now)  // anything but y goes back
        #expect(screen.mode == .question)
        _ = screen.update(.character("S"), now: Fixture.now)
        guard case .submitted(let result) = screen.update(.character("y"), now: Fixture.now + .seconds(30)) else {
            Issue.record("not submitted")
            return
        }
        #expect(result.correct == 1)
        #expect(result.total == 2)
        #expect(result.percent == 50)
        #expect(!result.passed)
        #expect(!result.timedOut)
        #expect(screen.update(.character("q"), now: Fixture.now) == .quit)
    }

    @Test func timeUpSubmitsByItself() throws {
        var screen = Self.screen(try Self.quiz())
        #expect(screen.tick(now: Fixture.now + .minutes(9)) == .none)
        guard case .submitted(let result) = screen.tick(now: Fixture.now + .minutes(10)) else {
            Issue.record("did not submit")
            return
        }
        #expect(result.timedOut)
        #expect(result.correct == 0)
        #expect(screen.tick(now: Fixture.now + .minutes(11)) == .none)  // only once
    }

    @Test func selfGradedAndTypedQuestions() throws {
        var screen = Self.screen(try Self.quiz(types: [.basic, .typein], count: 3))
        for index in 0..<3 {
            guard let question = screen.attempt.currentQuestion else { break }
            if question.type == .typein {
                _ = screen.update(.enter, now: Fixture.now)
                for character in "direct  connect" { _ = screen.update(.character(character), now: Fixture.now) }
                _ = screen.update(.enter, now: Fixture.now)
                #expect(screen.attempt.isCorrect(index) == true)
            } else {
                _ = screen.update(.character("r"), now: Fixture.now)
                #expect(screen.message == "Show the answer with Space first.")
                _ = screen.update(.character(" "), now: Fixture.now)
                _ = screen.update(.character("w"), now: Fixture.now)
                #expect(screen.attempt.isCorrect(index) == false)
            }
            _ = screen.update(.character("n"), now: Fixture.now)
        }
    }

    @Test(arguments: sizes, ScreenSnapshotTests.languages) func resultScreens(size: (Int, Int), language: Language) throws {
        var screen = Self.screen(try Self.quiz(), language: language)
        if let question = screen.attempt.currentQuestion, question.type == .choice, let option = question.correctOptions.min() {
            _ = screen.update(.character(Character(String(option + 1))), now: Fixture.now)
        }
        _ = screen.update(.character("S"), now: Fixture.now)
        _ = screen.update(.character("y"), now: Fixture.now + .seconds(200))
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("quiz-result", size, language))
        _ = screen.update(.enter, now: Fixture.now)
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), Self.name("quiz-wrong", size, language))
    }
}

/// The quiz as an exam (issue 12 point 8): no hint above the question, a list that reads like
/// the questions, and a result that says each thing once.
@Suite struct QuizExamTests {
    static let deckText = """
        ---
        deck: AWS::보안
        tags: [security]
        ---
        ## `s3:GetObject`를 **거부**하는 정책이 이기는 경우는? 명시적 거부와 허용이 함께 있을 때를 생각해 보세요
        <!-- id: deny -->
        - [x] 명시적 거부가 있을 때
        - [ ] 허용이 더 구체적일 때

        ## 루트 사용자에 대해 옳은 것은?
        <!-- id: root -->
        - [ ] 일상 작업에 씁니다
        - [x] MFA를 켜고 거의 쓰지 않습니다

        """

    static func screen() throws -> QuizScreen {
        let result = DeckParser.parse(text: deckText, file: "Decks/security.md", defaultDeckName: "security")
        let spec = QuizSpec(count: 2, timeLimit: .minutes(10), passPercent: 60, seed: 3, types: [.choice])
        let quiz = try QuizBuilder.build(cards: try #require(result.deck).cards, spec: spec)
        return QuizScreen(quiz: quiz, startedAt: Fixture.now)
    }

    @Test(arguments: QuizScreenTests.sizes) func theQuestionDoesNotNameItsDeck(size: (Int, Int)) throws {
        let screen = try Self.screen()
        let lines = screen.view(width: size.0, height: size.1, now: Fixture.now).lines
        #expect(!lines.contains { $0.contains("보안") }, "the deck name is the domain: a hint")
        #expect(lines[3].trimmingCharacters(in: .whitespaces) == "choice")
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), "quiz-exam-question-\(size.0)x\(size.1)")
    }

    @Test(arguments: QuizScreenTests.sizes) func theListRendersMarkdownAndMarksCutLines(size: (Int, Int)) throws {
        var screen = try Self.screen()
        _ = screen.update(.character("l"), now: Fixture.now)
        let buffer = screen.view(width: size.0, height: size.1, now: Fixture.now)
        let rows = buffer.lines.filter { $0.contains(". [unanswered]") }
        #expect(rows.count == 2)
        #expect(!rows.contains { $0.contains("**") || $0.contains("`") }, "Markdown is rendered, not shown")
        let long = try #require(rows.first { $0.contains("s3:GetObject") })
        #expect(long.trimmingCharacters(in: .whitespaces).hasSuffix("..."), "a cut line says so: \(long)")
        let row = try #require(buffer.lines.firstIndex(of: long))
        let column = try #require(long.range(of: "s3:GetObject")).lowerBound.utf16Offset(in: long)
        #expect(buffer[row, DisplayWidth.of(String(long.prefix(column)))].style.foreground == Theme.code.foreground)
        expectSnapshot(buffer, "quiz-exam-list-\(size.0)x\(size.1)")
    }

    @Test(arguments: QuizScreenTests.sizes) func theResultShowsTheTimeOnce(size: (Int, Int)) throws {
        var screen = try Self.screen()
        _ = screen.update(.character("S"), now: Fixture.now)
        _ = screen.update(.character("y"), now: Fixture.now + .seconds(200))
        screen.noteSaved(.saved(path: "/home/learner/.local/share/recall/quiz-history.jsonl", reviews: nil))
        let lines = screen.view(width: size.0, height: size.1, now: Fixture.now).lines
        #expect(lines.filter { $0.contains("03:20") || $0.contains("3m20s") }.count == 1, "\(lines)")
        #expect(lines.filter { $0.contains("0%") && $0.contains("0 of 2") }.count == 1)
        #expect(lines.joined().contains("Saved in"))
        expectSnapshot(screen.view(width: size.0, height: size.1, now: Fixture.now), "quiz-exam-result-\(size.0)x\(size.1)")
    }

    @Test func theListShowsWhatTheQuestionShowsNotTheAnswer() throws {
        let text = """
            ---
            deck: AWS::VPC
            ---
            ## 가용 영역
            <!-- id: az -->
            type:: reversible
            리전 안의 데이터 센터 묶음

            ## {{c1::NAT 게이트웨이}}는 퍼블릭 서브넷에 둡니다
            <!-- id: nat -->

            """
        let deck = try #require(DeckParser.parse(text: text, file: "Decks/vpc.md", defaultDeckName: "vpc").deck)
        let reverse = try #require(deck.cards.first { $0.id == "az/reverse" })
        let cloze = try #require(deck.cards.first { $0.kind == .cloze })
        let spec = QuizSpec(count: 2, timeLimit: .minutes(10), passPercent: 60, seed: 3, types: [.basic, .cloze])
        let quiz = Quiz(spec: spec, questions: [QuizQuestion(card: reverse, type: .basic), QuizQuestion(card: cloze, type: .cloze)])
        var screen = QuizScreen(quiz: quiz, startedAt: Fixture.now)
        _ = screen.update(.character("l"), now: Fixture.now)
        let rows = screen.view(width: 80, height: 24, now: Fixture.now).lines.filter { $0.contains(". [unanswered]") }
        #expect(rows.count == 2)
        #expect(rows[0].contains("리전 안의 데이터 센터 묶음") && !rows[0].contains("가용 영역"), "\(rows[0])")
        #expect(!rows[1].contains("NAT 게이트웨이") && rows[1].contains("[...]"), "\(rows[1])")
    }
}
