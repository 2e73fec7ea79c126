import RecallCore

extension TriageScreen {
    /// The draft (its kind, question, answer, tags and source) under the progress line, the
    /// keys at the bottom; or the summary after the last draft.
    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall extract › " + deck)
        if mode == .summary {
            drawSummary(&buffer)
            return buffer
        }
        var progress = ScreenBuffer.Row()
        let number = min(session.number, session.total)
        progress.add(" " + TriageMessage.progress(number: number, total: session.total, kept: session.kept, dropped: session.dropped).text(language), Theme.heading)
        if session.skipped > 0 { progress.add("   " + TriageMessage.forLater(session.skipped).text(language), Theme.dim) }
        buffer.draw(progress.spans, row: 1, column: 0)
        if showHelp {
            // The help replaces the card area completely: nothing of the card shows beside it.
            buffer.draw(actionLine(width: width - 1), row: height - 2, column: 1, limit: width - 1)
            buffer.statusBar([TriageMessage.keys, .keysShort, .keysShortest].map { $0.text(language) })
            buffer.helpOverlay(title: TriageMessage.helpTitle.text(language), keys: Self.help(language), language: language)
            return buffer
        }
        if let message {
            buffer.draw(TextWrap.clipped([Span(message, Theme.wrong)], to: max(0, width - 2)), row: 2, column: 1)
        }

