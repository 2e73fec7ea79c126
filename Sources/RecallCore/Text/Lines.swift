extension StringProtocol {
    /// The text's lines, split at `\n` only. Splitting by `Character` would not work: Swift treats
    /// `\r\n` as one character, so CRLF files would come out as a single line.
    /// A trailing `\r` stays on each line; callers that need it gone drop it.
    public var lines: [Substring] {
        let text = Substring(self)
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    }
}

extension StringProtocol {
    /// The text without white space at either end. Pure Swift: Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString and dominated deck parsing time.
    public var trimmed: Substring {
        let text = Substring(self)
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
