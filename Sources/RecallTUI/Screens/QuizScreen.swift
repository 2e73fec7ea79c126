import RecallCore

/// The mock exam: one question at a time with a countdown, moving freely between questions,
/// flagging, a list of flagged and unanswered questions, and submission (by `S` and a
/// confirmation, or by itself when the time runs out). After submission it shows the result.
///
/// Like the review screen it touches no disk: `.submitted` hands the scored attempt to the
/// executable, which saves the history (and, with `--reschedule`, the reviews).
public struct QuizScreen: Sendable {
    public enum Mode: Hashable, Sendable {
        case question
        /// Typing the answer to a type-in question.
        case typing(LineEditor)
        /// The flagged and unanswered questions; the row chosen.
        case list(Int)
        case confirmSubmit
        case confirmLeave
        case result(QuizResultScreen)
    }

    public enum Effect: Hashable, Sendable {
        case none
        /// Scored: save it. The screen shows the result meanwhile.
        case submitted(QuizResult)
        /// Leave: after the result, or without submitting (nothing is saved then).
        case quit
    }

    public private(set) var attempt: QuizAttempt
    public private(set) var mode: Mode = .question
    public var showHelp = false
    public var message: String?
    public var scroll = 0
    /// The language the quiz and its result speak.
    public let language: Language

    public init(quiz: Quiz, startedAt: Instant, language: Language = .en) {
        attempt = QuizAttempt(quiz: quiz, startedAt: startedAt)
        self.language = language
    }

    /// Checks the clock: when the time is up, the quiz submits itself.
    public mutating func tick(now: Instant) -> Effect {
        if case .result = mode { return .none }
        guard attempt.isTimeUp(at: now) else { return .none }
        return submit(at: now)
    }

    /// The learner left the result by `r`: the wrong cards are to be studied now.
    public var studyWrongRequested: Bool {
        if case .result(let screen) = mode { return screen.studyWrong }
        return false
    }

    /// Shows on the result screen what became of the attempt (saved, or why not).
    public mutating func noteSaved(_ outcome: QuizResultScreen.SaveOutcome) {
        guard case .result(var screen) = mode else { return }
        screen.saveOutcome = outcome
        mode = .result(screen)
    }

    private mutating func submit(at now: Instant) -> Effect {
        let result = QuizResult(attempt: attempt, finishedAt: now)
        mode = .result(QuizResultScreen(result: result, language: language))
        showHelp = false
        return .submitted(result)
    }

    public mutating func update(_ key: Key, now: Instant) -> Effect {
        if showHelp {
            showHelp = false
            return .none
        }
        switch mode {
        case .result(var screen):
            let leaves = screen.update(key)
            mode = .result(screen)
            return leaves ? .quit : .none
        case .typing(var editor):
            switch key {
            case .enter:
                attempt.setTyped(editor.text)
                mode = .question
                if editor.text.trimmed.isEmpty { attempt.clearAnswer() }
            case .escape:
                mode = .question
            default:
                if editor.handle(key) { mode = .typing(editor) }
            }
            return .none
        case .confirmSubmit:
            if key == .character("y") || key == .character("Y") || key == .enter { return submit(at: now) }
            mode = .question
            return .none
        case .confirmLeave:
            if key == .character("y") || key == .character("Y") { return .quit }
            mode = .question
            return .none
        case .list(let row):
            let rows = listRows
            switch key {
            case .up, .character("k"): mode = .list(max(0, row - 1))
            case .down, .character("j"): mode = .list(min(max(0, rows.count - 1), row + 1))
            case .enter:
                if rows.indices.contains(row) { go(to: rows[row]) }
                mode = .question
            default: mode = .question
            }
            return .none
        case .question:
            return questionKey(key)
        }
    }

    private mutating func questionKey(_ key: Key) -> Effect {
        message = nil
        guard let question = attempt.currentQuestion else { return .none }
        switch key {
        case .character("?"): showHelp = true
        case .character("q"), .escape: mode = .confirmLeave
        case .character("S"): mode = .confirmSubmit
        case .character("f"): attempt.toggleFlag()
        case .character("l"):
            if listRows.isEmpty { message = QuizMessage.nothingFlagged.text(language) } else { mode = .list(0) }
        case .character("n"), .right, .character("p"), .left:
            go(to: attempt.current + (key == .character("p") || key == .left ? -1 : 1))
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .down, .character("j"): scroll += 1
        case .enter:
            if question.type == .typein {
                mode = .typing(LineEditor(typedAnswer ?? ""))
            } else if attempt.current + 1 < attempt.questionCount {
                go(to: attempt.current + 1)
            } else {
                mode = .confirmSubmit  // Enter on the last question offers to submit
            }
        case .character(" "):
            if question.type == .typein { mode = .typing(LineEditor(typedAnswer ?? "")) } else { attempt.reveal() }
        case .character("r"), .character("w"):
            guard question.type == .basic || question.type == .cloze else { break }
            if attempt.revealed.contains(attempt.current) {
                attempt.setSelfGrade(right: key == .character("r"))
            } else {
                message = QuizMessage.showAnswerFirst.text(language)
            }
        case .character(let c):
            guard let n = c.wholeNumberValue, question.type == .choice, (1...question.options.count).contains(n) else { break }
            if question.isMultipleAnswer { attempt.toggle(option: n - 1) } else { attempt.select(option: n - 1) }
        default: break
        }
        return .none
    }

    private mutating func go(to index: Int) {
        guard (0..<attempt.questionCount).contains(index) else { return }
        attempt.move(to: index)
        scroll = 0
    }

    var typedAnswer: String? {
        if case .typed(let text) = attempt.answers[attempt.current] { return text }
        return nil
    }

    /// Flagged questions and unanswered ones, in order, each once.
    public var listRows: [Int] {
        Set(attempt.flaggedIndices + attempt.unansweredIndices).sorted()
    }

    /// The keys of the help overlay, with what they do in `language`.
    public static func help(_ language: Language) -> [(String, String)] {
        let keys: [(String, HelpMessage)] = [
            ("1-9", .pickOption),
            ("Space", .showAnswerOrType),
            ("r / w", .selfGrade),
            ("Enter", .nextQuestion),
            ("n p Left Right", .nextPrevious),
            ("j k Up Down", .scrollQuestion),
            ("f", .flag),
            ("l", .flaggedAndUnanswered),
            ("S", .submit),
            ("q", .leaveWithoutScoring),
            ("?", .thisHelp),
        ]
        return keys.map { ($0.0, $0.1.text(language)) }
    }
}
