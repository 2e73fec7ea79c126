import RecallCore

extension QuizScreen {
    /// The question with its countdown (red in the last tenth of the time), the progress line,
    /// and what the keys do; or the list, a confirmation, or the result.
    public func view(width: Int, height: Int, now: Instant) -> ScreenBuffer {
        if case .result(let result) = mode { return result.view(width: width, height: height) }
        var buffer = ScreenBuffer(width: width, height: height)
        let clock = " " + QuizDuration.countdown(attempt.remaining(at: now)) + " "
        buffer.titleBar(" recall quiz › " + attempt.quiz.spec.scopeTitle(language), right: clock)
        if attempt.isRunningOut(at: now) {
            buffer.write(clock, row: 0, column: width - DisplayWidth.of(clock), style: Theme.warning)
        }
        let index = attempt.current
        var progress = ScreenBuffer.Row()
        progress.add(" " + QuizMessage.questionOf(index + 1, total: attempt.questionCount).text(language), Theme.heading)
        progress.add("   " + QuizMessage.answeredCount(attempt.answeredCount).text(language), Theme.dim)
        if !attempt.flaggedIndices.isEmpty { progress.add("  " + QuizMessage.flaggedCount(attempt.flaggedIndices.count).text(language), Theme.dim) }
        if attempt.flagged.contains(index) { progress.add("  " + QuizMessage.flaggedMark.text(language), Theme.hard) }
        buffer.draw(progress.spans, row: 1, column: 0)
        if let message { buffer.write(message, row: 2, column: 1, style: Theme.wrong) }

        let contentWidth = max(1, width - 4)
        let area = max(1, height - 5)
        let lines = questionLines(width: contentWidth)
        let first = min(scroll, max(0, lines.count - area))
        for (offset, line) in lines.dropFirst(first).prefix(area).enumerated() {
            buffer.draw(line, row: 3 + offset, column: 2, limit: contentWidth)
        }
        // While typing, the field is the last line; the terminal's cursor goes to its insertion point.
        if case .typing(let editor) = mode, !showHelp, let field = lines.indices.last, (first..<(first + area)).contains(field) {
            buffer.cursor = CardContent.fieldCursor(editor, row: 3 + field - first, width: contentWidth)
        }
        if lines.count > area, message == nil {
            let position = " " + ScreenMessage.linesShown(first: first + 1, last: min(lines.count, first + area), of: lines.count).text(language) + " "
            buffer.write(position, row: 2, column: max(0, width - DisplayWidth.of(position)), style: Theme.dim)
        }
        buffer.draw(actionLine, row: height - 2, column: 1, limit: width - 1)
        buffer.statusBar([QuizMessage.keys, .keysShort, .keysShortest].map { $0.text(language) })
        switch mode {
        case .list(let row): drawList(&buffer, selected: row)
        case .confirmSubmit:
            let open = attempt.unansweredIndices.count
            let flagged = attempt.flaggedIndices.count
            buffer.dialog(QuizMessage.submitTitle.text(language),
                          lines: [QuizMessage.openAndFlagged(unanswered: open, flagged: flagged), .submitKeys].map { $0.text(language) })
        case .confirmLeave:
            buffer.dialog(QuizMessage.leaveTitle.text(language), lines: [QuizMessage.nothingIsSaved, .leaveKeys].map { $0.text(language) })
        default: break
        }
        if showHelp { buffer.helpOverlay(title: QuizMessage.helpTitle.text(language), keys: Self.help(language), language: language) }
        return buffer
    }

    func questionLines(width: Int) -> [StyledLine] {
        guard let question = attempt.currentQuestion else { return [] }
        // Not the deck: its name is the question's domain, a hint an exam does not give.
        var lines = TextWrap.wrap([Span(Self.kind(question, language), Theme.dim)], width: width)
        lines.append([])
        lines += MarkdownLite.render(question.card.front(emphasisingBlank: true), width: width)
        lines.append([])
        let answer = attempt.answers[attempt.current]
        switch question.type {
        case .choice:
            var picked: Set<Int> = []
            if case .options(let chosen) = answer { picked = chosen }
            lines += CardContent.options(question.options, picked: picked, checked: false, width: width, language: language)
        case .typein:
            if case .typing(let editor) = mode {
                lines.append([Span(CardContent.fieldPrompt, Theme.key)] + editor.spans(width: CardContent.fieldWidth(width)))
            } else {
                lines += TextWrap.wrap([Span("> ", Theme.key), Span(typedAnswer ?? QuizMessage.notAnswered.text(language), typedAnswer == nil ? Theme.dim : .plain)], width: width)
            }
        case .basic, .cloze:
            if attempt.revealed.contains(attempt.current) {
                lines += [[Span(String(repeating: "-", count: min(width, 40)), Theme.dim)], []]
                lines += MarkdownLite.render(question.answerText, width: width)
                if case .selfGrade(let right) = answer {
                    lines += [[], [right ? Span(QuizMessage.markedRight.text(language), Theme.correct)
                                         : Span(QuizMessage.markedWrong.text(language), Theme.wrong)]]
                }
            }
        }
        return lines
    }

