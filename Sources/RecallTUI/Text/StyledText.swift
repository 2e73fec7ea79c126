import RecallCore

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One screen line of styled text, before it is placed in a `ScreenBuffer`.
public typealias StyledLine = [Span]

extension Array where Element == Span {
    public var plainText: String { map(\.text).joined() }
    public var displayWidth: Int { reduce(0) { $0 + DisplayWidth.of($1.text) } }
}

/// A character with its style: the unit the wrapper moves between lines.
struct Glyph: Hashable {
    var character: Character
    var style: Style
    var width: Int { DisplayWidth.of(character) }
}

extension Array where Element == Glyph {
    init(_ line: StyledLine) {
        self = line.flatMap { span in span.text.map { Glyph(character: $0, style: span.style) } }
    }

    /// Back to spans, merging neighbours of the same style.
    var spans: StyledLine {
        var result: StyledLine = []
        for glyph in self {
            if let last = result.last, last.style == glyph.style {
                result[result.count - 1].text.append(glyph.character)
            } else {
                result.append(Span(String(glyph.character), glyph.style))
            }
        }
        return result
    }

    var width: Int { reduce(0) { $0 + $1.width } }
}
