/// The particle after a value in a Korean message, chosen by how the value ends: 이/가, 을/를,
/// 은/는, 과/와 and 이란/란 after a final consonant or not, and 으로/로 (로 after a vowel or ㄹ).
///
/// Why: a value (a deck name, a card id, a number) is put into a sentence whose particle
/// depends on its last sound; a fixed `이(가)` reads as a form to fill in. For a Hangul syllable
/// the final consonant is in the code point; digits are read as Sino-Korean numbers (1 일,
/// 2 이, 3 삼, …), except one digit right after a capital, read in English as AWS names are
/// (`S3` 에스쓰리: 를, `EC2` 이씨투: 를; `c0` stays 씨영); a word of capitals as its letters' Korean names (`IAM` 엠: 을, `EKS` 에스:
/// 를), a lower-case word by its last letter as spoken (`nat` 낫: 을, `route` 루트: 를); other
/// characters are skipped back to the last one that says something (`vpc-nat)` ends in t).
public enum KoreanParticle: Sendable {
    case subject      // 이 / 가
    case object       // 을 / 를
    case topic        // 은 / 는
    case with         // 과 / 와
    case direction    // 으로 / 로
    case definition   // 이란 / 란: `ACL이란?`, `S3란?`

    /// `value` followed by the particle that fits it: `덱이`, `카드가`, `5개를`, `vpc-nat을`.
    public static func attach(_ particle: KoreanParticle, to value: String) -> String {
        value + particle.form(after: value)
    }

    /// The particle alone.
    public func form(after value: String) -> String {
        let ending = KoreanParticle.ending(of: value)
        switch self {
        case .subject: return ending == .vowel ? "가" : "이"
        case .object: return ending == .vowel ? "를" : "을"
        case .topic: return ending == .vowel ? "는" : "은"
        case .with: return ending == .vowel ? "와" : "과"
        case .direction: return ending == .consonant ? "으로" : "로"
        case .definition: return ending == .vowel ? "란" : "이란"
        }
    }

    /// How a word ends for the particle: a vowel, ㄹ (which takes 로 like a vowel), or another consonant.
    enum Ending { case vowel, rieul, consonant }

    static func ending(of value: String) -> Ending {
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated().reversed() {
            let v = scalar.value
            if (0xAC00...0xD7A3).contains(v) {
                let final = (v - 0xAC00) % 28
                return final == 0 ? .vowel : final == 8 ? .rieul : .consonant
            }
            if let digit = Int(String(scalar)), (0...9).contains(digit) {
                if index > 0, scalars[index - 1].isASCII, scalars[index - 1].properties.isUppercase {
                    // zero one two three four five six seven eight nine: 제로 원 투 쓰리 포 파이브 식스 세븐 에잇 나인
                    return [.vowel, .consonant, .vowel, .vowel, .vowel, .vowel, .vowel, .consonant, .consonant, .consonant][digit]
                }
                // 영 공 일 이 삼 사 오 육 칠 팔 구: ㅇ, ㄹ, -, ㅁ, -, -, ㄱ, ㄹ, ㄹ, -
                return [.consonant, .rieul, .vowel, .consonant, .vowel, .vowel, .consonant, .rieul, .rieul, .vowel][digit]
            }
            if scalar.isASCII, scalar.properties.isAlphabetic {
                return latinEnding(value)
            }
        }
        return .vowel
    }

    /// The last run of Latin letters in `value`: capitals are read as letter names, where only
    /// L, M, N and R end in a consonant. A lower-case word is read as Korean writes the loanword:
    /// it ends in a consonant after m, n, l (ㄹ), after b, c, k, p or t that follow a vowel
    /// (`nat` 낫, `stack` 스택, `logic` 로직, `group` 그룹), and after a silent e that follows n, m or
    /// l (`zone` 존, `time` 타임, `role` 롤); d, g, a t after a consonant (`test` 테스트, `light`
    /// 라이트) and other endings read as vowels (`cloud` 클라우드, `log` 로그, `route` 루트).
    static func latinEnding(_ value: String) -> Ending {
        let letters = value.unicodeScalars.reversed().drop { !($0.isASCII && $0.properties.isAlphabetic) }
            .prefix { $0.isASCII && $0.properties.isAlphabetic }
        guard let last = letters.first else { return .vowel }
        let isCapitals = letters.allSatisfy { $0.properties.isUppercase }
        let word = String(String.UnicodeScalarView(letters.reversed())).lowercased()
        let before = word.dropLast().last
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        switch Character(last).lowercased() {
        case "l": return .rieul
        case "r" where isCapitals: return .rieul
        case "m", "n": return .consonant
        case "e" where !isCapitals && word.count > 2:
            switch before {
            case "n", "m": return .consonant
            case "l": return .rieul
            default: return .vowel
            }
        case "k", "b", "c", "p", "t":
            if isCapitals { return .vowel }
            let afterVowel = before.map(vowels.contains) == true || (last == "k" && before == "c")
            return afterVowel ? .consonant : .vowel
        default: return .vowel
        }
    }
}
