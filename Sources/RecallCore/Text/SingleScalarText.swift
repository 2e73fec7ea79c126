/// Text whose every Unicode scalar is a character of its own, whatever stands next to it:
/// printable ASCII, Latin-1 and the Latin letters up to U+02FF, common punctuation and arrows,
/// Hangul syllables and compatibility jamo, CJK ideographs. Such text can be walked by scalar,
/// with the same result as walking it by `Character`.
///
/// Why: the study sheet and the Anki export wrap and scan 100,000 cards, and splitting text
/// into grapheme clusters (`Array(text)`, `for char in text`) was most of their time. Nothing
/// here is a combining mark, a joiner, a control character that joins (CR), a Hangul jamo that
/// joins a syllable, or a character that `Character ==` finds canonically equal to another one
/// (U+1FEF is equal to a backtick), so scalar and character agree on count, width and equality.
/// Text with anything else takes the character path.
enum SingleScalarText {
    /// False in tests that compare these shortcuts with the character-by-character path they
    /// stand in for (`holds` is then false for all text, and the byte pre-checks that skip
    /// work are off too).
    @TaskLocal static var shortcuts = true

    /// True when every scalar of `text` is a character of its own (see the type).
    static func holds(_ text: some StringProtocol) -> Bool {
        guard shortcuts else { return false }
        // Printable ASCII, byte by byte, is the common case and needs no decoding.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
        }
        if ascii == true { return true }
        return text.unicodeScalars.allSatisfy { isOwnCharacter($0.value) }
    }

    /// The scalars of `text` when each is a character of its own, else nil.
    static func scalars(_ text: some StringProtocol) -> [Unicode.Scalar]? {
        guard holds(text) else { return nil }
        return Array(text.unicodeScalars)
    }

    /// The scalars as text, encoded straight into the string's bytes (appending them to a
    /// `String.UnicodeScalarView` one by one took an eighth of the study sheet's time).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        let count = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    /// The ranges of the type's comment. Each was checked against the grapheme rules of the
    /// standard library by `SingleScalarTextTests`, next to every kind of neighbour in them.
    static func isOwnCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF,  // ASCII, Latin-1, Latin Extended, IPA, spacing modifiers
             0x2010...0x2027, 0x2030...0x205E,  // dashes, quotes, bullets, ellipsis, primes
             0x2190...0x21FF,  // arrows
             0x3131...0x318E,  // Hangul compatibility jamo
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xAC00...0xD7A3:  // Hangul syllables
            return true
        default:
            return false
        }
    }
}
