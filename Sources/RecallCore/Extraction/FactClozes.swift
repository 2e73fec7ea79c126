import Foundation

/// A sentence that states a fact and that no other rule made a card of, asked as a cloze: the
/// figures in it hidden (`읽기 전용 복제본을 RDS는 {{c1::5개}} …`), else the AWS names it uses
/// that its headings do not (`{{c1::KMS}} 키를 사용해서 RDS에 …`).
///
/// Why: a long section (a dozen bullets under `RDS`) gives no list card, because nobody recalls
/// twelve lines at once, and most of its lines are not definitions; without this rule their
/// facts, often the ones an exam asks (limits, numbers, which service does what), give nothing.
/// A sentence is only asked when it stands alone: a statement (a verb ending), not a question,
/// chatter, an anecdote or a fragment, and not already the line of another draft.
enum FactClozes {
    /// The cloze drafts of `outline`'s statement lines whose lines are not in `taken`.
    static func cards(in outline: NoteOutline, taken: Set<Int>, file: String) -> [ExtractedCard] {
        var cards: [ExtractedCard] = []
        for (index, entry) in outline.entries.enumerated() where entry.isBody && !taken.contains(entry.line) {
            guard entry.children.isEmpty, let text = entry.text, isStatement(text) else { continue }
            let context = outline.context(of: index)
            guard let sentence = cloze(text, context: context) else { continue }
            cards.append(ExtractedCard(kind: .cloze, rule: .factCloze, context: context, prompt: sentence, answer: [],
                                       file: file, line: entry.line))
        }
        return cards
    }

    static let lengths = 12...120
    /// Two blanks at most: a third makes the card a puzzle.
    static let maximumBlanks = 2

    /// A line that says something on its own: one sentence in the length range, ending as a
    /// sentence ends (`…한다`, `…있음`, `…됨`), not mid-way (`…올리면`, `…할 것인지`), and not in
    /// the past tense (`…절약할 수 있었다`: what happened at one company, a story).
    static func isStatement(_ text: String) -> Bool {
        guard lengths.contains(text.count), !text.hasSuffix("?"), !text.hasSuffix(":"), !NoteInline.isChatter(text),
              !CardFilter.isMetadata(text), !CardFilter.containsJunk(text), !Fragments.startsWithConnective(text),
              !Anecdotes.isAnecdote(text), !Anecdotes.isQuote(text),
              KoreanSentence.first(text) == text, !Anecdotes.isPastTense(text),
              let last = KoreanSentence.stripped(text).last else { return false }
        return finalEndings.contains(last)
    }

    static let finalEndings: Set<Character> = ["다", "요", "음", "함", "됨", "임"]

    /// `text` with its figures hidden, else the AWS terms its context does not name; nil when it
    /// has neither.
    static func cloze(_ text: String, context: [String]) -> String? {
        let characters = Array(text.precomposedStringWithCanonicalMapping)
        var blanks = figures(in: characters)
        if blanks.isEmpty { blanks = terms(in: characters, notIn: context) }
        guard !blanks.isEmpty else { return nil }
        var result = ""
        var position = 0
        for (number, range) in blanks.prefix(maximumBlanks).sorted(by: { $0.lowerBound < $1.lowerBound }).enumerated() {
            let hidden = String(characters[range]).replacing("::", with: ": ").replacing("}}", with: "} }")
            result += String(characters[position..<range.lowerBound]) + "{{c\(number + 1)::\(hidden)}}"
            position = range.upperBound
        }
        return result + String(characters[position...])
    }

    /// Numbers with a unit (`5개`, `15개`, `100Gbps`, `3년`, `99.99%`): what an exam asks of a limit.
    static func figures(in characters: [Character]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isASCII && (characters[index - 1].isLetter || characters[index - 1].isNumber)) else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." || characters[end] == "," {
                end += 1
            }
            while end > index, !characters[end - 1].isNumber { end -= 1 }
            var unitEnd = end
            if unitEnd < characters.count, characters[unitEnd] == " " { unitEnd += 1 }
            let rest = String(characters[unitEnd...].prefix(4))
            if let unit = units.first(where: { rest.hasPrefix($0) }) {
                result.append(index..<unitEnd + unit.count)
                index = unitEnd + unit.count
            } else {
                index = max(end, index + 1)
            }
        }
        return result
    }

    /// Longest first, so `Gbps` is taken before `GB` and `개월` before `개`.
    static let units = ["Gbps", "Mbps", "GiB", "TiB", "MiB", "개월", "시간", "GB", "TB", "MB", "KB", "ms", "%", "개", "년",
                        "일", "분", "초", "배", "회", "곳", "대"]

    /// The AWS names in the sentence (`TopicVocabulary`) that the headings above it do not use.
    /// Only names (a spelling with a capital: `KMS`, `API Gateway`, `S3`): hiding a common word
    /// (`정책`, `암호화`, `policy`) asks the learner to guess the sentence's wording, not a fact.
    static func terms(in characters: [Character], notIn context: [String]) -> [Range<Int>] {
        let haystack = TermMatch.Haystack(String(characters))
        guard haystack.characters.count == characters.count else { return [] }
        let named = Set(context.flatMap { TopicVocabulary.entries(in: $0).compactMap(\.topic) })
        let names = TopicVocabulary.matches(in: haystack).filter { match in
            guard let topic = match.entry.topic, !named.contains(topic) else { return false }
            return match.term.contains { $0.isASCII && $0.isUppercase }
        }
        // One blank per distinct name, in the sentence's order.
        var seen = Set<String>()
        return names.map(\.range).filter { seen.insert(String(characters[$0]).lowercased()).inserted }
    }
}
