/// Why a timestamp (`2024-01-01T09:00:00+00:00`, py-fsrs's `review_datetime`) cannot be read,
/// said after `bad review_datetime:` in `recall replay`'s line error.
///
/// Why values: `ISOTimestamp` finds the problem; the command that prints it knows the language.
/// The examples of the format stay as they are written.
public enum TimestampProblem: Message, Hashable, Sendable {
    /// A year of 0000 or of more than 4 digits.
    case yearRange
    /// A date without its time.
    case expectedTime
    /// Text after the timestamp.
    case textAfterEnd
    /// A time that is outside years 0001 to 9999 once converted to UTC.
    case outsideYears
    /// A separator that is not there (`-`, `:`).
    case expectedCharacter(String)
    /// A part of the date or time that is missing or out of its range.
    case expectedPart(Part)
    /// More than 6 digits after the seconds' decimal point.
    case fractionTooLong
    /// A decimal point without digits.
    case expectedFractionDigits
    /// A time without a UTC offset.
    case missingOffset
    /// A UTC offset that cannot be read.
    case expectedOffset

    /// The parts of a timestamp, in `expectedPart`.
    public enum Part: Hashable, Sendable {
        case year, month, day, hour, minute, second, offsetHours, offsetMinutes
    }

    public var english: String {
        switch self {
        case .yearRange: return "year must be 0001 to 9999"
        case .expectedTime: return "expected 'T' and a time with a UTC offset, e.g. 2024-01-01T09:00:00+00:00"
        case .textAfterEnd: return "unexpected text after the timestamp"
        case .outsideYears: return "timestamp outside years 0001 to 9999 in UTC"
        case .expectedCharacter(let character): return "expected '\(character)'"
        case .expectedPart(let part):
            switch part {
            case .year: return "expected a 4-digit year"
            case .month: return "expected a month 01 to 12"
            case .day: return "expected a day of the month"
            case .hour: return "expected an hour 00 to 23"
            case .minute: return "expected a minute 00 to 59"
            case .second: return "expected a second 00 to 59"
            case .offsetHours: return "expected offset hours 00 to 23"
            case .offsetMinutes: return "expected offset minutes 00 to 59"
            }
        case .fractionTooLong: return "at most 6 digits of fractional seconds"
        case .expectedFractionDigits: return "expected digits after the decimal point"
        case .missingOffset: return "missing UTC offset (e.g. +00:00 or Z); py-fsrs needs timezone-aware times"
        case .expectedOffset: return "expected a UTC offset (e.g. +00:00 or Z)"
        }
    }

    public var korean: String {
        switch self {
        case .yearRange: return "연도는 0001에서 9999 사이여야 합니다"
        case .expectedTime: return "'T'와 UTC 오프셋이 있는 시각이 와야 합니다 (예: 2024-01-01T09:00:00+00:00)"
        case .textAfterEnd: return "시각 뒤에 다른 글자가 있습니다"
        case .outsideYears: return "UTC로 바꾼 시각이 0001년에서 9999년 사이가 아닙니다"
        case .expectedCharacter(let character): return "'\(character)'가 와야 합니다"
        case .expectedPart(let part):
            switch part {
            case .year: return "4자리 연도가 와야 합니다"
            case .month: return "01에서 12 사이의 월이 와야 합니다"
            case .day: return "그 달에 있는 일이 와야 합니다"
            case .hour: return "00에서 23 사이의 시가 와야 합니다"
            case .minute: return "00에서 59 사이의 분이 와야 합니다"
            case .second: return "00에서 59 사이의 초가 와야 합니다"
            case .offsetHours: return "오프셋의 시는 00에서 23 사이여야 합니다"
            case .offsetMinutes: return "오프셋의 분은 00에서 59 사이여야 합니다"
            }
        case .fractionTooLong: return "초의 소수 부분은 6자리까지입니다"
        case .expectedFractionDigits: return "소수점 뒤에 숫자가 와야 합니다"
        case .missingOffset: return "UTC 오프셋(예: +00:00 또는 Z)이 없습니다. py-fsrs에는 시간대가 있는 시각이 필요합니다"
        case .expectedOffset: return "UTC 오프셋(예: +00:00 또는 Z)이 와야 합니다"
        }
    }

    public static var examples: [TimestampProblem] {
        [.yearRange, .expectedTime, .textAfterEnd, .outsideYears, .expectedCharacter("-"), .expectedPart(.month),
         .expectedPart(.offsetMinutes), .fractionTooLong, .expectedFractionDigits, .missingOffset, .expectedOffset]
    }
}
