/// Small heuristics for Korean (and mixed Korean–English) note sentences: where the first
/// sentence ends, whether a sentence defines something, and its topic `X는 …`.
///
/// They are deliberately conservative: a sentence they are unsure about gives no card, because a
/// wrong card costs the learner more than a missing one.
enum KoreanSentence {
    /// The text up to the first `.`, `!` or `?` that ends a sentence (followed by a space or the
    /// end, and not part of a number such as `2.0`), ending mark included.
    static func first(_ text: String) -> String {
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?".contains(character), next == text.endIndex || text[next] == " ",
               !(character == "." && previous?.isNumber == true && next != text.endIndex) {
                return String(text[..<next])
            }
            previous = character
            index = next
        }
        return text
    }

    /// The sentence without closing punctuation and spaces.
    static func stripped(_ sentence: String) -> Substring {
        var text = Substring(sentence)
        while let last = text.last, ".!~ ".contains(last) { text = text.dropLast() }
        return text
    }

    /// Endings that say what something *is*: `…이다`, `…입니다`, `…을 의미`, or a bare noun phrase
    /// (`권한을 담은 JSON 형식의 스크립트`), as notes often leave out the verb.
    static func isDefinitional(_ sentence: String) -> Bool {
        let text = stripped(sentence)
        guard let last = text.last, last != "?" else { return false }
        if copulaEndings.contains(where: { text.hasSuffix($0) }) { return true }
        return !isVerbalEnding(last)
    }

    static let copulaEndings = ["이다", "입니다", "이에요", "예요", "이며", "의미", "의미한다", "의미함", "말한다",
                                "뜻한다", "것이다", "것", "임"]

    /// A final syllable that ends a verb or adjective (`…한다`, `…해요`, `…있음`, `…됨`).
    static func isVerbalEnding(_ last: Character) -> Bool {
        verbalEndings.contains(last)
    }

    private static let verbalEndings: Set<Character> = ["다", "요", "음", "함", "됨", "짐", "까", "죠", "네", "지", "고",
                                                        "며", "서", "게", "나", "데", "듯", "걸", "뿐", "면", "니", "라", "해", "야"]

    /// True for a statement (not a question) whose predicate is complete enough to be an answer.
    static func isStatement(_ sentence: String) -> Bool {
        guard let last = stripped(sentence).last else { return false }
        return last != "?" && last != ","
    }

    /// `정책은 권한을 담은 JSON 형식의 스크립트` → ("정책", "권한을 담은 JSON 형식의 스크립트").
    ///
    /// The topic is the words before the first `은`/`는`/`란`/`이란` within the first four words,
    /// provided no earlier word ends with a case particle (then the sentence is not about them) and
    /// the `는` is not a verb form (`하는`, `있는`, `같은`). `X가 Y이다` counts only with a copula.
    static func topic(in sentence: String, within window: Int = 4) -> (term: String, predicate: String)? {
        let words = sentence.split(separator: " ")
        for (position, word) in words.prefix(window).enumerated() {
            guard let particle = topicParticle(of: word) else {
                if endsWithCaseParticle(word) { return nil }
                continue
            }
            let stem = word.dropLast(particle.count)
            let term = (words[..<position].map(String.init) + [String(stem)]).joined(separator: " ")
            let predicate = words[(position + 1)...].joined(separator: " ")
            if particle == "가", !copulaEndings.prefix(4).contains(where: { stripped(predicate).hasSuffix($0) }) {
                return nil
            }
            guard !stem.isEmpty, !isVerbForm(stem), !endsWithAdverbialParticle(stem), !predicate.isEmpty,
                  isStatement(predicate) else { return nil }
            // `인증은 …, 인가는 …`: two topics in one sentence make an answer that mixes two facts.
            if topic(in: predicate, within: 8) != nil { return nil }
            return (term, predicate)
        }
        return nil
    }

    private static func topicParticle(of word: Substring) -> String? {
        for particle in ["이란", "란", "은", "는", "가"] where word.hasSuffix(particle) && word.count > particle.count {
            return particle
        }
        return nil
    }

    /// An object, place or connective ending: `…을`, `…에서`, `…하고`.
    private static func endsWithCaseParticle(_ word: Substring) -> Bool {
        if word.hasSuffix(",") { return false }
        guard let last = word.last, isHangulSyllable(last) else { return false }
        return ["을", "를", "에", "로", "도", "만", "고", "며", "면", "서", "게", "니", "데", "지", "요", "다", "해", "께", "이"]
            .contains { word.hasSuffix($0) }
    }

    /// `서비스로는`, `리전에서는`: a place or means set off as a topic, not a thing being defined.
    /// A one-syllable remainder is a noun that merely ends in the same syllable (`경로는`).
    private static func endsWithAdverbialParticle(_ stem: Substring) -> Bool {
        ["에서", "에게", "까지", "부터", "보다", "으로", "로", "에"].contains { particle in
            stem.hasSuffix(particle) && stem.dropLast(particle.count).count >= 2
        }
    }

    /// Stems that make `…는`/`…은` a verb or adjective form rather than a topic marker.
    private static func isVerbForm(_ stem: Substring) -> Bool {
        guard let last = stem.last else { return false }
        return verbStems.contains(last)
    }

    private static let verbStems: Set<Character> = ["하", "되", "있", "없", "않", "같", "많", "작", "높", "낮", "좋", "넓",
                                                    "짧", "적", "받", "깊", "얕", "늦", "붙", "묶", "쓰", "알"]

    static func isHangulSyllable(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0xAC00...0xD7A3).contains(scalar.value)
    }
}