    static func kind(_ question: QuizQuestion, _ language: Language) -> String {
        let kind: NoteKind
        var detail: ScreenMessage?
        switch question.type {
        case .choice: kind = .choice; detail = question.isMultipleAnswer ? .pickAll : nil
        case .typein: kind = .typein
        case .basic: kind = .basic; detail = .gradeYourself
        case .cloze: kind = .cloze; detail = .gradeYourself
        }
        return ([ScreenMessage.cardKind(kind)] + (detail.map { [$0] } ?? [])).map { $0.text(language) }.joined(separator: " | ")
    }

    var actionLine: StyledLine {
        guard let question = attempt.currentQuestion else { return [] }
        if case .typing = mode {
            return Self.keys([("Enter", .keepTheAnswer), ("Esc", .cancel)], language)
        }
        switch question.type {
        case .choice:
            let verb: ReviewMessage = question.isMultipleAnswer ? .toggleOptions : .pickAnOption
            return [Span("1-\(question.options.count)", Theme.key), Span(" " + verb.text(language) + "   ")]
                + Self.keys([("Enter", .next)], language)
        case .typein:
            return Self.keys([("Space", .typeTheAnswer), ("Enter", .type)], language)
        case .basic, .cloze:
            if attempt.revealed.contains(attempt.current) {
                return Self.keys([("r", .iWasRight), ("w", .iWasWrong), ("Enter", .next)], language)
            }
            return Self.keys([("Space", .showTheAnswer), ("Enter", .next)], language)
        }
    }

    /// `Enter next   Esc cancel`: each key and what it does, three spaces apart.
    static func keys(_ keys: [(String, QuizMessage)], _ language: Language) -> StyledLine {
        keys.enumerated().flatMap { index, key in
            [Span(key.0, Theme.key), Span(" " + key.1.text(language) + (index == keys.count - 1 ? "" : "   "))]
        }
    }

    /// Each question's first line, its Markdown rendered as the question renders it.
    private func drawList(_ buffer: inout ScreenBuffer, selected: Int) {
        let rows = listRows.map { index -> StyledLine in
            var marks: [String] = []
            if attempt.flagged.contains(index) { marks.append(QuizMessage.flaggedWord.text(language)) }
            if !attempt.isAnswered(index) { marks.append(QuizMessage.unansweredWord.text(language)) }
            // What the question shows, not the note's heading: a reversed card's heading is its
            // answer, and a cloze heading holds the hidden text.
            let question = attempt.quiz.questions[index].card.front(emphasisingBlank: false)
            let firstLine = question.lines.lazy.map { String($0.trimmed) }.first { !$0.isEmpty } ?? ""
            return [Span("\(index + 1). [\(marks.joined(separator: ", "))] ")] + MarkdownLite.inline(firstLine, base: .plain)
        }
        buffer.dialog(QuizMessage.listTitle.text(language), rows: rows, selected: selected)
    }
}

extension ScreenBuffer {
    /// A box in the middle of the screen with a title and lines (one of them highlighted).
    public mutating func dialog(_ title: String, lines: [String], selected: Int? = nil) {
        dialog(title, rows: lines.map { [Span($0)] }, selected: selected)
    }

    /// A box in the middle of the screen with a title and styled rows (one of them highlighted).
    /// What does not fit ends in `...`, so a cut line reads as cut.
    public mutating func dialog(_ title: String, rows lines: [StyledLine], selected: Int? = nil) {
        let boxWidth = min(width, max(DisplayWidth.of(title) + 4, (lines.map(\.displayWidth).max() ?? 0) + 4, 30))
        let visible = max(0, min(lines.count, height - 4))
        let first = selected.map { min(max(0, $0 - visible + 1), max(0, lines.count - visible)) } ?? 0
        let boxHeight = min(height, visible + 3)
        let left = max(0, (width - boxWidth) / 2)
        let top = max(0, (height - boxHeight) / 2)
        for y in top..<(top + boxHeight) { fill(row: y, column: left, width: boxWidth, style: Theme.statusBar) }
        draw(TextWrap.clipped([Span(" " + title, Theme.statusBar.merged(with: Theme.heading))], to: boxWidth),
             row: top, column: left, limit: boxWidth)
        for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = top + 2 + offset
            let isSelected = first + offset == selected
            let style = isSelected ? Theme.titleBar : Theme.statusBar
            if isSelected { fill(row: y, column: left, width: boxWidth, style: style) }
            let row = ([Span(" ")] + line).map { Span($0.text, style.merged(with: $0.style)) }
            draw(TextWrap.clipped(row, to: boxWidth - 1), row: y, column: left, limit: boxWidth - 1)
        }
    }
}
