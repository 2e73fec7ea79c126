/// Wraps text to a number of terminal columns by display width (Hangul counts two), for output
/// that must fit a printed page or a terminal without the TUI (`recall export --format txt`).
///
/// Lines break at spaces; a word wider than the line breaks between characters, and never
/// inside one: a wide character that would pass the edge starts the next line.
public enum DisplayWrap {
    /// `text` (one line) as lines of at most `width` columns, broken by `LineBreaking`: the first
    /// starts with `firstPrefix`, the others with `prefix`. Runs of spaces between words become one.
    public static func words(_ text: String, width: Int, firstPrefix: String = "", prefix: String = "") -> [String] {
        let firstIndent = DisplayWidth.of(firstPrefix)
        if let scalars = SingleScalarText.scalars(text) {
            // By scalar, which gives the same lines (see `SingleScalarText`) without splitting
            // into characters; a line that fits, the common case, is not broken at all.
            let collapsed = collapsingSpaces(scalars)
            if firstIndent + collapsed.width <= width {
                let line = collapsed.scalars.count == scalars.count ? text : SingleScalarText.string(collapsed.scalars)
                return [(firstPrefix + line).withoutTrailingSpaces]
            }
            let lines = LineBreaking.lines(collapsed.scalars, width: width, firstIndent: firstIndent, indent: DisplayWidth.of(prefix),
                                           widthOf: DisplayWidth.of, isSpace: { $0 == " " })
            return joined(lines, firstPrefix: firstPrefix, prefix: prefix)
        }
        let collapsed = Array(text.split(separator: " ").joined(separator: " "))
        let lines = LineBreaking.lines(collapsed, width: width, firstIndent: firstIndent,
                                       indent: DisplayWidth.of(prefix), widthOf: DisplayWidth.of, isSpace: { $0 == " " })
        return lines.enumerated().map { (n, line) in ((n == 0 ? firstPrefix : prefix) + String(line)).withoutTrailingSpaces }
    }

    /// `text` cut into lines of at most `width` columns, spaces kept as they are (for code).
    public static func characters(_ text: String, width: Int, firstPrefix: String = "", prefix: String = "") -> [String] {
        if let scalars = SingleScalarText.scalars(text) {
            let lines = LineBreaking.lines(scalars, width: width, firstIndent: DisplayWidth.of(firstPrefix),
                                           indent: DisplayWidth.of(prefix), widthOf: DisplayWidth.of, isSpace: { _ in false })
            return joined(lines, firstPrefix: firstPrefix, prefix: prefix)
        }
        let lines = LineBreaking.lines(Array(text), width: width, firstIndent: DisplayWidth.of(firstPrefix),
                                       indent: DisplayWidth.of(prefix), widthOf: DisplayWidth.of, isSpace: { _ in false })
        return lines.enumerated().map { (n, line) in ((n == 0 ? firstPrefix : prefix) + String(line)).withoutTrailingSpaces }
    }

    /// The scalars without spaces at either end and with each run of spaces as one, as
    /// `split(separator: " ").joined(separator: " ")` gives them, and their display width.
    static func collapsingSpaces(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], width: Int) {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var width = 0
        var pendingSpace = false
        for scalar in scalars {
            if scalar == " " {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                width += 1
                pendingSpace = false
            }
            result.append(scalar)
            width += DisplayWidth.of(scalar)
        }
        return (result, width)
    }

    /// Lines of scalars as text after their prefixes, without trailing spaces.
    static func joined(_ lines: [[Unicode.Scalar]], firstPrefix: String, prefix: String) -> [String] {
        lines.enumerated().map { (n, line) in
            ((n == 0 ? firstPrefix : prefix) + SingleScalarText.string(line)).withoutTrailingSpaces
        }
    }

    /// Tabs as spaces to the next multiple of 4, and no control characters: both have no width
    /// of their own and would make a terminal's columns differ from ours.
    public static func printable(_ line: some StringProtocol) -> String {
        if !hasTabOrControl(line.utf8) { return String(line) }
        var result = ""
        var column = 0
        for char in line {
            if char == "\t" {
                let spaces = 4 - column % 4
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else if let scalar = char.unicodeScalars.first, char.unicodeScalars.count == 1,
                      scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                continue
            } else {
                result.append(char)
                column += DisplayWidth.of(char)
            }
        }
        return result
    }

    /// C0 controls (tab included), DEL, and C1 controls (`C2 80`…`C2 9F` in UTF-8).
    static func hasTabOrControl(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0 && byte >= 0x80) { return true }
            previous = byte
        }
        return false
    }
}
