/// First looks at a deck line's UTF-8 bytes. Each answers "can this line be that syntax at all?"
/// without walking characters (grapheme breaking was most of the parser's time), and is exact
/// where it says no; the parser runs its character-level rule only on the lines that remain.
///
/// Why bytes can decide: the syntax starts with ASCII marks (`#`, `` ` ``, `~`, `<`, `-`, a
/// letter). A character equal to one of them begins with that byte, and the spaces or ASCII
/// white space before it are characters of their own (nothing combines with an ASCII byte that
/// follows them), so the first such byte in the bytes is the first such character in the text.
enum LineBytes {
    /// The first byte after the leading spaces (U+0020 only), and how many spaces there were.
    static func afterSpaces(_ line: Substring) -> (byte: UInt8?, spaces: Int) {
        var spaces = 0
        for byte in line.utf8 {
            if byte != 0x20 { return (byte, spaces) }
            spaces += 1
        }
        return (nil, spaces)
    }

    /// The first byte that is not ASCII white space (tab, line feed, vertical tab, form feed,
    /// carriage return, space); nil when there is none.
    static func afterASCIIWhitespace(_ line: Substring) -> UInt8? {
        line.utf8.first { !isASCIIWhitespace($0) }
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// True when the line cannot start with `key::`: no ASCII letters at its start, or the byte
    /// after them is not `:`.
    static func cannotBeField(_ line: Substring) -> Bool {
        var letters = 0
        for byte in line.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if isLetter {
                letters += 1
                continue
            }
            return letters == 0 || byte != UInt8(ascii: ":")
        }
        return true
    }
}
