/// Tags are words: separated by commas or white space, `#` prefixes dropped, order kept, no repeats.
public enum Tags {
    public static func parse(_ text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.hasPrefix("#") ? String($0.dropFirst()) : String($0) }
            .filter { !$0.isEmpty }
        return merge(words, [])
    }

    public static func merge(_ first: [String], _ second: [String]) -> [String] {
        var seen = Set<String>()
        return (first + second).filter { seen.insert($0).inserted }
    }

    /// The triage screen's tags field: tags separated by commas only, so that a space inside one
    /// becomes `-` (`데이터베이스 기초` is one tag, `데이터베이스-기초`: the deck format separates
    /// tags by spaces too). A leading `#` is dropped, as the deck parser does. The first character
    /// a tag cannot hold (`[`, `]`, a control character) is the failure.
    public static func parseField(_ text: String) -> Result<[String], Refused> {
        var tags: [String] = []
        for item in text.split(separator: ",") {
            let words = item.split(whereSeparator: \.isWhitespace)
            var tag = words.joined(separator: "-")
            if tag.hasPrefix("#") { tag.removeFirst() }
            if let bad = tag.first(where: { $0 == "[" || $0 == "]" || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
                return .failure(Refused(character: bad))
            }
            if !tag.isEmpty { tags.append(tag) }
        }
        return .success(merge(tags, []))
    }

    public struct Refused: Error, Hashable, Sendable {
        public var character: Character
    }
}
