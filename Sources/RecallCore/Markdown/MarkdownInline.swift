/// Inline Markdown in one line of a card: what `MarkdownToHTML` and the study sheet render.
///
/// The CommonMark rules that decks rely on are followed exactly, because a card must look the
/// same in Anki as in any Markdown viewer: code spans, backslash escapes, entities, `*` and `_`
/// emphasis with the delimiter-run (flanking) rules, GFM `~~strikethrough~~`, inline links,
/// images and autolinks. Raw HTML is not Markdown's business here: it stays text, as recall
/// shows it in the terminal.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    /// An entity reference as written, `&lt;` or `&#58;`.
    case entity(String)
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(text: [MarkdownInline], destination: String)
    case image(alt: String, source: String)
    case autolink(String)

    public static func parse(_ line: some StringProtocol) -> [MarkdownInline] {
        // Without a byte of markup the line is all text: what the scanner would find, without
        // splitting it into characters (most lines of a deck, and every line of Hangul prose).
        if SingleScalarText.shortcuts, !line.utf8.contains(where: isMarkup) { return line.isEmpty ? [] : [.text(String(line))] }
        var scanner = InlineScanner(String(line))
        return scanner.run()
    }

    /// The bytes that may start markup: `\\`, a backtick, `&`, `<`, `*`, `_`, `~`, `[`, `!` and `]`.
    static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: "_"),
             UInt8(ascii: "~"), UInt8(ascii: "["), UInt8(ascii: "!"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    /// True for the characters a backslash escapes (CommonMark: ASCII punctuation). Before any
    /// other character a backslash is text.
    public static func isEscapable(_ char: Character) -> Bool {
        char.asciiValue.map(isEscapable) ?? false
    }

    static func isEscapable(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// The text a reader sees, markup taken away.
    public static func plainText(_ nodes: [MarkdownInline]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text), .code(let text), .autolink(let text): return text
            case .entity(let entity): return HTMLEntities.decode(entity)
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner): return plainText(inner)
            case .link(let text, let destination):
                let label = plainText(text)
                return label == destination ? label : "\(label) (\(destination))"
            case .image(let alt, _): return alt
            }
        }.joined()
    }
}

/// A run of `*`, `_` or `~~` that may open or close emphasis, by CommonMark's flanking rules.
private struct DelimiterRun {
    var character: Character
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
}

private enum Piece {
    case node(MarkdownInline)
    case delimiter(DelimiterRun)
    /// `[` or `![`, waiting for a `](destination)`.
    case bracket(image: Bool)
}

private struct InlineScanner {
    let chars: [Character]
    let source: String
    /// Where each character starts in `source`, and its end last, when every scalar of the line
    /// is a character of its own (`SingleScalarText`): runs of text are then copied from
    /// `source` whole instead of a character at a time. Nil otherwise.
    let bounds: [String.Index]?
    var index = 0
    var pieces: [Piece] = []
    var pendingText = ""

    init(_ line: String) {
        source = line
        if SingleScalarText.holds(line) {
            var bounds = Array(line.unicodeScalars.indices)
            bounds.append(line.endIndex)
            self.bounds = bounds
            chars = line.unicodeScalars.map(Character.init)
        } else {
            bounds = nil
            chars = Array(line)
        }
    }

    /// The text of the characters `range`, as one string.
    func text(_ range: Range<Int>) -> String {
        guard let bounds else { return String(chars[range]) }
        return String(source[bounds[range.lowerBound]..<bounds[range.upperBound]])
    }

    mutating func run() -> [MarkdownInline] {
        while index < chars.count {
            let char = chars[index]
            // Most text (all of Hangul) is no markup: one cheap test instead of string compares.
            guard let ascii = char.asciiValue, MarkdownInline.isMarkup(ascii) else {
                guard bounds != nil else {
                    pendingText.append(char)
                    index += 1
                    continue
                }
                var end = index + 1
                while end < chars.count, !(chars[end].asciiValue.map(MarkdownInline.isMarkup) ?? false) { end += 1 }
                pendingText += text(index..<end)
                index = end
                continue
            }
            switch char {
            case "\\": escape()
            case "`": codeSpan()
            case "&": entity()
            case "<": autolink()
            case "*", "_": delimiterRun()
            case "~": tildes()
            case "[":
                flushText()
                pieces.append(.bracket(image: false))
                index += 1
            case "!" where index + 1 < chars.count && chars[index + 1] == "[":
                flushText()
                pieces.append(.bracket(image: true))
                index += 2
            case "]": closeBracket()
            default:
                pendingText.append(char)
                index += 1
            }
        }
        flushText()
        return Self.resolveEmphasis(pieces[...])
    }

    mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        pieces.append(.node(.text(pendingText)))
        pendingText = ""
    }

    mutating func escape() {
        if index + 1 < chars.count, let ascii = chars[index + 1].asciiValue, MarkdownInline.isEscapable(ascii) {
            pendingText.append(chars[index + 1])
            index += 2
        } else {
            pendingText.append("\\")
            index += 1
        }
    }

    /// A backtick run opens a code span only if a run of the same length closes it.
    mutating func codeSpan() {
        let start = index
        while index < chars.count, chars[index] == "`" { index += 1 }
        let length = index - start
        var search = index
        while search < chars.count {
            guard chars[search] == "`" else {
                search += 1
                continue
            }
            let runStart = search
            while search < chars.count, chars[search] == "`" { search += 1 }
            if search - runStart == length {
                var content = text(index..<runStart)
                if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
                    content = String(content.dropFirst().dropLast())
                }
                flushText()
                pieces.append(.node(.code(content)))
                index = search
                return
            }
        }
        pendingText += String(repeating: "`", count: length)
    }

    mutating func entity() {
        var end = index + 1
        while end < chars.count, end - index <= 33, chars[end] != ";", chars[end].isASCII,
              chars[end].isLetter || chars[end].isNumber || chars[end] == "#" {
            end += 1
        }
        if end < chars.count, chars[end] == ";" {
            let candidate = String(chars[index...end])
            if HTMLEntities.isReference(candidate) {
                flushText()
                pieces.append(.node(.entity(candidate)))
                index = end + 1
                return
            }
        }
        pendingText.append("&")
        index += 1
    }

    /// `<https://example.com>`: a scheme, a colon, no spaces or angle brackets.
    mutating func autolink() {
        var end = index + 1
        while end < chars.count, chars[end] != ">", chars[end] != "<", !chars[end].isWhitespace { end += 1 }
        if end < chars.count, chars[end] == ">" {
            let inner = String(chars[(index + 1)..<end])
            if let colon = inner.firstIndex(of: ":") {
                let scheme = inner[..<colon]
                if (2...32).contains(scheme.count), scheme.first?.isLetter == true,
                   scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) {
                    flushText()
                    pieces.append(.node(.autolink(inner)))
                    index = end + 1
                    return
                }
            }
        }
        pendingText.append("<")
        index += 1
    }

    mutating func delimiterRun() {
        let char = chars[index]
        let start = index
        while index < chars.count, chars[index] == char { index += 1 }
        let (left, right, before, after) = flanking(start: start, end: index, cjkBoundary: char == "*")
        let canOpen: Bool
        let canClose: Bool
        if char == "*" {
            canOpen = left
            canClose = right
        } else {
            canOpen = left && (!right || Self.isPunctuation(before))
            canClose = right && (!left || Self.isPunctuation(after))
        }
        flushText()
        pieces.append(.delimiter(DelimiterRun(character: char, count: index - start, originalCount: index - start,
                                              canOpen: canOpen, canClose: canClose)))
    }

    /// GFM strikethrough: exactly two tildes; other runs are text.
    mutating func tildes() {
        let start = index
        while index < chars.count, chars[index] == "~" { index += 1 }
        guard index - start == 2 else {
            pendingText += String(repeating: "~", count: index - start)
            return
        }
        let (left, right, _, _) = flanking(start: start, end: index, cjkBoundary: true)
        flushText()
        pieces.append(.delimiter(DelimiterRun(character: "~", count: 2, originalCount: 2, canOpen: left, canClose: right)))
    }

    /// CommonMark's left- and right-flanking tests. With `cjkBoundary`, a Hangul, Han or kana
    /// neighbour counts as punctuation: Korean puts particles right after a closing `**`
    /// (`**수임(assume)**해서`), which strict CommonMark would not read as bold.
    func flanking(start: Int, end: Int, cjkBoundary: Bool) -> (left: Bool, right: Bool, before: Character?, after: Character?) {
        let before = start > 0 ? chars[start - 1] : nil
        let after = end < chars.count ? chars[end] : nil
        func punctuation(_ char: Character?) -> Bool {
            Self.isPunctuation(char) || (cjkBoundary && char.map(Self.isCJK) == true)
        }
        let beforeSpace = before.map(\.isWhitespace) ?? true
        let afterSpace = after.map(\.isWhitespace) ?? true
        let left = !afterSpace && (!punctuation(after) || beforeSpace || punctuation(before))
        let right = !beforeSpace && (!punctuation(before) || afterSpace || punctuation(after))
        return (left, right, before, after)
    }

    static func isCJK(_ char: Character) -> Bool {
        char.unicodeScalars.first.map { DisplayWidth.isWide($0.value) } ?? false
    }

    static func isPunctuation(_ char: Character?) -> Bool {
        guard let char else { return false }
        return char.isPunctuation || char.isSymbol
    }

    /// `](destination)` after an open bracket makes a link or an image; anything else is text.
    mutating func closeBracket() {
        flushText()
        guard let opener = pieces.lastIndex(where: { if case .bracket = $0 { return true } else { return false } }),
              case .bracket(let image) = pieces[opener] else {
            pendingText.append("]")
            index += 1
            return
        }
        guard let (destination, end) = linkDestination(from: index + 1) else {
            // Not a link: the bracket is text, and can no longer open one.
            pieces[opener] = .node(.text(image ? "![" : "["))
            pendingText.append("]")
            index += 1
            return
        }
        let inner = Self.resolveEmphasis(pieces[(opener + 1)...])
        pieces.removeSubrange(opener...)
        pieces.append(.node(image ? .image(alt: MarkdownInline.plainText(inner), source: destination)
                                  : .link(text: inner, destination: destination)))
        if !image {
            // Links may not contain links: older brackets can no longer open one.
            for position in pieces.indices {
                if case .bracket(false) = pieces[position] { pieces[position] = .node(.text("[")) }
            }
        }
        index = end
    }

    /// `(dest)`, `(<dest>)` or `(dest "title")`; returns the destination and the index after `)`.
    func linkDestination(from start: Int) -> (String, Int)? {
        guard start < chars.count, chars[start] == "(" else { return nil }
        var position = start + 1
        while position < chars.count, chars[position] == " " { position += 1 }
        var destination = ""
        if position < chars.count, chars[position] == "<" {
            position += 1
            while position < chars.count, chars[position] != ">" {
                if chars[position] == "<" { return nil }
                destination.append(chars[position])
                position += 1
            }
            guard position < chars.count else { return nil }
            position += 1
        } else {
            var depth = 0
            while position < chars.count, !chars[position].isWhitespace {
                let char = chars[position]
                if char == "(" { depth += 1 }
                if char == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                if char == "\\", position + 1 < chars.count, let ascii = chars[position + 1].asciiValue,
                   MarkdownInline.isEscapable(ascii) {
                    position += 1
                }
                destination.append(chars[position])
                position += 1
            }
        }
        while position < chars.count, chars[position] == " " { position += 1 }
        if position < chars.count, "\"'".contains(chars[position]) {
            let quote = chars[position]
            position += 1
            while position < chars.count, chars[position] != quote { position += 1 }
            guard position < chars.count else { return nil }
            position += 1
            while position < chars.count, chars[position] == " " { position += 1 }
        }
        guard position < chars.count, chars[position] == ")" else { return nil }
        return (destination, position + 1)
    }

    /// CommonMark's "process emphasis": each closer takes the nearest matching opener.
    static func resolveEmphasis(_ slice: ArraySlice<Piece>) -> [MarkdownInline] {
        var pieces = Array(slice)
        var closerIndex = 0
        while closerIndex < pieces.count {
            guard case .delimiter(var closer) = pieces[closerIndex], closer.canClose else {
                closerIndex += 1
                continue
            }
            var found: Int?
            var search = closerIndex - 1
            while search >= 0 {
                if case .delimiter(let opener) = pieces[search], opener.character == closer.character, opener.canOpen,
                   matches(opener, closer) {
                    found = search
                    break
                }
                search -= 1
            }
            guard let openerIndex = found, case .delimiter(var opener) = pieces[openerIndex] else {
                closerIndex += 1
                continue
            }
            let used = closer.character == "~" ? 2 : (closer.count >= 2 && opener.count >= 2 ? 2 : 1)
            let inner = literal(pieces[(openerIndex + 1)..<closerIndex])
            let node: MarkdownInline = closer.character == "~" ? .strikethrough(inner) : used == 2 ? .strong(inner) : .emphasis(inner)
            opener.count -= used
            closer.count -= used
            var replacement: [Piece] = []
            if opener.count > 0 { replacement.append(.delimiter(opener)) }
            replacement.append(.node(node))
            let next = openerIndex + replacement.count
            if closer.count > 0 { replacement.append(.delimiter(closer)) }
            pieces.replaceSubrange(openerIndex...closerIndex, with: replacement)
            closerIndex = next
        }
        return literal(pieces[...])
    }

    /// The "multiple of 3" rule, and tildes pair only with tildes of the same length.
    static func matches(_ opener: DelimiterRun, _ closer: DelimiterRun) -> Bool {
        if closer.character == "~" { return opener.count == closer.count }
        if opener.canClose || closer.canOpen,
           (opener.originalCount + closer.originalCount) % 3 == 0,
           !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0) {
            return false
        }
        return true
    }

    /// Unmatched delimiters and brackets become text again; adjacent text is merged.
    static func literal(_ pieces: ArraySlice<Piece>) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        func appendText(_ text: String) {
            if case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(.text(text))
            }
        }
        for piece in pieces {
            switch piece {
            case .node(.text(let text)): appendText(text)
            case .node(let node): result.append(node)
            case .delimiter(let run): appendText(String(repeating: run.character, count: run.count))
            case .bracket(let image): appendText(image ? "![" : "[")
            }
        }
        return result
    }
}
