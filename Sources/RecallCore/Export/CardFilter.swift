/// What makes an extracted card worth keeping. A draft deck full of junk teaches the learner to
/// skip cards, so every card passes these checks, whichever rule found it.
enum CardFilter {
    /// Terms that mean nothing on their own (`이유`, `그것`) or that are note metadata
    /// (`작성자`, `link`, `date`), compared lower-cased.
    static let meaninglessTerms: Set<String> = [
        "이유", "이것", "이건", "그건", "그것", "이는", "그", "이", "저", "이게", "그게", "이거", "그거", "나", "내", "저는",
        "우리", "저희", "오늘", "지금", "현재", "다음", "이번", "결론", "결국", "문제", "차이", "기존", "최근", "세션",
        "본 세션", "해당 세션", "내용", "해당 내용", "예시", "예", "ex", "e.g", "방법", "사실", "원래", "보통", "이후",
        "처음", "마지막", "나머지", "왼쪽", "오른쪽", "위", "아래", "첫째로", "둘째로", "셋째로", "마지막으로", "요약",
        "작성자", "작성일", "날짜", "제목", "출처", "참고", "링크", "슬라이드", "태그", "이미지", "장소", "일시",
        "date", "author", "title", "link", "url", "source", "tags", "tag", "image", "thumbnail", "slide", "slides",
        "categories", "summary", "layout", "status", "type", "aliases", "note", "참고 링크",
        // Who acts in a sentence rather than what it defines: `사용자는 테이블만 만들면 되는 …`,
        // `고객은 …해야 합니다`, `코드는 S3에 저장된다`, `AWS는 REST API를 통해 …`.
        "사용자", "고객", "코드", "aws",
    ]

    /// Words that quantify the noun after them (`하나의 EC2`, `각 AZ`, `모든 버킷`).
    static let quantifiers: Set<String> = ["하나의", "한", "각", "모든", "여러", "두", "세", "몇몇", "일부", "어떤", "다른", "같은", "대부분의"]

    static let clauseEndings = ["라면", "다면", "하면", "되면", "이면", "하고", "하며", "해서", "하니", "는데", "지만"]

    /// Lines that list talks or a schedule rather than teach anything: never a question.
    static let skippedLeads: Set<String> = ["agenda", "sessions", "session", "목차", "time table", "timetable", "일정"]

    /// `작성자 : 이지현`, `link: …`: a line about the note rather than its subject.
    static func isMetadata(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        return meaninglessTerms.contains(String(line[..<colon].trimmed).lowercased())
    }

    /// Headings and lead lines too general to be a question without context above them.
    static let genericLeads: Set<String> = [
        "개요", "사례", "사용사례", "사용 사례", "예제", "예시", "실습", "추가 내용", "요약", "장점", "단점", "정리", "고려사항",
        "참고", "기타", "시작", "결론", "agenda", "summary", "intro", "sessions", "overview", "example", "examples",
    ]

    /// A term for a definition: short, starting with a letter or digit, not a sentence, not a date,
    /// and not meaningless on its own.
    static func isTerm(_ term: String) -> Bool {
        guard (1...40).contains(term.count), term.split(separator: " ").count <= 6,
              let first = term.first, first.isLetter || first.isNumber,
              let last = term.last, !".!?,".contains(last) else { return false }
        let lowered = term.lowercased()
        if meaninglessTerms.contains(lowered) { return false }
        for demonstrative in ["그 ", "이 ", "저 ", "해당 ", "아래 ", "위 ", "다음 ", "이런 ", "그런 "] where lowered.hasPrefix(demonstrative) {
            return false
        }
        // `하나의 EC2는 …`, `각 AZ는 …`, `모든 버킷은 …`: a statement about some of a thing, not what the thing is.
        if let word = lowered.split(separator: " ").first, lowered.contains(" "), quantifiers.contains(String(word)) { return false }
        // `계정과 계정은 …`: two of one thing, a relation, not a term.
        let words = lowered.split(separator: " ")
        if words.count == 2, let pair = ["와", "과"].first(where: { words[0].hasSuffix($0) }), words[0].dropLast(pair.count) == words[1] {
            return false
        }
        // A lone Hangul syllable is a conjunction or adverb (`혹은`, `또는`) far more often than a term.
        if term.count == 1, KoreanSentence.isHangulSyllable(first) { return false }
        // `다중 VPC 피어링이라면 A`, `읽기 전용 복제본은 읽기`: a clause, not a term.
        if KoreanSentence.topic(in: term) != nil { return false }
        for word in term.split(separator: " ") where clauseEndings.contains(where: { word.hasSuffix($0) }) { return false }
        return !looksLikeDate(term)
    }

    /// `2023년 5월 3일(수)`, `2023.05.04`: when a note was written, not what it teaches.
    static func looksLikeDate(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        if digits >= 4, text.contains("년") || text.contains("월") { return true }
        // `2023.05.04`, `10:30`; a lone `6` (the `6` in `c6g`) is a term.
        let letters = text.filter { $0.isLetter && !"년월일시분초".contains($0) }.count
        return digits >= 3 && letters == 0
    }

    /// The final check on a finished card: no markup, URL or code fragment, nothing too short,
    /// no question that gives its own answer away, no author's chatter.
    static func isUseful(_ card: ExtractedCard) -> Bool {
        let texts = card.context + [card.prompt] + card.answer
        if texts.contains(where: containsJunk) { return false }
        if texts.contains(where: NoteInline.isChatter) { return false }
        if card.kind == .cloze { return card.prompt.contains("{{c") }
        let answer = card.answer.joined(separator: " ")
        guard meaningfulCount(answer) >= 2, meaningfulCount(card.prompt) >= 1 else { return false }
        // `맞다`, `없습니다.`: a bare predicate says nothing without the sentence it came from.
        let oneWord = answer.isPlainText ? !answer.containsBytes(" ") : !answer.contains(" ")
        if oneWord, let last = KoreanSentence.stripped(answer).last, KoreanSentence.isVerbalEnding(last) {
            return false
        }
        let question = CardID.normalizedPrompt(card.prompt)
        let normalizedAnswer = CardID.normalizedPrompt(answer)
        return question != normalizedAnswer && CardID.normalizedPrompt(card.question) != normalizedAnswer
    }

    /// URL, image or embed, HTML tag, code: whatever the cleaning missed must not reach a card.
    static func containsJunk(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let plain = lowered.isPlainText
        for mark in junkMarks where lowered.contains(mark, plain: plain) { return true }
        var rest = Substring(lowered)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if let first = after.first, (first.isASCII && first.isLetter) || first == "/", after.contains(">") { return true }
            rest = after
        }
        return false
    }

    static let junkMarks = ["://", "www.", "![", "[[", "]]", "`", "<!--", "arn:"]

    /// Letters and digits: `(?)` or `-` is not an answer.
    static func meaningfulCount(_ text: String) -> Int {
        text.filter { $0.isLetter || $0.isNumber }.count
    }
}
