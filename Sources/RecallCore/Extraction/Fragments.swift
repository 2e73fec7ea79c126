/// Answers and questions that mean nothing without the lines around them: `실질적 허용과 거부` →
/// `IAM이 한다.`, `24시간 내내 꽉찬 워크로드` → `잘 없다.`, an answer opening with `그래서` or `이는`,
/// a question that is half a sentence (`프론트 경우`).
enum Fragments {
    static func isFragment(_ card: ExtractedCard) -> Bool {
        guard card.kind != .cloze else { return false }
        // A heading or lead line may be a condition heading its list (`장애가 났을 때` → what to do).
        if card.rule != .outline, isConditionalQuestion(card.prompt) { return true }
        guard card.answer.count == 1 else { return false }
        return isBarePredicate(card.answer[0]) || startsWithConnective(card.answer[0])
    }

    /// One or two words ending in a light verb (`한다`, `없다`, `됩니다`): the sentence's subject or
    /// object was in the question, so the answer says nothing a learner could recall.
    static func isBarePredicate(_ answer: String) -> Bool {
        let words = KoreanSentence.stripped(answer).split(separator: " ")
        guard (1...2).contains(words.count), let last = words.last else { return false }
        return lightVerbs.contains(String(last))
    }

    static let lightVerbs: Set<String> = [
        "한다", "했다", "하다", "합니다", "해요", "함", "된다", "됐다", "됩니다", "됨", "있다", "있습니다", "있음", "없다", "없습니다",
        "없음", "같다", "그렇다", "아니다", "많다", "적다", "맞다", "맞음", "좋다",
    ]

    /// `그래서 …`, `이는 …`, `그 중 …`: the sentence leans on the one before it.
    static func startsWithConnective(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = words.first.map(String.init) else { return false }
        if connectives.contains(first) { return true }
        return words.count >= 2 && twoWordConnectives.contains("\(first) \(words[1])")
    }

    static let connectives: Set<String> = [
        "그래서", "그러므로", "따라서", "그리고", "그러나", "하지만", "그런데", "또한", "또", "즉", "게다가", "반면", "반면에",
        "이는", "이것은", "이것이", "그것은", "이를", "이에", "이로", "이로써", "이때", "그때", "여기서", "거기서", "그중", "이렇게", "그렇게",
        // Pointing at the lines around: `위 내용들이 적용되는 대상`, `이 과정을 …`, `그런 경우 …`.
        "이", "그", "위", "위의", "앞서", "앞의", "이런", "그런", "이러한", "그러한",
    ]
    static let twoWordConnectives: Set<String> = ["그 중", "그 중에", "그 중에서", "이 때", "그 때", "이 경우", "그 경우", "이 중"]

    /// `Amazon Kendra` › `프론트 경우는 드래그 앤 드롭으로 구축한다`: with a heading above it, "as for
    /// the front end" asks about the heading's subject, so the term is `프론트` (the sentence made
    /// one fact with its context). Nil when the prompt is no such `… 경우` or has no context.
    static func mergedCondition(_ card: ExtractedCard) -> ExtractedCard? {
        guard card.rule != .outline, !card.context.isEmpty else { return nil }
        var words = card.prompt.split(separator: " ")
        guard words.count >= 2, words.last == "경우" else { return nil }
        words.removeLast()
        if let last = words.last, last.count > 1, last.hasSuffix("의") { words[words.count - 1] = last.dropLast() }
        var merged = card
        merged.prompt = words.joined(separator: " ")
        return CardFilter.isTerm(merged.prompt) ? merged : nil
    }

    /// `프론트 경우`, `장애가 날 때`: a condition, the first half of a sentence, not a term.
    static func isConditionalQuestion(_ prompt: String) -> Bool {
        guard let last = prompt.split(separator: " ").last else { return false }
        return ["경우", "때", "경우에", "때는", "시"].contains(String(last)) && prompt.split(separator: " ").count >= 2
    }
}
