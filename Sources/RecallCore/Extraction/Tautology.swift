/// A draft whose answer only restates its question (`Version` → `정책의 버전`): the answer is the
/// term itself or its Hangul transliteration, with at most one other word.
enum Tautology {
    static func isTautology(_ card: ExtractedCard) -> Bool {
        guard card.kind != .cloze, card.answer.count == 1 else { return false }
        let term = card.prompt.lowercased()
        let words = KoreanSentence.stripped(card.answer[0]).split(separator: " ").map { stem(of: $0) }
        guard (1...2).contains(words.count) else { return false }
        return words.contains { $0.lowercased() == term || Transliteration.matches(latin: term, hangul: $0) }
    }

    /// `버전의` → `버전`: the word without a trailing particle.
    private static func stem(of word: Substring) -> String {
        for particle in ["이다", "입니다", "의", "은", "는", "이", "가", "을", "를"] where word.hasSuffix(particle) && word.count > particle.count {
            return String(word.dropLast(particle.count))
        }
        return String(word)
    }
}

/// Whether a Hangul word is how Korean writes a Latin one (`버전` for `version`, `인스턴스` for
/// `instance`): both reduced to their consonants in broad classes, the way loanwords are spelt.
enum Transliteration {
    static func matches(latin: String, hangul: String) -> Bool {
        guard latin.count >= 3, latin.allSatisfy({ $0.isASCII && $0.isLetter }),
              hangul.allSatisfy(KoreanSentence.isHangulSyllable) else { return false }
        let a = latinSkeleton(latin), b = hangulSkeleton(hangul)
        return a.count >= 2 && a == b
    }

    /// Consonant classes: p (b p v f), t (d t), k (g k c q), s (s z j ch sh x), n, m, l (l r).
    private static func latinSkeleton(_ word: String) -> [Character] {
        let letters = Array(word.lowercased())
        var result: [Character] = []
        for (index, letter) in letters.enumerated() {
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            let isVowel: (Character?) -> Bool = { $0.map { "aeiouy".contains($0) } ?? false }
            var mark: Character?
            switch letter {
            case "b", "p", "v", "f": mark = "p"
            case "d", "t": mark = "t"
            case "g", "k", "q": mark = "k"
            case "c": mark = next == "e" || next == "i" || next == "y" ? "s" : (next == "h" ? "s" : "k")
            case "s", "z", "j", "x": mark = "s"
            case "n": mark = "n"
            case "m": mark = "m"
            case "l": mark = "l"
            // Korean drops an `r` that no vowel follows (`server` → `서버`).
            case "r": mark = isVowel(next) ? "l" : nil
            default: mark = nil
            }
            if let mark, result.last != mark { result.append(mark) }
        }
        return result
    }

    private static func hangulSkeleton(_ word: String) -> [Character] {
        // Initial and final consonants of each syllable, in the same classes.
        let initials: [Character?] = ["k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", nil, "s", "s", "s", "k", "t", "p", nil]
        let finals: [Character?] = [nil, "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p",
                                    "s", "s", "n", "s", "s", "k", "t", "p", nil]
        var result: [Character] = []
        for character in word {
            guard let value = character.unicodeScalars.first?.value else { continue }
            let index = Int(value) - 0xAC00
            for mark in [initials[index / 588], finals[index % 28]] {
                if let mark, result.last != mark { result.append(mark) }
            }
        }
        return result
    }
}
