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
                diagnostics.append(.error(at: SourceLocation(file: file, line: lineNumber, column: 1), DeckMessage.frontMatterNotKeyValue))
                continue
            }
            let key = line[..<colon].trimmed.lowercased()
            let value = unquote(String(line[line.index(after: colon)...].trimmed))
            // Where the value starts, or just after the colon when there is none; in scalars, as
            // every column is counted.
            let afterColon = line.index(after: colon)
            let valueStart = line[afterColon...].firstIndex { !$0.isWhitespace } ?? afterColon
            let valueColumn = MarkdownLines.scalarOffset(raw, valueStart) + 1
            let valueLocation = SourceLocation(file: file, line: lineNumber, column: valueColumn)
            switch key {
            case "deck":
                if let problem = DeckName.problem(value) {
                    diagnostics.append(.error(at: valueLocation, problem))
                } else {
                    result.deck = value
                }
            case "tags":
                // `[a, b]`, `a, b` or `#a #b`: brackets at a tag's ends are the list's, not the
                // tag's (trimming only the value's ends kept the `[` of `#[a]`).
                result.tags = Tags.merge(Tags.parse(value)
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
                    .map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
                    .filter { !$0.isEmpty }, [])
            case "source":
                result.source = value.isEmpty ? nil : value
            case "scheduler":
                if let kind = SchedulerKind(rawValue: value.lowercased()) {
                    result.scheduler = kind
                } else {
                    diagnostics.append(.error(at: valueLocation, DeckMessage.unknownScheduler(value: value)))
                }
            default:
                diagnostics.append(.warning(at: SourceLocation(file: file, line: lineNumber, column: 1),
                    DeckMessage.unknownFrontMatterKey(key: key, known: knownKeys)))
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
