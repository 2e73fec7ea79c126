/// The flashcard syntax of Obsidian's spaced-repetition plugin, which some notes already use:
/// `Q::A`, `Q:::A` (reversible), a `?` or `??` line between question and answer lines, and
/// `==highlight==` as a cloze. These are cards the author wrote on purpose, so they are taken as
/// written (markup cleaned), with the heading context added like every other card.
enum ObsidianCards {
    typealias Found = NoteOutline.Entry.Kind

    /// `Q::A` or `Q:::A` on one line. Code and ARNs (`arn:aws:iam::…`) are never cards.
    static func inline(_ text: Substring) -> Found? {
        guard !NoteInline.hasInlineCode(text), !NoteInline.containsARN(text) else { return nil }
        let reversible = text.firstRange(ofASCII: ":::")
        guard let separator = reversible ?? text.firstRange(ofASCII: "::") else { return nil }
        guard let question = NoteInline.clean(text[..<separator.lowerBound]),
              let answer = NoteInline.clean(text[separator.upperBound...]) else { return nil }
        return .authored(reversible == nil ? .basic : .reversible, .inlineCard, prompt: question, answer: [answer])
    }

    /// Question lines, a line with only `?` (or `??`), then answer lines up to a blank line, a
    /// heading or the next card. Returns the card and the index of the first line after it.
    static func multiline(_ lines: [NoteLine], from start: Int) -> (Found, Int)? {
        var separator = start
        while separator < lines.count, lines[separator].kind == .item || lines[separator].kind == .paragraph {
            separator += 1
        }
        guard separator < lines.count, case .separator(let reversible) = lines[separator].kind else { return nil }
        var end = separator + 1
        while end < lines.count, lines[end].kind == .item || lines[end].kind == .paragraph,
              inline(lines[end].text) == nil {
            end += 1
        }
        let question = lines[start..<separator].compactMap { NoteInline.clean($0.text) }
        let answer = lines[(separator + 1)..<end].compactMap { NoteInline.clean($0.text) }
        guard !question.isEmpty, !answer.isEmpty else { return nil }
        return (.authored(reversible ? .reversible : .basic, .multilineCard,
                          prompt: question.joined(separator: " "), answer: answer), end)
    }

    /// A line with `==highlights==` becomes a cloze sentence, one cloze number per highlight.
    static func highlight(_ text: Substring) -> Found? {
        guard text.contains("=="), let cleaned = NoteInline.clean(text) else { return nil }
        var result = ""
        var rest = Substring(cleaned)
        var number = 0
        while let open = rest.firstRange(of: "=="),
              let close = rest[open.upperBound...].firstRange(of: "==") {
            let hidden = rest[open.upperBound..<close.lowerBound]
            guard let first = hidden.first, let last = hidden.last, !first.isWhitespace, !last.isWhitespace else {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            number += 1
            // `::` inside would start a cloze hint, and `}}` would end the cloze early.
            let safe = String(hidden).replacing("::", with: ": ").replacing("}}", with: "} }")
            result += rest[..<open.lowerBound] + "{{c\(number)::\(safe)}}"
            rest = rest[close.upperBound...]
        }
        guard number > 0 else { return nil }
        return .authored(.cloze, .highlightCloze, prompt: result + rest, answer: [])
    }
}
