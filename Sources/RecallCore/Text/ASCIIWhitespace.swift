extension Character {
    /// `isWhitespace`, answered for an ASCII Character (CR LF included) without the Unicode
    /// property lookup, which was a quarter of extracting a 1 MiB line: the parsers split and
    /// trim on white space everywhere. ASCII white space is U+0009 to U+000D and the space.
    var isWhitespaceFast: Bool {
        guard let ascii = asciiValue else { return isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }
}
