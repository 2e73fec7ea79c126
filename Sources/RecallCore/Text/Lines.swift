extension StringProtocol {
    /// The text's lines, split at `\n` only. Splitting by `Character` would not work: Swift treats
    /// `\r\n` as one character, so CRLF files would come out as a single line.
    /// A trailing `\r` stays on each line; callers that need it gone drop it.
    /// Split on the UTF-8 bytes: a `\n` byte is always the scalar U+000A, and slicing there
    /// costs nothing, where splitting the scalars decoded every one of them.
    public var lines: [Substring] {
        let text = Substring(self)
        let utf8 = text.utf8
        // The offsets of the newlines, found in the contiguous bytes (a generic walk of the
        // UTF-8 view cost 60 instructions a byte); `text` is copied to native storage if need be.
        let offsets = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.filter { bytes[$0] == 0x0A }
        } ?? utf8.indices.filter { utf8[$0] == 0x0A }.map { utf8.distance(from: utf8.startIndex, to: $0) }
        var result: [Substring] = []
        result.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(text[start..<newline])
            start = utf8.index(after: newline)
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
        // So is a Hangul syllable: the Character holding it starts with it, a leading jamo or a
        // prepended mark, never white space (most Korean lines start and end with one).
        func isKept(_ scalar: Unicode.Scalar?) -> Bool {
            guard let value = scalar?.value else { return false }
            return (0x21...0x7E).contains(value) || (0xAC00...0xD7A3).contains(value)
        }
        if isKept(text.unicodeScalars.first), isKept(text.unicodeScalars.last) { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespaceFast }),
              let last = text.lastIndex(where: { !$0.isWhitespaceFast }) else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// True if the UTF-8 bytes contain `needle`; a fast pre-check before a slower character scan.
    /// The needle's bytes are read in place: copying them to an array was a fifth of extracting
    /// 38,000 short lines, each looked at for 28 chatter marks.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in containsBytes(pattern) }
    }

    private func containsBytes(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = pattern.first else { return true }
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == head {
                if (1..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] }) { return true }
            }
            return false
        }) { return found }
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
