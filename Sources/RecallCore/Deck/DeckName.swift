/// Deck names: `::`-separated, no empty part.
public enum DeckName {
    public static func problem(_ name: String) -> DeckMessage? {
        if name.isEmpty { return .emptyDeckName }
        // Front matter holds the name on one line.
        if name.contains(where: \.isNewline) { return .deckNameHasLineBreak }
        let parts = name.components(separatedBy: "::")
        if parts.contains(where: { $0.trimmed.isEmpty }) {
            return .deckNameHasEmptyPart(name: name)
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
