/// Cards whose question is a heading or a lead line and whose answer is the short list of lines
/// under it: `모던 데이터 아키텍처란?` → its four bullets, `Route 53 › 단순 라우팅` → its one line.
///
/// A long section makes a poor card (nobody recalls twelve bullets), so past `maximumLines` only
/// a list of short lines (up to ten, `isShortList`; past ten, in parts of at most six) or a first
/// line that defines the lead is asked (`Security Group` → `…가상 방화벽이다.`).
enum LeadCards {
    static let maximumLines = 6
    static let maximumLineLength = 150
    static let maximumAnswerLength = 450

    /// The lead's card, or for a tight list of more than ten short items a card per run of at
    /// most six consecutive items (`장점 (1/2)`, `장점 (2/2)`), each citing its first line.
    static func cards(for index: Int, in outline: NoteOutline, file: String) -> [ExtractedCard] {
        if let card = card(for: index, in: outline, file: file) { return [card] }
        let lead = outline.entries[index]
        guard !lead.isTitle, !lead.fromImage, let prompt = lead.text, prompt.count <= NoteOutline.maximumContextLength,
              !CardFilter.skippedLeads.contains(prompt.lowercased()) else { return [] }
        let body = lead.children.map { outline.entries[$0] }
        guard isTightList(body), body.allSatisfy({ $0.children.isEmpty && $0.text != nil && !$0.quoted }) else { return [] }
        let items = body.compactMap { entry in entry.text.map { (line: entry.line, text: $0) } }.filter { isAnswerLine($0.text) }
        guard items.count > maximumShortListLines, items.allSatisfy({ $0.text.count <= maximumShortLineLength }) else { return [] }
        let context = outline.context(of: index)
        if context.isEmpty, CardFilter.genericLeads.contains(prompt.lowercased()) { return [] }
        let parts = (items.count + maximumLines - 1) / maximumLines
        let size = (items.count + parts - 1) / parts
        return stride(from: 0, to: items.count, by: size).enumerated().map { number, start in
            let group = items[start..<min(start + size, items.count)]
            return ExtractedCard(rule: .outline, context: context, prompt: "\(prompt) (\(number + 1)/\(parts))",
                                 answer: group.map(\.text), file: file, line: number == 0 ? lead.line : group.first!.line)
        }
    }

    static func card(for index: Int, in outline: NoteOutline, file: String) -> ExtractedCard? {
        let lead = outline.entries[index]
        // A list item long enough to be a sentence makes a poor question; headings may be questions.
        let maximumLeadLength = lead.isBody ? NoteOutline.maximumContextLength : 120
        guard !lead.isTitle, !lead.fromImage, let prompt = lead.text, prompt.count <= maximumLeadLength else { return nil }
        let context = outline.context(of: index)
        if CardFilter.skippedLeads.contains(prompt.lowercased()) { return nil }
        if context.isEmpty, CardFilter.genericLeads.contains(prompt.lowercased()) { return nil }
        let children = lead.children.map { outline.entries[$0] }
        // A table under a heading makes its own cards; asking for the prose around it says little.
        if children.contains(where: { if case .table = $0.kind { return true } else { return false } }) { return nil }
        let body = children.filter { $0.isBody && !$0.quoted }
        // A lead whose lines have lines of their own is a section of sections: those make the cards.
        // A line that gave no text (code, an image) would leave a hole in the answer.
        guard !body.isEmpty, body.allSatisfy({ $0.children.isEmpty && $0.text != nil }) else { return nil }
        let lines = body.compactMap(\.text).filter(isAnswerLine)
        guard !lines.isEmpty else { return nil }
        let fits = lines.count <= maximumLines && lines.allSatisfy { $0.count <= maximumLineLength }
            && lines.reduce(0) { $0 + $1.count } <= maximumAnswerLength
            || isTightList(body) && isShortList(lines)
        let answer: [String]
        if fits {
            answer = lines
        } else if let first = body[0].text, lines.first == first, first.count <= maximumLineLength * 2,
                  DefinitionRules.isLeadDefinition(first),
                  KoreanSentence.copulaEndings.contains(where: { KoreanSentence.stripped(KoreanSentence.first(first)).hasSuffix($0) }) {
            answer = [first]
        } else {
            return nil
        }
        return ExtractedCard(rule: .outline, context: context, prompt: prompt, answer: answer, file: file, line: lead.line)
    }

    /// Seven to ten short list items (`DynamoDB 장단점 › 장점`, eight one-line advantages): still one
    /// card, as the study screen shows a list answer a line at a time, but only when each line is
    /// a short fact and the items are a tight list (`isTightList`).
    static func isShortList(_ lines: [String]) -> Bool {
        (maximumLines...maximumShortListLines).contains(lines.count) && lines.allSatisfy { $0.count <= maximumShortLineLength }
    }

    /// List items on consecutive lines: the author wrote a list, not loose notes a blank line apart.
    static func isTightList(_ body: [NoteOutline.Entry]) -> Bool {
        body.allSatisfy { $0.kind == .item } && zip(body, body.dropFirst()).allSatisfy { $1.line == $0.line + 1 }
    }

    static let maximumShortListLines = 10
    static let maximumShortLineLength = 80

    /// A line that can stand in an answer: not a question back (`…할 수 있을까?`), not a label
    /// whose content was skipped (`link:`), not metadata or chatter.
    static func isAnswerLine(_ line: String) -> Bool {
        !NoteInline.isChatter(line) && !line.hasSuffix(":") && !line.hasSuffix("?") && !line.hasSuffix("?!")
            && !CardFilter.isMetadata(line)
    }

    /// Entries that can lead: headings, pseudo-headings, and body lines with lines nested under them.
    static func canLead(_ entry: NoteOutline.Entry) -> Bool {
        switch entry.kind {
        case .heading, .pseudoHeading: return true
        case .item, .paragraph: return !entry.children.isEmpty
        default: return false
        }
    }
}
