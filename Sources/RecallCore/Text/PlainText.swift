import Foundation

/// Text whose scalars are all ASCII, Hangul syllables or Hangul compatibility jamo: almost every
/// line of a Korean note.
///
/// Why: in such text every Character is one scalar (CR LF aside) and no other scalar is
/// canonically equivalent to any of them (U+037E for `;`, U+1FEF for `` ` ``, conjoining jamo for
/// a syllable are all outside the set), so a byte search answers what Foundation's canonical
/// `contains` answers, for a needle of the same scalars that neither starts with LF nor ends with
/// CR. Foundation's search set up an NSString for every call: a fifth of extracting 25,000 Hangul
/// list lines went to the card filter's eight.
extension StringProtocol {
    /// Whether every scalar is ASCII, a Hangul syllable (U+AC00 to U+D7A3) or a compatibility jamo
    /// (U+3130 to U+318F).
    var isPlainText: Bool {
        unicodeScalars.allSatisfy { $0.isASCII || (0xAC00...0xD7A3).contains($0.value) || (0x3130...0x318F).contains($0.value) }
    }

    /// Foundation's `contains(needle)`; on the bytes when `plain`, which the caller has from
    /// `isPlainText` once for all its needles.
    func contains(_ needle: String, plain: Bool) -> Bool {
        plain ? containsBytes(needle) : range(of: needle) != nil
    }

    /// Whether the UTF-8 bytes hold `needle`, an ASCII string, with its letters in either case.
    /// No scalar but the ASCII ones lower-cases to an ASCII letter other than `i` and `k`, or is
    /// canonically equivalent to one, so a word that lower-cases to hold `arn:` or `www.` holds
    /// it here: a pre-check that lets most lines skip splitting into words.
    func containsBytesIgnoringASCIICase(_ needle: String) -> Bool {
        let pattern = needle.utf8.map { $0 | 0x20 }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in
            pattern.indices.allSatisfy { offset in
                let byte = bytes[start + offset]
                return (byte.isASCIILetter ? byte | 0x20 : byte) == pattern[offset]
            }
        }
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
