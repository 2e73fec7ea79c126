import RecallCore

/// The lines of the card area: the prompt, and once answered, the answer, the verdict and the
/// explanation. Separate from the screen's frame so long cards can scroll through it.
enum CardContent {
    /// `optionOrder` is the order a choice card's options are shown in (indices into
    /// `note.options`); the numbers on screen and in the verdict follow it.
    static func lines(for card: Card, phase: ReviewScreen.Phase, optionOrder: [Int], width: Int, language: Language) -> [StyledLine] {
        layout(for: card, phase: phase, optionOrder: optionOrder, width: width, language: language).lines
    }

    /// The lines, and while typing, which of them is the type-in field (for the cursor).
    struct Layout {
        var lines: [StyledLine]
        var fieldLine: Int?
    }

    static func layout(for card: Card, phase: ReviewScreen.Phase, optionOrder: [Int], width: Int, language: Language) -> Layout {
        var lines: [StyledLine] = []
        var fieldLine: Int?
        let kind: String
        switch (card.kind, card.variant) {
        case (.reversible, .reverse): kind = ScreenMessage.reversedCard.text(language)
        case (.choice, _) where card.note.isMultipleAnswer:
            kind = ScreenMessage.cardKind(.choice).text(language) + " | " + ScreenMessage.pickAll.text(language)
        default: kind = ScreenMessage.cardKind(card.kind).text(language)
        }
        lines += TextWrap.wrap([Span(card.deck, Theme.dim), Span(" | " + kind, Theme.dim)], width: width)
        lines.append([])
        switch phase {
        case .question:
            lines += MarkdownLite.render(front(card), width: width)
        case .answer:
            if case .cloze = card.variant {
                lines += MarkdownLite.render(card.back, width: width)  // revealed in place
            } else {
                lines += MarkdownLite.render(front(card), width: width)
                lines += separator(width)
                lines += MarkdownLite.render(card.back, width: width)
            }
            lines += explanation(card.note.explanation, width: width, language: language)
        case .choosing(let picked):
            lines += MarkdownLite.render(front(card), width: width)
            lines.append([])
            lines += options(card.note.options, order: optionOrder, picked: picked, checked: false, width: width, language: language)
        case .choiceChecked(let picked):
            lines += MarkdownLite.render(front(card), width: width)
            lines.append([])
            lines += options(card.note.options, order: optionOrder, picked: picked, checked: true, width: width, language: language)
            lines.append([])
            let right = picked == card.correctOptions
            let shownPositions = optionOrder.indices.filter { card.correctOptions.contains(optionOrder[$0]) }
            let numbers = shownPositions.map { String($0 + 1) }.joined(separator: ", ")
            lines += TextWrap.wrap([right ? Span(ReviewMessage.right.text(language), Theme.correct)
                                          : Span(ReviewMessage.wrongChoice(numbers: numbers).text(language), Theme.wrong)], width: width)
            lines += explanation(card.note.explanation, width: width, language: language)
        case .typing(let editor):
            lines += MarkdownLite.render(front(card), width: width)
            lines.append([])
            fieldLine = lines.count
            lines.append([Span(fieldPrompt, Theme.key)] + editor.spans(width: fieldWidth(width)))
        case .typeChecked(let typed):
            lines += MarkdownLite.render(front(card), width: width)
            lines.append([])
            lines += typeInResult(card, typed: typed, width: width, language: language)
            if !card.note.body.isEmpty {  // the body is the answer's text, as for a basic card
                lines.append([])
                lines += MarkdownLite.render(card.note.body, width: width)
            }
            lines += explanation(card.note.explanation, width: width, language: language)
        }
        if let source = card.note.source, phase != .question {
            lines += self.source(source, width: width, language: language)
        }
        return Layout(lines: lines, fieldLine: fieldLine)
    }

    /// The type-in field: `> ` and the editor in the rest of the width.
    static let fieldPrompt = "> "
    static func fieldWidth(_ width: Int) -> Int { max(2, width - DisplayWidth.of(fieldPrompt)) }

    /// Where the terminal's cursor goes for a field drawn at `row` from column 2 (the card area's
    /// left edge) in `width` columns: the editor's insertion point, after the prompt.
    static func fieldCursor(_ editor: LineEditor, row: Int, width: Int) -> ScreenBuffer.Cursor {
        ScreenBuffer.Cursor(row: row, column: 2 + DisplayWidth.of(fieldPrompt) + editor.cursorColumn(width: fieldWidth(width)))
    }

    /// The prompt; a cloze blank is emphasised so it stands out in a long sentence.
    static func front(_ card: Card) -> String {
        card.front(emphasisingBlank: true)
    }

    static func separator(_ width: Int) -> [StyledLine] {
        [[], [Span(String(repeating: "-", count: min(width, 40)), Theme.dim)], []]
    }

