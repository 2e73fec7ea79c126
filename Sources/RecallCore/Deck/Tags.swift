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
}
