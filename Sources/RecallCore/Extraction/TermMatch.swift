import Foundation

/// Finds a term as a whole word in note text, Korean included: `VPC` in `VPC의`, `백업` in
/// `백업은`, but not `S3` in `S30`, `ENI` in `ENIGMA` or `로그` in `블로그`.
///
/// Why not a regex `\b`: Hangul words carry their particles (`서브넷에서`), so a Korean term ends
/// a word when what follows it in the same run of Hangul is a particle or a `하다`/`되다` ending.
/// Latin letters compare without case; text is compared after NFC.
enum TermMatch {
    /// Particles and endings that may follow a Korean term in the same word, longest first.
    static let hangulSuffixes: [String] = [
        "에서는", "으로는", "이라는", "이란", "에서", "에게", "으로", "이다", "이며", "입니다", "이나", "까지", "부터", "보다",
        "처럼", "마다", "라는", "에는", "와의", "과의", "하는", "하고", "하여", "해서", "하면", "하다", "되는", "되어", "된다",
        "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "란", "나", "랑", "들", "한", "할", "함", "된", "됨",
    ]

    /// Text prepared once for many terms: NFC, lower-cased, as an array of characters.
    struct Haystack {
        let characters: [Character]

        init(_ text: String) {
            characters = Array(text.precomposedStringWithCanonicalMapping.lowercased())
        }

        /// Where `term` occurs as a whole word, as character offsets.
        func ranges(of term: String) -> [Range<Int>] {
            let needle = Array(term.precomposedStringWithCanonicalMapping.lowercased())
            guard let first = needle.first, needle.count <= characters.count else { return [] }
            var result: [Range<Int>] = []
            var start = 0
            while start + needle.count <= characters.count {
                if characters[start] == first, Array(characters[start..<start + needle.count]) == needle,
                   isBoundary(before: start, term: needle), isBoundary(after: start + needle.count, term: needle) {
                    result.append(start..<start + needle.count)
                    start += needle.count
                } else {
                    start += 1
                }
            }
            return result
        }

        private func isBoundary(before index: Int, term: [Character]) -> Bool {
            guard index > 0, let first = term.first else { return true }
            return !TermMatch.joins(characters[index - 1], first)
        }

        private func isBoundary(after index: Int, term: [Character]) -> Bool {
            guard index < characters.count, let last = term.last else { return true }
            let next = characters[index]
            guard TermMatch.joins(last, next) else { return true }
            guard TermMatch.isHangul(next) else { return false }
            let rest = String(characters[index...].prefix { TermMatch.isHangul($0) })
            return TermMatch.hangulSuffixes.contains { rest.hasPrefix($0) }
        }
    }

    /// Two neighbouring characters belong to one word: both Hangul, or both Latin letters or digits.
    static func joins(_ a: Character, _ b: Character) -> Bool {
        (isHangul(a) && isHangul(b)) || (isLatinOrDigit(a) && isLatinOrDigit(b))
    }

    static func isHangul(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false
    }

    static func isLatinOrDigit(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }
}
