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

    /// What became of the attempt. Only where it went: the score and the time are on the
    /// screen already, and saying them twice (in two formats) made the result harder to read.
    public enum SaveOutcome: Hashable, Sendable {
        /// In the history at `path`; with --reschedule, `reviews` answers recorded too.
        case saved(path: String, reviews: Int?)
        case notSaved(reason: String)

        public var text: String {
            switch self {
            case .saved(let path, nil): return "Saved in \(path)."
            case .saved(let path, let reviews?):
                return "Saved in \(path); recorded \(reviews == 1 ? "1 review" : "\(reviews) reviews") (wrong: Again, right: Good)."
            case .notSaved(let reason): return "NOT saved: \(reason) (see the terminal after leaving)"
            }
        }
    }

    public init(result: QuizResult) {
        self.result = result
    }

    /// Returns true when the learner leaves.
    public mutating func update(_ key: Key) -> Bool {
        let wrong = result.wrong
        switch key {
        case .character("q"):
            return true
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
        buffer.titleBar(" recall quiz › " + result.spec.scopeTitle + " › result")
        let contentWidth = max(1, width - 4)
        let lines: [StyledLine]
        if let at = browsing, result.wrong.indices.contains(at) {
            lines = Self.wrongAnswer(result.wrong[at], number: at + 1, of: result.wrong.count, width: contentWidth)
        } else {
            lines = overview(width: contentWidth)
        }
        let area = max(1, height - 3)
        let first = min(scroll, max(0, lines.count - area))
        for (offset, line) in lines.dropFirst(first).prefix(area).enumerated() {
            buffer.draw(line, row: 2 + offset, column: 2, limit: contentWidth)
        }
        if browsing == nil {
            buffer.statusBar(result.wrong.isEmpty ? ["q leave  j/k scroll", "q leave"]
                             : ["Enter wrong answers  j/k scroll  q leave", "Enter wrong answers  q leave", "q leave"])
        } else {
            buffer.statusBar(["n/p next/previous  Esc overview  j/k scroll  q leave", "n/p  Esc back  q leave"])
        }
        return buffer
    }

    func overview(width: Int) -> [StyledLine] {
        let verdict = result.passed ? Span("PASS", Theme.correct) : Span("FAIL", Theme.wrong)
        var lines: [StyledLine] = [
            [Span("Score  "), Span("\(result.percent)%", Theme.bold), Span("  (\(result.correct) of \(result.total))  "),
             verdict, Span("  pass mark \(result.spec.passPercent)%", Theme.dim)],
            [Span("Time   "), Span(QuizDuration.countdown(result.timeUsed), Theme.bold),
             Span(" of " + QuizDuration.countdown(result.spec.timeLimit) + (result.timedOut ? "  (time ran out)" : ""), Theme.dim)],
        ]
        if let saveOutcome { lines += TextWrap.wrap([Span(saveOutcome.text, Theme.dim)], width: width) }
        lines += [[], [Span("By domain, weakest first", Theme.heading)]]
        let domains = result.domains
        let nameWidth = min(max(8, domains.map { DisplayWidth.of($0.domain) }.max() ?? 8), max(8, width / 3))
        let barWidth = max(0, min(20, width - nameWidth - 16))
        for domain in domains {
            let filled = domain.total == 0 ? 0 : barWidth * domain.correct / domain.total
            let style = domain.percent >= result.spec.passPercent ? Theme.correct : Theme.wrong
            lines.append([
                Span(DisplayWidth.padded(HomeScreen.clip(domain.domain, to: nameWidth), to: nameWidth)),
                Span(String("\(domain.correct)/\(domain.total)".leftPadded(to: 7))),
                Span(String("\(domain.percent)%".leftPadded(to: 5)) + " ", style),
                Span(String(repeating: "#", count: filled), style),
                Span(String(repeating: ".", count: barWidth - filled), Theme.dim),
            ])
        }
        let wrong = result.wrong
        lines.append([])
        if wrong.isEmpty {
            lines.append([Span("No wrong answers.", Theme.correct)])
        } else {
            lines += TextWrap.wrap([Span("\(wrong.count) wrong or unanswered: Enter reads them, with the answers.", Theme.heading)], width: width)
        }
        return lines
    }

    static func wrongAnswer(_ outcome: QuizOutcome, number: Int, of count: Int, width: Int) -> [StyledLine] {
        let question = outcome.question
        var lines: [StyledLine] = [[Span("Wrong answer \(number) of \(count) | question \(outcome.index + 1) | \(question.card.deck)", Theme.dim)], []]
        lines += MarkdownLite.render(question.card.front(emphasisingBlank: true), width: width)
        lines.append([])
        switch (question.type, outcome.answer) {
        case (.choice, .options(let picked)):
            lines += CardContent.options(question.options, picked: picked, checked: true, width: width)
        case (.choice, _):
            lines += CardContent.options(question.options, picked: [], checked: true, width: width)
            lines.append([Span("Not answered.", Theme.wrong)])
        case (_, .typed(let text)):
            lines += TextWrap.wrap([Span("You typed: ", Theme.dim), Span(text, Theme.wrong)], width: width)
            lines += TextWrap.wrap([Span("Answer: ", Theme.dim)] + MarkdownLite.inline(question.answerText, base: Theme.correct), width: width)
        case (_, .selfGrade), (_, .options):
            lines += [[Span("You marked it wrong. The answer:", Theme.wrong)]] + MarkdownLite.render(question.answerText, width: width)
        case (_, nil):
            lines += [[Span("Not answered. The answer:", Theme.wrong)]] + MarkdownLite.render(question.answerText, width: width)
        }
        if let explanation = question.explanation {
            lines += [[]] + MarkdownLite.render("**Why:** " + explanation, width: width)
        }
        if let source = question.card.note.source {
            lines += [[]] + TextWrap.wrap([Span("source: " + source, Theme.dim)], width: width)
        }
        return lines
    }
}

extension QuizSpec {
    /// What the quiz covers, for title bars: the deck, the tags, or all decks.
    public var scopeTitle: String {
        var parts: [String] = []
        if let deck { parts.append(deck) }
        if !tags.isEmpty { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? "All decks" : parts.joined(separator: " ")
    }
}