        let contentWidth = max(1, width - 4)
        let area = max(1, height - 5)
        let layout = contentLines(width: contentWidth)
        var first = min(scroll, max(0, layout.lines.count - area))
        if let field = layout.field, !(first..<(first + area)).contains(field.line) {
            first = max(0, field.line - area + 1)  // the field being typed in is always in view
        }
        for (offset, line) in layout.lines.dropFirst(first).prefix(area).enumerated() {
            buffer.draw(line, row: 3 + offset, column: 2, limit: contentWidth)
        }
        if let field = layout.field, (first..<(first + area)).contains(field.line) {
            buffer.cursor = ScreenBuffer.Cursor(row: 3 + field.line - first, column: 2 + field.column)
        }
        if layout.lines.count > area, message == nil {
            let position = " " + TriageMessage.linesShown(first: first + 1, last: min(layout.lines.count, first + area), of: layout.lines.count).text(language) + " "
            buffer.write(position, row: 2, column: max(0, width - DisplayWidth.of(position)), style: Theme.dim)
        }
        buffer.draw(actionLine(width: width - 1), row: height - 2, column: 1, limit: width - 1)
        buffer.statusBar([TriageMessage.keys, .keysShort, .keysShortest].map { $0.text(language) })
        return buffer
    }

    /// The card area's lines, and where the field's cursor is (line, column) while editing.
    struct Layout {
        var lines: [StyledLine] = []
        var field: (line: Int, column: Int)?
    }

    func contentLines(width: Int) -> Layout {
        var layout = Layout()
        guard let draft = session.current else { return layout }
        let card = draft.card
        var kind = [ScreenMessage.cardKind(NoteKind(card.kind)).text(language)]
        if draft.edited { kind.append(TriageMessage.editedMark.text(language)) }
        if card.kind == .cloze, !card.context.isEmpty { kind.append(card.context.joined(separator: ExtractedCard.contextSeparator)) }
        layout.lines += TextWrap.wrap([Span(kind.joined(separator: " | "), Theme.dim)], width: width)
        layout.lines.append([])
        if case .question(let editor) = mode {
            addField(editor, to: &layout, width: width)
        } else {
            layout.lines += TextWrap.wrap([Span(draft.questionText, Theme.heading)], width: width)
        }
        if case .answer(let edit) = mode {
            layout.lines.append([])
            let label: TriageMessage = edit.line < edit.lines.count ? .answerLine(edit.line + 1, of: edit.lines.count) : .newAnswerLine
            layout.lines += TextWrap.wrap([Span(label.text(language), Theme.dim)], width: width)
            for (index, line) in (edit.lines + [""]).enumerated() {
                if index == edit.line { addField(edit.editor, to: &layout, width: width) } else if index < edit.lines.count {
                    layout.lines += TextWrap.wrap([Span("- " + line)], width: width)
                }
            }
        } else if !card.answer.isEmpty {
            layout.lines.append([])
            let items = card.answer.count == 1 ? card.answer : card.answer.map { "- " + $0 }
            for item in items { layout.lines += TextWrap.wrap([Span(item)], width: width) }
        }
        layout.lines.append([])
        let tagsLabel = TriageMessage.tagsLabel.text(language) + ": "
        if case .tags(let editor) = mode {
            // A line of its own under the label, after `> `, as the question's field.
            layout.lines += TextWrap.wrap([Span(tagsLabel, Theme.dim)], width: width)
            addField(editor, to: &layout, width: width)
        } else {
            let tags = card.tags.isEmpty ? TriageMessage.noTags.text(language) : card.tags.joined(separator: ", ")
            layout.lines += TextWrap.wrap([Span(tagsLabel, Theme.dim), Span(tags, card.tags.isEmpty ? Theme.dim : .plain)], width: width)
        }
        layout.lines += TextWrap.wrap([Span(TriageMessage.sourceLabel.text(language) + ": " + card.source, Theme.dim)], width: width)
        return layout
    }

    /// The line field, after `prompt`, as the type-in field is drawn; the cursor at its insertion point.
    private func addField(_ editor: LineEditor, to layout: inout Layout, width: Int, prompt: String = "> ") {
        let promptWidth = min(DisplayWidth.of(prompt), width / 2)
        let fieldWidth = max(2, width - promptWidth)
        layout.field = (layout.lines.count, promptWidth + editor.cursorColumn(width: fieldWidth))
        layout.lines.append([Span(prompt, Theme.key)] + editor.spans(width: fieldWidth))
    }

    /// The mode's keys with their labels, in `width` columns: whole labels only, never one cut.
    /// The gaps narrow first; then the last labels are left out (the status bar below has every key).
    func actionLine(width: Int) -> StyledLine {
        let keys: [(String, TriageMessage)]
        switch mode {
        case .question, .tags: keys = [("Enter", .accept), ("Esc", .cancel)]
        case .answer: keys = [("Enter", .nextLine), ("Esc", .cancel)]
        case .draft, .summary: keys = [("k", .keep), ("d", .drop), ("e", .edit), ("s", .skip), ("u", .undo)]
        }
        func line(_ shown: ArraySlice<(String, TriageMessage)>, gap: String) -> StyledLine {
            shown.enumerated().flatMap { index, key in
                [Span(key.0, Theme.key), Span(" " + key.1.text(language) + (index == shown.count - 1 ? "" : gap))]
            }
        }
        for count in stride(from: keys.count, through: 1, by: -1) {
            for gap in ["   ", "  "] {
                let candidate = line(keys.prefix(count), gap: gap)
                if DisplayWidth.of(candidate.map(\.text).joined()) <= width { return candidate }
            }
        }
        return []
    }

    private func drawSummary(_ buffer: inout ScreenBuffer) {
        let width = max(1, buffer.width - 4)
        var lines: [StyledLine] = [[Span(TriageMessage.summaryTitle.text(language), Theme.heading)], []]
        let counts = TriageMessage.summaryCounts(kept: session.sessionCount(.kept), dropped: session.sessionCount(.dropped),
                                                 edited: session.edited, forLater: session.leftForLater)
        for message in [counts, .summaryWrote(file: file, cards: session.sessionCount(.kept)), .summaryCheck(file: file)] {
            lines += TextWrap.wrap([Span(message.text(language))], width: width)
        }
        lines.append([])
        lines += TextWrap.wrap([Span(TriageMessage.anyKeyExits.text(language), Theme.dim)], width: width)
        for (offset, line) in lines.prefix(max(0, buffer.height - 2)).enumerated() {
            buffer.draw(line, row: 2 + offset, column: 2, limit: width)
        }
    }
}

extension NoteKind {
    /// The deck note kind an extracted card is written as.
    init(_ kind: ExtractedCard.Kind) {
        switch kind {
        case .basic: self = .basic
        case .reversible: self = .reversible
        case .cloze: self = .cloze
        }
    }
}
