/// Why a quiz time limit (`--time 1h30m`) cannot be read, said after `--time: bad duration '…':`.
public enum DurationMessage: Message, Hashable {
    /// Nothing was given.
    case empty
    /// A minus sign.
    case negative
    /// More digits than a time limit can have.
    case tooLarge
    /// Digits at the end with no unit after them.
    case noUnit(String)
    /// A letter that is not h, m or s.
    case notAUnit(Character)
    /// A unit with no number before it.
    case needsNumber(Character)
    /// Units out of order or repeated.
    case unitOrder
    /// Zero in all.
    case zero
    /// More than 24 hours.
    case tooLong
    /// A limit outside the range, from the spec's own check.
    case outOfRange

    public var english: String {
        switch self {
        case .empty: return "it is empty"
        case .negative: return "it is negative"
        case .tooLarge: return "the number is too large"
        case .noUnit(let digits): return "'\(digits)' has no unit (h, m or s)"
        case .notAUnit(let character): return "'\(character)' is not a unit; use h, m or s"
        case .needsNumber(let character): return "'\(character)' needs a number before it"
        case .unitOrder: return "units go largest first (h, then m, then s), each once"
        case .zero: return "it must be more than zero"
        case .tooLong: return "the longest quiz is 24h"
        case .outOfRange: return "it must be more than zero and at most 24h"
        }
    }

    public var korean: String {
        switch self {
        case .empty: return "비어 있습니다"
        case .negative: return "음수입니다"
        case .tooLarge: return "숫자가 너무 큽니다"
        case .noUnit(let digits): return "'\(digits)' 뒤에 단위(h, m, s)가 없습니다"
        case .notAUnit(let character): return "\(KoreanParticle.attach(.topic, to: "'\(character)'")) 단위가 아닙니다. h, m, s를 쓰세요"
        case .needsNumber(let character): return "'\(character)' 앞에 숫자가 있어야 합니다"
        case .unitOrder: return "단위는 큰 것부터 한 번씩 씁니다 (h, m, s 순서)"
        case .zero: return "0보다 커야 합니다"
        case .tooLong: return "퀴즈는 최대 24h입니다"
        case .outOfRange: return "0보다 크고 24h 이하여야 합니다"
        }
    }

    public static var examples: [DurationMessage] {
        [.empty, .negative, .tooLarge, .noUnit("30"), .notAUnit("x"), .needsNumber("m"), .unitOrder, .zero, .tooLong, .outOfRange]
    }
}
