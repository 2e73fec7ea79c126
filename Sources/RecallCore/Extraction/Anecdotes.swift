/// Hearsay, anecdotes and session trivia: true of a talk or a company, not something an exam asks.
///
/// Recognised by shape, not by line: a reporting verb (`…라고 한다`, `…했다고`), words about the
/// talk itself (`강연`, `발표자`, `국문 자료`), an interview or a person's title, the author's plans
/// (`…할 계획이다`), and a company as the topic of what it did or does (`샌드버드는 … 절약할 수
/// 있었다`, `드롭박스 mysql 클러스터 -> DynamoDB`, `몇몇 게임사는 …`).
enum Anecdotes {
    /// A one-line draft that tells what someone did: a topic with no Latin letters (no AWS
    /// name: `올리브영`, `인상 깊었던 예시`) and an answer in the past tense (`…를 사용했다`).
    static func isStory(_ card: ExtractedCard) -> Bool {
        guard card.answer.count == 1, !card.prompt.contains(where: { $0.isASCII && $0.isLetter }) else { return false }
        return isPastTense(card.answer[0])
    }

    /// `…를 사용했다`, `…줄였습니다`: something that happened, told as a story.
    static func isPastTense(_ sentence: String) -> Bool {
        var text = KoreanSentence.stripped(sentence.precomposedStringWithCanonicalMapping)
        guard let ending = ["습니다", "다", "음"].first(where: { text.hasSuffix($0) }) else { return false }
        text = text.dropLast(ending.count)
        // The past tense puts ㅆ under the syllable before the ending (`옮겼다`, `했습니다`); `있다` is no past.
        guard let last = text.last, last != "있", KoreanSentence.isHangulSyllable(last),
              let value = last.unicodeScalars.first?.value else { return false }
        return (value - 0xAC00) % 28 == 20
    }

    /// `aboutProduct`: the text answers a question about a named product (`CodeWhisperer` →
    /// `…학습하지 않는다고 한다`), so passing it on is still a fact about the product; nil for a list
    /// line, which is about a product when it names one itself (`namesProduct`). A one-line
    /// answer is about its question: `데브시스터즈의 인프라` → `…NLB를 사용…한다고 한다` is a story.
    static func isAnecdote(_ text: String, aboutProduct: Bool? = nil) -> Bool {
        let plain = text.precomposedStringWithCanonicalMapping
        let lowered = plain.lowercased()
        if !(aboutProduct ?? namesProduct(plain)), reportingMarks.contains(where: plain.contains) { return true }
        if talkWords.contains(where: plain.contains) { return true }
        let stripped = KoreanSentence.stripped(plain)
        if planEndings.contains(where: { stripped.hasSuffix($0) }) { return true }
        if firstPerson.contains(where: { plain.hasPrefix($0) || plain.contains(" " + $0) }) { return true }
        return isCompanyStory(lowered)
    }

    /// A company as the topic (`드롭박스 mysql 클러스터 -> DynamoDB`, `몇몇 게임사는 …`, `회사에서 …
    /// 바꿀 수 있었다`): some company's practice, not the service's.
    static func isCompanyStory(_ text: String) -> Bool {
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        guard let first = lowered.split(separator: " ").first else { return false }
        if knownCompanies.contains(where: { company in
            first == company || (first.hasPrefix(company) && companyParticles.contains(String(first.dropFirst(company.count))))
        }) { return true }
        let words = lowered.split(separator: " ")
        let topic = words.count > 1 && someOf.contains(String(first)) ? words[1] : first
        return [topic].contains { word in
            companyNouns.contains { noun in
                word.hasSuffix(noun) || companyParticles.contains { !$0.isEmpty && word.hasSuffix(noun + $0) }
            }
        }
    }

    /// The author's own experience (`저희가 …`, `제가 …`): true of them, not of the service.
    static let firstPerson = ["저희", "제가 ", "저는 "]

    /// `몇몇 게임사`, `우리 회사`: the words that make a company noun some particular company.
    static let someOf: Set<String> = ["몇몇", "일부", "어떤", "어느", "우리", "저희", "한"]

    /// Words for a company, as the topic of a sentence (`기업에서 …` alone is too general: only
    /// first, or after `someOf`).
    static let companyNouns = ["게임사", "고객사", "회사", "기업", "스타트업"]

    /// A line whose first word is a capitalised Latin name (`Graviton은 …`, `SQS …`) is about a
    /// product, so passing on what is said of it is still a fact to learn; a line about someone's
    /// infrastructure that mentions a product on the way (`데브시스터즈의 인프라는 … NLB …`) is not.
    static func namesProduct(_ text: String) -> Bool {
        guard let word = text.split(separator: " ").first else { return false }
        return word.first.map { $0.isASCII && $0.isUppercase } == true && word.prefix { $0.isASCII && $0.isLetter }.count >= 2
    }

    /// A line that says whose words it passes on (`… -> 연사자 분이 직접 하신 말입니다.`): a quote,
    /// whichever sentence of it a definition would ask. (Hearsay or session remarks after a first
    /// sentence of fact, `… 가격 차이가 있다고 한다`, leave that first sentence a fact.)
    static func isQuote(_ line: String) -> Bool {
        let plain = line.precomposedStringWithCanonicalMapping
        return ["연사", "발표자", "강연자", "하신 말", "말씀"].contains(where: plain.contains)
    }

    /// Someone else's words passed on: `…라고 한다`, `…했다고`, `…다고 함`, `…랍니다`.
    static let reportingMarks = ["라고 한다", "다고 한다", "라고 합니다", "다고 합니다", "라고 함", "다고 함", "했다고", "였다고",
                                 "었다고", "았다고", "랍니다", "답니다", "다더라", "라더라", "라고 하셨", "다고 하셨", "말씀"]

    /// The talk, its speaker and its material, an interview or approval story with a person's title.
    static let talkWords = ["강연", "발표자", "연사", "국문 자료", "자료가 제공", "발표 자료", "강의 자료", "이번 세션", "본 세션",
                            "해당 세션", "세션에서", "세션은", "세션이었", "발표였", "들었던", "오늘 내용", "오늘 강의", "오늘 세션", "인터뷰", "지사장", "대표님", "님이", "님께서", "님은"]

    /// The author's plans and wishes: `다녀올 계획이다`, `해봐야겠다`.
    /// (`백업 계획`, `출시 예정` alone are topics, not plans: only a sentence's ending counts.)
    static let planEndings = ["계획이다", "계획임", "계획입니다", "예정이다", "예정임", "예정입니다", "겠다", "싶다"]

    /// Companies that AWS talks and blog posts cite as customers, lower-cased, Korean and Latin
    /// spellings. Small on purpose: a company's story is an anecdote, the service it used is not
    /// (that fact has its own line in a note). Extend it when a note cites another.
    static let knownCompanies = [
        "디즈니", "disney", "넷플릭스", "netflix", "드롭박스", "dropbox", "스냅챗", "snapchat", "틴더", "tinder", "당근마켓", "당근",
        "샌드버드", "sendbird", "쿠팡", "coupang", "배달의민족", "배민", "토스", "카카오", "kakao", "네이버", "naver", "삼성", "samsung",
        "우아한형제들", "야놀자", "airbnb", "에어비앤비", "uber", "우버", "bts", "하이브", "lg", "sk", "kt",
    ]
    static let companyParticles: Set<String> = ["", "는", "은", "이", "가", "의", "에서", "도", "사", "에서는"]
}
