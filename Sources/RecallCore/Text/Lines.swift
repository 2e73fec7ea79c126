extension StringProtocol {
    /// The text's lines, split at `\n` only. Splitting by `Character` would not work: Swift treats
    /// `\r\n` as one character, so CRLF files would come out as a single line.
    /// A trailing `\r` stays on each line; callers that need it gone drop it.
    /// Split on the UTF-8 bytes: a `\n` byte is always the scalar U+000A, and slicing there
    /// costs nothing, where splitting the scalars decoded every one of them.
    public var lines: [Substring] {
        let text = Substring(self)
        var result: [Substring] = []
        var start = text.utf8.startIndex
        while let newline = text.utf8[start...].firstIndex(of: 0x0A) {
            result.append(text[start..<newline])
            start = text.utf8.index(after: newline)
        }
        result.append(text[start...])
        return result
    }
}

extension StringProtocol {
    /// The text without white space at either end. Pure Swift: Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString and dominated deck parsing time.
    public var trimmed: Substring {
        let text = Substring(self)
        // Printable ASCII at both ends (`!` to `~`): nothing to trim. Such a byte is never white
        // space, and no character that starts with white space ends with it.
        if let first = text.utf8.first, let last = text.utf8.last,
           first >= 0x21, first <= 0x7E, last >= 0x21, last <= 0x7E { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// True if the UTF-8 bytes contain `needle`; a fast pre-check before a slower character scan.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return true }
        let bytes = utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: head) {
            if bytes[found...].starts(with: pattern) { return true }
            index = bytes.index(after: found)
        }
        return false
    }
}

extension String {
    /// The text without spaces at its end: how terminal lines are compared and printed.
    public var withoutTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
