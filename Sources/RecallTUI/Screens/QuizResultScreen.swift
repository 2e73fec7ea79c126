import RecallCore

/// After a quiz: the score against the pass mark, the time used, the domains weakest first,
/// and the wrong answers, each with the right answer and the explanation, one at a time.
public struct QuizResultScreen: Hashable, Sendable {
    public let result: QuizResult
    /// nil: the overview; else the position in `result.wrong` being read.
    public private(set) var browsing: Int?
    public private(set) var scroll = 0
    /// Set by the executable once the attempt is saved (or the save failed).
    public var saveOutcome: SaveOutcome?
    /// The language of the quiz it follows.
    public let language: Language
    /// Set when the learner left by `r`: study the wrong cards now, as a cram session (the
    /// attempt is saved first: `r` works only once it is).
    public private(set) var studyWrong = false

    /// `r` works: the attempt is saved and has wrong answers.
    public var canStudyWrong: Bool {
        guard case .saved = saveOutcome else { return false }
        return !result.wrong.isEmpty
    }

    /// What became of the attempt. Only where it went: the score and the time are on the
    /// screen already, and saying them twice (in two formats) made the result harder to read.
    public enum SaveOutcome: Hashable, Sendable {
        /// In the history at `path`; with --reschedule, `reviews` answers recorded too.
        case saved(path: String, reviews: Int?)
        case notSaved(reason: String)

        public var message: QuizResultMessage {
            switch self {
            case .saved(let path, let reviews): return .saved(path: path, reviews: reviews)
            case .notSaved(let reason): return .notSaved(reason: reason)
            }
        }
    }

    public init(result: QuizResult, language: Language = .en) {
        self.result = result
        self.language = language
    }

