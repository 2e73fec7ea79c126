/// Pins derived ids into a deck file (`recall check --write-ids`), so rewording a prompt later
/// keeps its progress. The id written is the one already in use, so no progress is lost now.
public enum DeckIDWriter {
    /// The file's text with `<!-- id: … -->` inserted under each heading that lacks one.
    /// Everything else, line endings included, is kept byte for byte.
    public static func insertingIDs(into text: String, for notes: [Note]) -> (text: String, added: Int) {
        let missing = Dictionary(notes.filter { !$0.hasExplicitID }.map { ($0.location.line, $0.id) },
                                 uniquingKeysWith: { first, _ in first })
        guard !missing.isEmpty else { return (text, 0) }
        let carriageReturn = text.contains("\r\n") ? "\r" : ""
        var output = ""
        output.reserveCapacity(text.utf8.count + missing.count * 40)
        var added = 0
        for (index, line) in text.lines.enumerated() {
            if index > 0 { output += "\n" }
            output += line
            if let id = missing[index + 1] {
                output += "\n<!-- id: \(id) -->" + carriageReturn
                added += 1
            }
        }
        return (output, added)
    }
}
