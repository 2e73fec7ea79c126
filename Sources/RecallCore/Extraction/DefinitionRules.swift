/// Definitions written as list items or lines: `**Term**: …`, `Term : …`, `Term - …`, and Korean
/// definitional sentences (`X는 Y이다`, `X란 Y`, `X가 Y이다`).
enum DefinitionRules {
    /// The card one body line gives, if it defines something.
    static func card(for text: String, context: [String], file: String, line: Int) -> ExtractedCard? {
        if let (term, definition) = separated(text, by: [": ", " : ", "： "])
            ?? separated(text, by: [" - ", " – ", " — "]) {
            return ExtractedCard(rule: .definition, context: context, prompt: term, answer: [definition], file: file, line: line)
        }
        let sentence = KoreanSentence.first(text)
        if let (term, predicate) = KoreanSentence.topic(in: sentence), CardFilter.isTerm(term) {
            return ExtractedCard(rule: .koreanDefinition, context: context, prompt: term,
                                 answer: [predicate], file: file, line: line)
        }
        return nil
    }

    /// `Term: definition` split at the first separator, when what stands before it is a term.
    private static func separated(_ text: String, by separators: [String]) -> (String, String)? {
        // An ASCII separator is searched on the bytes; no other scalar is canonically equivalent
        // to the others', so one whose bytes are not in the text is not in it.
        let found = separators.compactMap { separator in
            separator.utf8.allSatisfy { $0 < 0x80 } ? text[...].firstRange(ofASCII: separator)
                : text.containsBytes(separator) ? text.firstRange(of: separator) : nil
        }
            .min { $0.lowerBound < $1.lowerBound }
        guard let range = found else { return nil }
        let term = String(text[..<range.lowerBound].trimmed)
        let definition = String(text[range.upperBound...].trimmed)
        guard CardFilter.isTerm(term), !term.contains(": "), CardFilter.meaningfulCount(definition) >= 2 else { return nil }
        // `Time: 10:30` or a colon inside brackets is not a definition.
        if term.filter({ $0 == "(" }).count != term.filter({ $0 == ")" }).count { return nil }
        return (term, definition)
    }

    /// A heading's or lead line's first line when it says what the lead is (`VPC` → `가상의 격리된
    /// 네트워크를 의미`): used when the lead has too many lines to ask for all of them.
    static func isLeadDefinition(_ text: String) -> Bool {
        let sentence = KoreanSentence.first(text)
        guard sentence.split(separator: " ").count >= 3, sentence.contains(where: KoreanSentence.isHangulSyllable) else {
            return false
        }
        return KoreanSentence.topic(in: sentence) == nil && separated(text, by: [": ", " : ", " - "]) == nil
            && KoreanSentence.isDefinitional(sentence)
    }
}