    /// Returns true when the learner leaves.
    public mutating func update(_ key: Key) -> Bool {
        let wrong = result.wrong
        switch key {
        case .character("q"):
            return true
        case .character("r"):
            if canStudyWrong {
                studyWrong = true
                return true
            }
        case .escape:
            if browsing == nil { return true }
            browsing = nil
        case .enter, .character("w"):
            if browsing == nil, !wrong.isEmpty { browsing = 0 } else if let at = browsing, at + 1 < wrong.count { browsing = at + 1 }
        case .character("n"), .right:
            if let at = browsing { browsing = min(wrong.count - 1, at + 1) } else if !wrong.isEmpty { browsing = 0 }
        case .character("p"), .left:
            if let at = browsing { browsing = at == 0 ? nil : at - 1 }
        case .down, .character("j"): scroll += 1; return false
        case .up, .character("k"): scroll = max(0, scroll - 1); return false
        default: break
        }
        scroll = 0
        return false
    }

    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall quiz › " + result.spec.scopeTitle(language) + " › " + QuizResultMessage.resultTitle.text(language))
        let contentWidth = max(1, width - 4)
        let lines: [StyledLine]
        if let at = browsing, result.wrong.indices.contains(at) {
            lines = Self.wrongAnswer(result.wrong[at], number: at + 1, of: result.wrong.count, width: contentWidth, language: language)
        } else {
            lines = overview(width: contentWidth)
        }
        let area = max(1, height - 3)
        let first = min(scroll, max(0, lines.count - area))
        for (offset, line) in lines.dropFirst(first).prefix(area).enumerated() {
            buffer.draw(line, row: 2 + offset, column: 2, limit: contentWidth)
        }
        if browsing == nil {
            let keys: [QuizResultMessage] = result.wrong.isEmpty ? [.noWrongKeys, .leaveKey] : [.overviewKeys, .overviewKeysShort, .leaveKey]
            let study = canStudyWrong ? [CramMessage.resultKeysWithStudy, .resultKeysWithStudyShort].map { $0.text(language) } : []
            buffer.statusBar(study + keys.map { $0.text(language) })
        } else {
            buffer.statusBar([QuizResultMessage.browseKeys, .browseKeysShort].map { $0.text(language) })
        }
        return buffer
    }

    func overview(width: Int) -> [StyledLine] {
        let say = { (message: QuizResultMessage) in message.text(language) }
        let verdict = result.passed ? Span(say(.pass), Theme.correct) : Span(say(.fail), Theme.wrong)
        let labelWidth = max(DisplayWidth.of(say(.score)), DisplayWidth.of(say(.time))) + 2
        let ranOut = result.timedOut ? "  " + say(.timeRanOut) : ""
        var lines: [StyledLine] = [
            [Span(DisplayWidth.padded(say(.score), to: labelWidth)), Span("\(result.percent)%", Theme.bold),
             Span("  " + say(.correctOf(correct: result.correct, total: result.total)) + "  "),
             verdict, Span("  " + say(.passMark(percent: result.spec.passPercent)), Theme.dim)],
            [Span(DisplayWidth.padded(say(.time), to: labelWidth)), Span(spent(result.timeUsed), Theme.bold),
             Span(" " + say(.timeLimit(spent(result.spec.timeLimit))) + ranOut, Theme.dim)],
        ]
        if let saveOutcome { lines += TextWrap.wrap([Span(say(saveOutcome.message), Theme.dim)], width: width) }
        lines += [[], [Span(say(.byDomain), Theme.heading)]]
        let domains = result.domains
        let names = domains.map { DomainName.domain($0.domain).text(language) }
        let nameWidth = min(max(8, names.map { DisplayWidth.of($0) }.max() ?? 8), max(8, width / 3))
        let barWidth = max(0, min(20, width - nameWidth - 16))
        for (domain, name) in zip(domains, names) {
            let filled = domain.total == 0 ? 0 : barWidth * domain.correct / domain.total
            let style = domain.percent >= result.spec.passPercent ? Theme.correct : Theme.wrong
            lines.append([
                Span(DisplayWidth.padded(HomeScreen.clip(name, to: nameWidth), to: nameWidth)),
                Span(String("\(domain.correct)/\(domain.total)".leftPadded(to: 7))),
                Span(String("\(domain.percent)%".leftPadded(to: 5)) + " ", style),
                Span(String(repeating: "#", count: filled), style),
                Span(String(repeating: ".", count: barWidth - filled), Theme.dim),
            ])
        }
        let wrong = result.wrong
        lines.append([])
        if wrong.isEmpty {
            lines.append([Span(say(.noWrongAnswers), Theme.correct)])
        } else {
            lines += TextWrap.wrap([Span(say(.wrongAnswers(wrong.count)), Theme.heading)], width: width)
        }
        return lines
    }

    /// The time used or allowed: `03:20`, `3분 20초`.
    func spent(_ span: TimeSpan) -> String {
        ScreenMessage.timeSpent(seconds: Int(max(0, span.microseconds / 1_000_000)), clock: QuizDuration.countdown(span)).text(language)
    }

    static func wrongAnswer(_ outcome: QuizOutcome, number: Int, of count: Int, width: Int, language: Language) -> [StyledLine] {
        let question = outcome.question
        let say = { (message: QuizResultMessage) in message.text(language) }
        let header = QuizResultMessage.wrongAnswerHeader(number: number, of: count, question: outcome.index + 1, deck: question.card.deck)
        var lines: [StyledLine] = [[Span(say(header), Theme.dim)], []]
        lines += MarkdownLite.render(question.card.front(emphasisingBlank: true), width: width)
        lines.append([])
        switch (question.type, outcome.answer) {
        case (.choice, .options(let picked)):
            lines += CardContent.options(question.options, picked: picked, checked: true, width: width, language: language)
        case (.choice, _):
            lines += CardContent.options(question.options, picked: [], checked: true, width: width, language: language)
            lines.append([Span(say(.notAnswered), Theme.wrong)])
        case (_, .typed(let text)):
            lines += TextWrap.wrap([Span(say(.youTyped), Theme.dim), Span(text, Theme.wrong)], width: width)
            lines += TextWrap.wrap([Span(ScreenMessage.answerLabel.text(language) + " ", Theme.dim)]
                                   + MarkdownLite.inline(question.answerText, base: Theme.correct), width: width)
        case (_, .selfGrade), (_, .options):
            lines += [[Span(say(.markedWrongTheAnswer), Theme.wrong)]] + MarkdownLite.render(question.answerText, width: width)
        case (_, nil):
            lines += [[Span(say(.notAnsweredTheAnswer), Theme.wrong)]] + MarkdownLite.render(question.answerText, width: width)
        }
        lines += CardContent.explanation(question.explanation, width: width, language: language)
        if let source = question.card.note.source {
            lines += CardContent.source(source, width: width, language: language)
        }
        return lines
    }
}

extension QuizSpec {
    /// What the quiz covers, for title bars: the deck, the tags, or all decks.
    public func scopeTitle(_ language: Language) -> String {
        var parts: [String] = []
        if let deck { parts.append(deck) }
        if !tags.isEmpty { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? ScreenMessage.allDecks.text(language) : parts.joined(separator: " ")
    }
}
