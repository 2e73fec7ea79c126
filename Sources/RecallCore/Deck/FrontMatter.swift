import Foundation

/// The optional `---` block at the top of a deck file: a small subset of YAML, `key: value` lines.
struct FrontMatter {
    var deck: String?
    var tags: [String] = []
    var source: String?
    var scheduler: SchedulerKind?

    static let knownKeys = ["deck", "tags", "source", "scheduler"]

    /// Parses the lines between the fences; `firstLine` is the file line of `lines[0]`.
    static func parse(_ lines: ArraySlice<Substring>, firstLine: Int, file: String,
                      into diagnostics: inout [Diagnostic]) -> FrontMatter {
        var result = FrontMatter()
        for (offset, raw) in lines.enumerated() {
            let lineNumber = firstLine + offset
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(.error(at: SourceLocation(file: file, line: lineNumber, column: 1),
                    "front matter line is not 'key: value'"))
                continue
            }
            let key = line[..<colon].trimmed.lowercased()
            let value = unquote(String(line[line.index(after: colon)...].trimmed))
            let valueColumn = raw.distance(from: raw.startIndex, to: raw.firstIndex(of: ":")!) + 3
            let valueLocation = SourceLocation(file: file, line: lineNumber, column: valueColumn)
            switch key {
            case "deck":
                if let problem = DeckName.problem(value) {
                    diagnostics.append(.error(at: valueLocation, problem))
                } else {
                    result.deck = value
                }
            case "tags":
                result.tags = Tags.parse(value.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
            case "source":
                result.source = value.isEmpty ? nil : value
            case "scheduler":
                if let kind = SchedulerKind(rawValue: value.lowercased()) {
                    result.scheduler = kind
                } else {
                    diagnostics.append(.error(at: valueLocation,
                        "unknown scheduler '\(value)'; use 'fsrs' or 'sm2'"))
                }
            default:
                diagnostics.append(.warning(at: SourceLocation(file: file, line: lineNumber, column: 1),
                    "unknown front matter key '\(key)' is ignored (known: \(knownKeys.joined(separator: ", ")))"))
            }
        }
        return result
    }

    private static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}

/// Deck names: `::`-separated, no empty part.
public enum DeckName {
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "deck name is empty" }
        let parts = name.components(separatedBy: "::")
        if parts.contains(where: { $0.trimmed.isEmpty }) {
            return "deck name '\(name)' has an empty part; write parts like 'AWS::VPC'"
        }
        return nil
    }

    /// `AWS/vpc.md` under the deck folder becomes `AWS::vpc`.
    public static func fromRelativePath(_ path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        if let last = parts.popLast() {
            parts.append(last.hasSuffix(".md") ? String(last.dropLast(3)) : last)
        }
        return parts.joined(separator: "::")
    }
}

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
