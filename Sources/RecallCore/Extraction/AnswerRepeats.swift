/// No draft's answer repeats a line of another draft's answer: studying both would show one
/// card's answer as the other's (`VPC › Elastic Network Interface` listing the sentence that
/// `… › 탄력적 네트워크 인터페이스` asks for).
///
/// The sharper card wins: a one-line answer (a definition) beats a list line that says the same,
/// and of two equal one-line answers or two list lines the earlier draft keeps it. A list that
/// loses lines keeps the rest while it has two, or one that makes sense alone
/// (`DraftSelection.reduced`); otherwise it goes.
enum AnswerRepeats {
    /// `taken`: one-line drafts skipped for another reason (a tautology) whose lines a list
    /// must not bring back either.
    static func removed(from cards: [ExtractedCard], taken: [ExtractedCard] = []) -> (cards: [ExtractedCard], skipped: [SkippedDraft]) {
        var skipped: [SkippedDraft] = []
        var kept: [ExtractedCard?] = cards
        // One-line answers first: they are what list lines give way to.
        var single: [(prompt: String, answer: String)] = taken.filter { $0.answer.count == 1 }
            .map { (normalized($0.prompt), normalized($0.answer[0])) }
        let definitions = cards.filter { $0.kind != .cloze && $0.answer.count == 1 }.map { (prompt: normalized($0.prompt), answer: normalized($0.answer[0])) }
        let listLines = cards.filter { $0.kind != .cloze && $0.answer.count > 1 }.flatMap(\.answer).map(normalized)
        for (index, card) in cards.enumerated() where card.kind != .cloze && card.answer.count == 1 {
            let line = normalized(card.answer[0])
            let draft = (prompt: normalized(card.prompt), answer: line)
            // `EC2 구매 옵션` → `스팟 인스턴스는 …이다.` says what `… › 스팟 인스턴스` → `…이다.` does.
            if single.contains(where: { $0.answer == line }) || definitions.contains(where: { $0.answer != line && repeats(line, $0) })
                || listLines.contains(where: { saysMore($0, than: draft) }) {
                skipped.append(SkippedDraft(.repeatsAnotherAnswer, card))
                kept[index] = nil
            } else {
                single.append((normalized(card.prompt), line))
            }
        }
        var listed: [String] = []
        for (index, card) in cards.enumerated() where card.kind != .cloze && card.answer.count > 1 {
            let rest = card.answer.filter { line in
                let line = normalized(line)
                return !single.contains { repeats(line, $0) } && !listed.contains(line)
            }
            guard rest.count != card.answer.count else {
                listed += card.answer.map(normalized)
                continue
            }
            skipped.append(SkippedDraft(.repeatsAnotherAnswer, card))
            kept[index] = DraftSelection.reduced(card, to: rest)
            listed += rest.map(normalized)
        }
        return (kept.compactMap { $0 }, skipped)
    }

    /// A list line says a one-line draft's answer when it is that answer, its term followed by
    /// that answer (`탄력적 네트워크 인터페이스는 …이다` against `…이다`), or ends with a long answer.
    private static func repeats(_ listLine: String, _ draft: (prompt: String, answer: String)) -> Bool {
        guard listLine.hasSuffix(draft.answer) else { return false }
        return listLine == draft.answer || draft.answer.count >= minimumRepeatLength
            || listLine.dropLast(draft.answer.count).hasPrefix(draft.prompt)
    }

    /// A list line that holds a one-line draft's answer and goes on after it (`EBS 볼륨 유형은 …
    /// io2이다. io1은 …` against `EBS 볼륨 유형` → `… io2이다.`): the list already says it, and more,
    /// so the one-line draft gives way (the line is not `repeats`, which would drop the line).
    private static func saysMore(_ listLine: String, than draft: (prompt: String, answer: String)) -> Bool {
        draft.answer.count >= minimumRepeatLength && listLine != draft.answer && !listLine.hasSuffix(draft.answer)
            && listLine.contains(draft.answer)
    }

    /// Shorter answers (`초당 과금`) end many unrelated lines; only a sentence's worth counts as a repeat.
    static let minimumRepeatLength = 12

    /// NFC, lower case, spacing folded, end punctuation dropped: `…이다.` and `…이다` are one line.
    static func normalized(_ line: String) -> String {
        var text = Substring(CardID.normalizedPrompt(line))
        while let last = text.last, ".!?,;。 ".contains(last) { text = text.dropLast() }
        return String(text)
    }
}

extension SkippedDraft {
    /// The skip of `card`, at its first line.
    init(_ reason: Reason, _ card: ExtractedCard) {
        self.init(reason: reason, file: card.file, line: card.line, question: card.question)
    }
}
