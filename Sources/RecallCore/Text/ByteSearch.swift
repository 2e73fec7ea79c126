extension Substring {
    /// The first range of `needle`, a short ASCII string, as `firstRange(of:)` finds it (whole
    /// Characters: `{{c` is not found in `{{c\u{301}`), but looked for on the UTF-8 bytes. The
    /// needle holds no CR or LF and none of `;`, `` ` `` and `K`, the ASCII characters that another
    /// scalar is canonically equivalent to (U+037E, U+1FEF, U+212A), which a byte search misses.
    ///
    /// Why: `firstRange(of:)` compares Character by Character and sets up a searcher on every
    /// call; called once per cloze it was a third of importing a line of 87,000 clozes. A byte
    /// match counts only when it starts and ends on Character boundaries, which is checked on the
    /// scalars on either side.
    func firstRange(ofASCII needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        precondition(!pattern.isEmpty && pattern.allSatisfy { $0 < 0x80 && !Self.notByteSearchable.contains($0) },
                     "an ASCII needle without CR, LF, ';', '`' or 'K'")
        let bytes = utf8
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: pattern[0]) {
            from = bytes.index(after: start)
            guard bytes[start...].starts(with: pattern) else { continue }
            let end = bytes.index(start, offsetBy: pattern.count)
            // ASCII after ASCII other than CR is always a Character boundary, so only the match's
            // first byte and the byte after it can be inside a Character.
            guard start == startIndex || Self.breaks(unicodeScalars[unicodeScalars.index(before: start)], unicodeScalars[start]),
                  end == endIndex || Self.breaks(unicodeScalars[unicodeScalars.index(before: end)], unicodeScalars[end]) else { continue }
            return start..<end
        }
        return nil
    }

    private static let notByteSearchable: Set<UInt8> = Set("\r\n;`K".utf8)

    /// Whether two scalars, one of them ASCII, fall in two Characters. With an ASCII scalar (not
    /// CR or LF) on one side no rule needs more context than the pair (regional indicators and
    /// emoji sequences need scalars that are not ASCII on both sides), so the pair tells.
    private static func breaks(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        var pair = String(before)
        pair.unicodeScalars.append(after)
        return pair.count == 2
    }
}

extension String {
    /// `replacing(_:with:)`, but the text itself when its bytes do not hold `target`: a
    /// Character match is a byte match, and most texts hold none. Why: `replacing` sets up a
    /// Character search on every call, a fifth of importing 52,000 short rows.
    func replacingIfPresent(_ target: String, with replacement: String) -> String {
        containsBytes(target) ? replacing(target, with: replacement) : self
    }
}