    /// `Why: ...` after a blank line; nothing when there is no explanation.
    static func explanation(_ text: String?, width: Int, language: Language) -> [StyledLine] {
        guard let text, !text.isEmpty else { return [] }
        return [[]] + MarkdownLite.render("**" + ScreenMessage.why.text(language) + "** " + text, width: width)
    }

    /// `source: ...` after a blank line.
    static func source(_ source: String, width: Int, language: Language) -> [StyledLine] {
        [[]] + TextWrap.wrap([Span(ScreenMessage.source(source).text(language), Theme.dim)], width: width)
    }

    /// The options in the order given (the quiz's questions carry theirs already shuffled).
    static func options(_ options: [ChoiceOption], picked: Set<Int>, checked: Bool, width: Int, language: Language) -> [StyledLine] {
        self.options(options, order: Array(options.indices), picked: picked, checked: checked, width: width, language: language)
    }

    /// `1) [x] option`, in `order` (indices into `options`, which `picked` also uses): picked
    /// options are checked; once checked, correct options are green and wrong picks red.
    static func options(_ options: [ChoiceOption], order: [Int], picked: Set<Int>, checked: Bool, width: Int, language: Language) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (position, index) in order.enumerated() where options.indices.contains(index) {
            let option = options[index]
            let box = picked.contains(index) ? "[x]" : "[ ]"
            var style = Style.plain
            var mark = ""
            if checked {
                if option.isCorrect {
                    style = Theme.correct
                    mark = picked.contains(index) ? "" : "  " + ScreenMessage.missedOption.text(language)
                } else if picked.contains(index) {
                    style = Theme.wrong
                    mark = "  " + ScreenMessage.wrongOption.text(language)
                } else {
                    style = Theme.dim
                }
            }
            let number = Span("\(position + 1)) ", checked ? style : Theme.key)
            var line: StyledLine = [number, Span(box + " ", style)]
            line += MarkdownLite.inline(option.text, base: style)
            if !mark.isEmpty { line.append(Span(mark, style)) }
            lines += TextWrap.wrap(line, width: width, indent: 7)
        }
        return lines
    }

    /// The verdict, the expected answer, and a character diff of what was typed.
    static func typeInResult(_ card: Card, typed: String, width: Int, language: Language) -> [StyledLine] {
        let expected = card.note.expectedAnswer ?? ""
        var lines: [StyledLine] = []
        let verdict = AnswerMatch.verdict(typed, expected: expected, alternatives: card.note.alternatives)
        if verdict != .wrong {
            var right: StyledLine = [Span(ReviewMessage.rightTyped.text(language), Theme.correct), Span(typed)]
            if verdict == .spacingOnly { right.append(Span(" " + ReviewMessage.onlySpacingDiffered.text(language), Theme.dim)) }
            lines += TextWrap.wrap(right, width: width)
        } else {
            // Two lines, as Anki shows them: what was typed with the extra characters marked,
            // and the answer with the missing ones marked. Reverse and underline still show
            // under NO_COLOR.
            var typedLine: StyledLine = [Span(label(ReviewMessage.typedLabel.text(language)), Theme.dim)]
            var expectedLine: StyledLine = [Span(label(ScreenMessage.answerLabel.text(language)), Theme.dim)]
            for piece in AnswerMatch.diff(typed: typed, expected: expected) {
                switch piece {
                case .same(let text):
                    typedLine.append(Span(text))
                    expectedLine.append(Span(text, Theme.bold))
                case .missing(let text):
                    expectedLine.append(Span(text, Theme.correct.merged(with: Style(underline: true))))
                case .extra(let text):
                    typedLine.append(Span(text, Theme.wrong.merged(with: Style(reverse: true))))
                }
            }
            lines += TextWrap.wrap([Span(ReviewMessage.wrong.text(language), Theme.wrong)], width: width)
            if !typed.isEmpty { lines += TextWrap.wrap(typedLine, width: width, indent: labelWidth) }
            lines += TextWrap.wrap(expectedLine, width: width, indent: labelWidth)
            lines += alternatives(card, width: width, language: language)
            return lines
        }
        lines += TextWrap.wrap([Span(label(ScreenMessage.answerLabel.text(language)), Theme.dim), Span(expected, Theme.bold)], width: width, indent: labelWidth)
        lines += alternatives(card, width: width, language: language)
        return lines
    }

    /// The labels before a typed answer and the expected one share a column, where the answers begin.
    static let labelWidth = 8
    static func label(_ text: String) -> String {
        DisplayWidth.padded(text + " ", to: labelWidth)
    }

    static func alternatives(_ card: Card, width: Int, language: Language) -> [StyledLine] {
        guard !card.note.alternatives.isEmpty else { return [] }
        return TextWrap.wrap([Span(ReviewMessage.alsoAccepted(card.note.alternatives).text(language), Theme.dim)], width: width)
    }
}
