import RecallCore

extension ReviewScreen {
    /// The frame: title and counts at the top, the card in the middle (scrolling when it is
    /// taller than the screen), the grade bar and the keys at the bottom.
    public func view(width: Int, height: Int, now: Instant) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall › " + scope.title(language), right: card == nil ? "" : Self.clock(now - shownAt) + " ")
        var counts = ScreenBuffer.Row()
        if let cram = scope.cram {
            // A cram session's cards are neither new nor due: how many are left, and what answers do.
            counts.add(" " + CramMessage.cardsLeft(remaining.review).text(language), Theme.reviewCount)
            counts.add("   " + ReviewMessage.doneCount(stats.answered).text(language), Theme.dim)
            counts.add("   " + (cram.reschedule ? CramMessage.scheduleChanged : .scheduleUnchanged).text(language), Theme.dim)
            buffer.draw(counts.spans, row: 1, column: 0)
        } else {
            counts.add(" " + ReviewMessage.newCount(remaining.new).text(language), Theme.newCount)
            counts.add("  " + ReviewMessage.learningCount(remaining.learning).text(language), Theme.learningCount)
            counts.add("  " + ReviewMessage.dueCount(remaining.review).text(language), Theme.reviewCount)
            counts.add("   " + ReviewMessage.doneCount(stats.answered).text(language), Theme.dim)
            buffer.draw(counts.spans, row: 1, column: 0)
        }

        let top = 3
        let areaHeight = Self.areaHeight(height)
        let contentWidth = Self.contentWidth(width)
        if let card {
            let layout = CardContent.layout(for: card, phase: phase, optionOrder: optionOrder, width: contentWidth, language: language)
            let lines = layout.lines
            let maxScroll = max(0, lines.count - areaHeight)
            let first = min(scroll, maxScroll)
            for (offset, line) in lines.dropFirst(first).prefix(areaHeight).enumerated() {
                buffer.draw(line, row: top + offset, column: 2, limit: contentWidth)
            }
            // The terminal's cursor goes to the insertion point, so an input method draws the
            // syllable being composed in the field.
            if case .typing(let editor) = phase, !showHelp, let field = layout.fieldLine, (first..<(first + areaHeight)).contains(field) {
                buffer.cursor = CardContent.fieldCursor(editor, row: top + field - first, width: contentWidth)
            }
            if maxScroll > 0 {
                let last = min(lines.count, first + areaHeight)
                let position = " " + ScreenMessage.linesShown(first: first + 1, last: last, of: lines.count).text(language) + " "
                buffer.write(position, row: 2, column: max(0, width - DisplayWidth.of(position)), style: Theme.dim)
            }
            buffer.draw(actionLine(card, width: width), row: height - 2, column: 1, limit: width - 1)
        } else if let waitingUntil {
            let text = ReviewMessage.learningWait(waitingUntil - now).text(language)
            for (offset, line) in TextWrap.wrap(text, width: contentWidth).prefix(areaHeight).enumerated() {
                buffer.write(line, row: top + offset, column: 2)
            }
        }
        // News goes on the row under the counts, so that it never hides what the keys do.
        if let message { buffer.write(message, row: 2, column: 1, style: Theme.wrong) }
        if phase.isTyping {
            // Every printable key is text here: with Enter and Esc above, these are the keys that work.
            buffer.statusBar([ReviewMessage.typingKeys, .typingKeysShort, .typingKeysShortest].map { $0.text(language) })
        } else {
            buffer.statusBar([ReviewMessage.keys, .keysShort, .keysShortest].map { $0.text(language) })
        }
        if showHelp { buffer.helpOverlay(title: ReviewMessage.helpTitle.text(language), keys: Self.help(language), language: language) }
        return buffer
    }

    /// What the keys do now: reveal, pick options, or the four grades with their intervals.
    func actionLine(_ card: Card, width: Int) -> StyledLine {
        switch phase {
        case .question:
            return [Span("Space", Theme.key), Span(" " + ReviewMessage.showAnswer.text(language))]
        case .choosing:
            let count = card.note.options.count
            let verb = (card.note.isMultipleAnswer ? ReviewMessage.toggleOptions : .pickAnOption).text(language)
            return [Span("1-\(count)", Theme.key), Span(" " + verb + "   "), Span("Enter", Theme.key), Span(" " + ReviewMessage.check.text(language))]
        case .typing:
            return [Span("Enter", Theme.key), Span(" " + ReviewMessage.check.text(language) + "   "), Span("Esc", Theme.key),
                    Span(" " + ReviewMessage.giveUp.text(language))]
        case .answer, .choiceChecked, .typeChecked:
            return gradeBar(width: width)
        }
    }

    /// `1 Again <1m  2 Hard 6m  3 Good 10m  4 Easy 2d`; the grade Enter gives is underlined.
    /// On a narrow screen the words go and the numbers and intervals stay.
    func gradeBar(width: Int) -> StyledLine {
        let styles: [Rating: Style] = [.again: Theme.again, .hard: Theme.hard, .good: Theme.good, .easy: Theme.easy]
        func bar(words: Bool) -> StyledLine {
            var line: StyledLine = []
            for rating in Rating.allCases {
                var style = styles[rating] ?? .plain
                if rating == derivedRating { style = style.merged(with: Style(underline: true)) }
                let label = words ? " \(ReviewMessage.grade(rating).text(language)) " : " "
                line.append(Span("\(rating.rawValue)", Theme.key))
                line.append(Span(label + (previews[rating] ?? ""), style))
                line.append(Span("  "))
            }
            return line
        }
        let full = bar(words: true)
        return full.displayWidth <= width - 1 ? full : bar(words: false)
    }

    /// `1:05`, minutes and seconds.
    static func clock(_ span: TimeSpan) -> String {
        let seconds = max(0, span.microseconds / 1_000_000)
        let rest = seconds % 60
        return "\(seconds / 60):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
