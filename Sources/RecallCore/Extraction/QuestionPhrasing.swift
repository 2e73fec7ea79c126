import Foundation

/// Turns a draft's term or heading into the question the deck asks: `[VPC] Network ACL이란?`,
/// `DynamoDB의 장점은?`, `Security Group와 NACL의 차이는?`, or in English `What is X?`.
///
/// Why: a breadcrumb (`VPC › Network ACL`) names a topic but asks nothing, so a learner does not
/// know what to recall. The breadcrumb stays as context in brackets before the question, less
/// what the question already names. See `docs/extract.md`, "Questions and tags".
enum QuestionPhrasing {
    /// The question for a basic or reversible draft; nil for a cloze draft, whose deck heading
    /// is its context alone.
    static func question(for card: ExtractedCard) -> String? {
        guard card.kind != .cloze else { return nil }
        // A table's `A의 B` has the particle the table rule put there, not the note's words.
        let words = card.rule == .table ? card.prompt.replacing("의 ", with: " ") : card.prompt
        let english = !containsHangul(words + " " + card.answer.joined(separator: " "))
        let prompt = card.prompt.trimmingCharacters(in: .whitespaces)
        var context = card.context
        let core: String
        if prompt.hasSuffix("?") {
            core = prompt
        } else if let (a, b) = comparedPair(prompt) {
            core = english ? "What is the difference between \(a) and \(b)?" : "\(KoreanParticle.attach(.with, to: a)) \(b)의 차이는?"
        } else if isGeneric(prompt), let parent = context.last {
            context.removeLast()
            core = aspect(prompt, of: subject(of: parent), english: english)
        } else if card.rule == .table, let split = prompt.range(of: "의 ") {
            core = english ? aspect(String(prompt[split.upperBound...]), of: String(prompt[..<split.lowerBound]), english: true)
                : KoreanParticle.attach(.topic, to: prompt) + "?"
        } else if endsInQuestionWord(prompt) {
            core = prompt + "?"
        } else if let last = lastWord(prompt), isGeneric(last) {
            // `JDBC Source Connector의 장점`, `EC2 구매 옵션`: the heading already says what it asks;
            // a name right before the word takes `의` (`DynamoDB 장점` → `DynamoDB의 장점은?`).
            let base = String(prompt.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
            if english || base.last.map(TermMatch.isLatinOrDigit) == true {
                core = aspect(last, of: base, english: english)
            } else {
                core = KoreanParticle.attach(.topic, to: prompt) + "?"
            }
        } else if !english, ["때", "경우"].contains(where: { prompt.hasSuffix(" " + $0) }) {
            core = KoreanParticle.attach(.topic, to: prompt) + "?"   // `장애가 났을 때는?`
        } else if !english, prompt.hasSuffix("하기"), prompt.split(separator: " ").count > 1 {
            core = "\(prompt): 어떻게 하나?"   // `S3에서 뷰 구현하기: 어떻게 하나?`
        } else if card.rule == .outline, isStatement(prompt) {
            core = english ? "What about \(prompt)?" : "\(prompt): 어떤 내용인가?"
        } else if card.rule == .outline, card.answer.count > 1 {
            core = english ? "What are the features of \(prompt)?" : "\(prompt)의 특징은?"
        } else {
            core = english ? "What is \(prompt)?" : KoreanParticle.attach(.definition, to: prompt) + "?"
        }
        let shown = context.filter { !names(core, $0) && !isGloss($0, of: prompt) }
        return shown.isEmpty ? core : "[\(shown.joined(separator: ExtractedCard.contextSeparator))] \(core)"
    }

    /// Leads that ask about their subject and take it from the heading above (`장점` under
    /// `DynamoDB 장단점` asks `DynamoDB의 장점은?`), Korean and English.
    static let genericWords: Set<String> = [
        "장점", "단점", "장단점", "특징", "특성", "사용 사례", "사용사례", "사례", "용도", "종류", "유형", "구성 요소", "구성요소",
        "구성", "기능", "주요 기능", "역할", "이점", "한계", "제약", "제약 사항", "원리", "동작 방식", "작동 방식", "방식", "개요",
        "정의", "목적", "주의사항", "주의 사항", "고려사항", "고려 사항", "모범 사례", "방법", "이유", "단계", "절차", "예시", "차이",
        "차이점", "조건", "규칙", "전략", "옵션", "요구 사항", "요구사항", "효과", "필요성",
        "advantages", "pros", "benefits", "disadvantages", "cons", "drawbacks", "features", "characteristics", "use cases",
        "types", "kinds", "components", "limitations", "overview", "pricing", "steps", "examples", "best practices",
    ]

    static func isGeneric(_ text: String) -> Bool {
        genericWords.contains(text.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// `X의 장점은?` / `What are the advantages of X?`.
    static func aspect(_ word: String, of subject: String, english: Bool) -> String {
        if english {
            let plural = word.lowercased().hasSuffix("s")
            return "What \(plural ? "are" : "is") the \(word.lowercased()) of \(subject)?"
        }
        return "\(subject)의 \(KoreanParticle.attach(.topic, to: word))?"
    }

    /// The thing a heading is about: `DynamoDB 장단점` → `DynamoDB`, `EC2의 특징과 용도` → `EC2`.
    static func subject(of heading: String) -> String {
        var words = heading.split(separator: " ").map(String.init)
        let connectors: Set<String> = ["및", "&", "/", "and", "와", "과"]
        while let last = words.last, words.count > 1 {
            if words.count > 2, isGeneric(words.suffix(2).joined(separator: " ")) {
                words.removeLast(2)
            } else if isGeneric(last) || connectors.contains(last.lowercased()) || isGeneric(String(last.dropLast())) {
                words.removeLast()   // `장점`, `및`, `특징과`
            } else {
                break
            }
        }
        var result = words.joined(separator: " ")
        if result.hasSuffix("의"), result.count > 1 { result.removeLast() }
        return result.isEmpty ? heading : result
    }

    /// `A vs B`, `A와 B 비교`, `A과 B의 차이점`: two things compared.
    static func comparedPair(_ prompt: String) -> (String, String)? {
        for separator in [" vs. ", " vs ", " VS "] {
            let parts = prompt.components(separatedBy: separator)
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                return (parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        var body = prompt
        var ended = false
        for tail in ["의 차이점", "의 차이", " 차이점", " 차이", " 비교"] where body.hasSuffix(tail) {
            body = String(body.dropLast(tail.count))
            ended = true
            break
        }
        guard ended else { return nil }
        for joiner in ["와 ", "과 "] {
            let parts = body.components(separatedBy: joiner)
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { return (parts[0], parts[1]) }
        }
        return nil
    }

    /// A heading that is a question without its `?`: `…이란`, `…인가`, `…할까`.
    static func endsInQuestionWord(_ prompt: String) -> Bool {
        ["이란", "란", "인가", "는가", "을까", "ㄹ까", "할까", "일까", "있나", "없나", "하나"].contains { prompt.hasSuffix($0) }
            && prompt.split(separator: " ").count > 1
    }

    /// A lead written as a sentence (`접근은 각각임`): `X의 특징은?` would not make sense.
    static func isStatement(_ prompt: String) -> Bool {
        // `…이다`, `…했음`, `…각각임`, `…다름`: sentence endings and nominalised verbs.
        let endings = ["다", "음", "임", "함", "됨", "름", "짐", "움", "요", ".", "!"]
        return endings.contains { prompt.hasSuffix($0) } || prompt.split(separator: " ").count > 6
    }

    /// The last word of a heading of several, or its last two when they are one generic word
    /// (`사용 사례`).
    static func lastWord(_ prompt: String) -> String? {
        let words = prompt.split(separator: " ")
        guard words.count > 1, let last = words.last else { return nil }
        let two = words.suffix(2).joined(separator: " ")
        return words.count > 2 && isGeneric(two) ? two : String(last)
    }

    /// The question already says what the context says: the context or its subject is in it.
    static func names(_ question: String, _ context: String) -> Bool {
        let q = question.precomposedStringWithCanonicalMapping.lowercased()
        let whole = context.precomposedStringWithCanonicalMapping.lowercased()
        let subject = subject(of: context).precomposedStringWithCanonicalMapping.lowercased()
        return q.contains(whole) || (subject.count > 1 && q.contains(subject))
    }

    /// `AWS Backup (Backup & Restore)` above `AWS Backup`: the context is the term itself, glossed.
    static func isGloss(_ context: String, of prompt: String) -> Bool {
        let term = prompt.trimmingCharacters(in: .whitespaces)
        guard term.count > 1, context.lowercased().hasPrefix(term.lowercased()) else { return false }
        return context.dropFirst(term.count).trimmingCharacters(in: .whitespaces).hasPrefix("(")
    }

    static func containsHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value) }
    }
}
