/// The tags of one note's drafts, in this order, each once: the note's own tags (`NoteTags`),
/// the topics its headings and term name (`vpc`, `nacl`), then its domains (`QuizDomains.known`)
/// from every term in the question, context and answer.
///
/// Why: a quiz on an extracted deck breaks down by domain only if every card has one, so a draft
/// that names no known term takes the domain most of its note's other drafts have.
enum DraftTags {
    /// Used when no draft of a note names a known term: the domain of general cloud study.
    static let defaultDomain = "architecture"

    static func apply(_ cards: [ExtractedCard], noteText: String) -> [ExtractedCard] {
        let own = NoteTags.of(noteText)
        let found = cards.map { card -> (topics: [String], domains: [String]) in
            let heading = (card.context + [card.prompt]).joined(separator: "\n")
            let headingEntries = TopicVocabulary.entries(in: heading)
            let answerEntries = TopicVocabulary.entries(in: card.answer.joined(separator: "\n"))
            var domains = unique(headingEntries.flatMap(\.domains))
            if domains.isEmpty, let top = mostCommon(answerEntries.flatMap(\.domains)) { domains = [top] }
            return (unique(headingEntries.compactMap(\.topic)), domains)
        }
        let noteDomain = mostCommon(found.flatMap(\.domains)) ?? defaultDomain
        return zip(cards, found).map { card, tags in
            var card = card
            let domains = tags.domains.isEmpty ? [noteDomain] : tags.domains
            card.tags = unique(card.tags + own + tags.topics + domains)
            return card
        }
    }

    /// The most frequent value, the earliest among equals.
    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return unique(values).max { counts[$0, default: 0] < counts[$1, default: 0] }
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
