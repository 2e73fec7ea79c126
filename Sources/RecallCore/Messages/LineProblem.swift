/// Why one line of a progress file cannot be read: its JSON, its fields, or its checksum. Said
/// after the file and line (`log/a.jsonl:4: ...`); the field names and values stay as written.
///
/// Why values: the line parsers (`JSONFields`, `JSONString`, `LogEntry.parse`, `LineGuard`) find
/// the problem long before the language is known, and `recall doctor` and the commands say it.
public enum LineProblem: Message, Hashable, Sendable {
    /// Text after the end of a line's object.
    case textAfterObject
    /// Text after the end of an array.
    case textAfterArray
    /// A line that does not start with an object.
    case expectedObject
    /// A row that does not start with an array.
    case expectedArray
    /// An object key not in double quotes.
    case expectedKey
    /// No `:` after a key.
    case expectedColon
    /// Neither a comma nor the object's end after one of its values.
    case expectedCommaOrBrace
    /// Neither a comma nor the array's end after one of its elements.
    case expectedCommaOrSquareBracket
    /// Neither `,` nor a closing bracket inside a skipped nested value.
    case expectedCommaOrClosing
    /// Arrays or objects nested more than 64 deep.
    case nestedTooDeeply
    /// Nothing, or something that is no JSON value, where a value belongs.
    case expectedValue
    /// A control character inside a string.
    case controlCharacter
    /// A string without its closing quote.
    case unterminatedString
    /// A backslash escape JSON does not have.
    case badEscape
    /// `\u` without 4 hexadecimal digits.
    case expectedHexDigits
    /// A number such as `01`.
    case leadingZero
    /// A number such as `1.`.
    case expectedFraction
    /// A number such as `1e`.
    case expectedExponent
    /// A number that cannot be read.
    case badNumber
    /// A field that must be a string.
    case mustBeString(key: String)
    /// A field whose string must be one of a few words (a triage decision).
    case mustBeOneOf(key: String, values: [String])
    /// A field that must be a whole number.
    case mustBeWhole(key: String)
    /// A field that must be true or false (a review's `cram`).
    case mustBeBool(key: String)
    /// A restore line's field that must be a whole number or null.
    case mustBeWholeOrNull(key: String)
    /// A restore line's field that must be a number or null.
    case mustBeNumberOrNull(key: String)
    /// A field that must be an ISO 8601 time, with an example.
    case mustBeTimeLike(key: String)
    /// A restore line's field that must be a time.
    case mustBeTime(key: String)
    /// A restore line's field that must be a time or null.
    case mustBeTimeOrNull(key: String)
    /// A restore line's `suspended` that is not a boolean.
    case suspendedNotBool
    /// A `rating` outside 1 to 4.
    case ratingRange
    /// A `scheduler` other than `fsrs` or `sm2`.
    case schedulerName
    /// An `undoes` that names no event.
    case undoesEvent
    /// A line without one of the fields every line has (`seq`, `type`, `time`).
    case missing(key: String)
    /// A line of a type without a field that type needs (`a review line needs "rating"`).
    case needs(type: String, key: String)
    /// A `type` recall does not know.
    case unknownType(String)
    /// A restore line's `state` outside 0 to 3.
    case restoreState
    /// A restore line without its schedule's fields.
    case restoreFields
    /// A schema-2 line without its `crc` field at the end.
    case noChecksum
    /// A `crc` that is not 8 hexadecimal digits.
    case checksumNotHex
    /// A `crc` that does not match the line: it was changed after it was written.
    case checksumMismatch

    public var english: String {
        switch self {
        case .textAfterObject: return "unexpected text after the JSON object"
        case .textAfterArray: return "unexpected text after the JSON array"
        case .expectedObject: return "expected a JSON object ('{')"
        case .expectedArray: return "expected a JSON array ('[')"
        case .expectedKey: return "expected a key in double quotes"
        case .expectedColon: return "expected ':' after the key"
        case .expectedCommaOrBrace: return "expected ',' or '}'"
        case .expectedCommaOrSquareBracket: return "expected ',' or ']'"
        case .expectedCommaOrClosing: return "expected ',' or a closing bracket"
        case .nestedTooDeeply: return "nested too deeply"
        case .expectedValue: return "expected a value"
        case .controlCharacter: return "control character in a string"
        case .unterminatedString: return "unterminated string"
        case .badEscape: return "bad escape in a string"
        case .expectedHexDigits: return "expected 4 hex digits after \\u"
        case .leadingZero: return "a number may not start with 0"
        case .expectedFraction: return "expected digits after '.'"
        case .expectedExponent: return "expected digits in the exponent"
        case .badNumber: return "bad number"
        case .mustBeString(let key): return "\"\(key)\" must be a string"
        case .mustBeOneOf(let key, let values):
            let quoted = values.map { "\"\($0)\"" }
            return "\"\(key)\" must be " + (quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " or " + quoted.last! : quoted.joined())
        case .mustBeWhole(let key): return "\"\(key)\" must be a whole number"
        case .mustBeBool(let key): return "\"\(key)\" must be true or false"
        case .mustBeWholeOrNull(let key): return "\"\(key)\" must be a whole number or null"
        case .mustBeNumberOrNull(let key): return "\"\(key)\" must be a number or null"
        case .mustBeTimeLike(let key): return "\"\(key)\" must be a time like \"2026-01-02T09:00:00+00:00\""
        case .mustBeTime(let key): return "\"\(key)\" must be a time"
        case .mustBeTimeOrNull(let key): return "\"\(key)\" must be a time or null"
        case .suspendedNotBool: return "\"suspended\" must be true or false"
        case .ratingRange: return "\"rating\" must be 1 to 4"
        case .schedulerName: return "\"scheduler\" must be \"fsrs\" or \"sm2\""
        case .undoesEvent: return "\"undoes\" must name an event, like \"k7f3q2mzab4c:17\""
        case .missing(let key): return "missing \"\(key)\""
        case .needs(let type, let key): return "a \(type) line needs \"\(key)\""
        case .unknownType(let type): return "unknown type \"\(type)\" (known: review, undo, suspend, unsuspend, bury, restore)"
        case .restoreState: return "a restore line's \"state\" must be 0 to 3"
        case .restoreFields: return "a restore line needs \"due\", \"reps\", \"lapses\" and \"fuzz\""
        case .noChecksum: return "it has no checksum (a \"crc\" field at the end of the line)"
        case .checksumNotHex: return "its checksum is not 8 hexadecimal digits"
        case .checksumMismatch: return "its checksum does not match its content (the line was changed after it was written)"
        }
    }

    public var korean: String {
        switch self {
        case .textAfterObject: return "JSON 객체 뒤에 다른 글자가 있습니다"
        case .textAfterArray: return "JSON 배열 뒤에 다른 글자가 있습니다"
        case .expectedObject: return "JSON 객체('{')가 와야 합니다"
        case .expectedArray: return "JSON 배열('[')이 와야 합니다"
        case .expectedKey: return "큰따옴표로 감싼 키가 와야 합니다"
        case .expectedColon: return "키 뒤에 ':'가 와야 합니다"
        case .expectedCommaOrBrace: return "',' 또는 '}'가 와야 합니다"
        case .expectedCommaOrSquareBracket: return "',' 또는 ']'가 와야 합니다"
        case .expectedCommaOrClosing: return "',' 또는 닫는 괄호가 와야 합니다"
        case .nestedTooDeeply: return "너무 깊이 중첩되어 있습니다"
        case .expectedValue: return "값이 와야 합니다"
        case .controlCharacter: return "문자열 안에 제어 문자가 있습니다"
        case .unterminatedString: return "문자열이 닫히지 않았습니다"
        case .badEscape: return "문자열의 이스케이프가 잘못되었습니다"
        case .expectedHexDigits: return "\\u 뒤에 16진수 4자리가 와야 합니다"
        case .leadingZero: return "숫자는 0으로 시작할 수 없습니다"
        case .expectedFraction: return "'.' 뒤에 숫자가 와야 합니다"
        case .expectedExponent: return "지수에 숫자가 와야 합니다"
        case .badNumber: return "숫자가 잘못되었습니다"
        case .mustBeString(let key): return "\"\(key)\" 값은 문자열이어야 합니다"
        case .mustBeOneOf(let key, let values): return "\"\(key)\" 값은 " + values.map { "\"\($0)\"" }.joined(separator: ", ") + " 중 하나여야 합니다"
        case .mustBeWhole(let key): return "\"\(key)\" 값은 정수여야 합니다"
        case .mustBeBool(let key): return "\"\(key)\" 값은 true 또는 false여야 합니다"
        case .mustBeWholeOrNull(let key): return "\"\(key)\" 값은 정수 또는 null이어야 합니다"
        case .mustBeNumberOrNull(let key): return "\"\(key)\" 값은 숫자 또는 null이어야 합니다"
        case .mustBeTimeLike(let key): return "\"\(key)\" 값은 \"2026-01-02T09:00:00+00:00\" 같은 시각이어야 합니다"
        case .mustBeTime(let key): return "\"\(key)\" 값은 시각이어야 합니다"
        case .mustBeTimeOrNull(let key): return "\"\(key)\" 값은 시각 또는 null이어야 합니다"
        case .suspendedNotBool: return "\"suspended\" 값은 true 또는 false여야 합니다"
        case .ratingRange: return "\"rating\" 값은 1에서 4 사이여야 합니다"
        case .schedulerName: return "\"scheduler\" 값은 \"fsrs\" 또는 \"sm2\"여야 합니다"
        case .undoesEvent: return "\"undoes\" 값은 \"k7f3q2mzab4c:17\"처럼 이벤트를 가리켜야 합니다"
        case .missing(let key): return "\"\(key)\" 필드가 없습니다"
        case .needs(let type, let key): return "\(type) 줄에는 \"\(key)\" 필드가 있어야 합니다"
        case .unknownType(let type): return "알 수 없는 type \"\(type)\"입니다 (알려진 type: review, undo, suspend, unsuspend, bury, restore)"
        case .restoreState: return "restore 줄의 \"state\" 값은 0에서 3 사이여야 합니다"
        case .restoreFields: return "restore 줄에는 \"due\", \"reps\", \"lapses\", \"fuzz\" 필드가 있어야 합니다"
        case .noChecksum: return "체크섬(줄 끝의 \"crc\" 필드)이 없습니다"
        case .checksumNotHex: return "체크섬이 16진수 8자리가 아닙니다"
        case .checksumMismatch: return "체크섬이 내용과 맞지 않습니다 (기록된 뒤에 줄이 바뀌었습니다)"
        }
    }

    public static var examples: [LineProblem] {
        [.textAfterObject, .textAfterArray, .expectedObject, .expectedArray, .expectedKey, .expectedColon,
         .expectedCommaOrBrace, .expectedCommaOrSquareBracket, .expectedCommaOrClosing, .nestedTooDeeply, .expectedValue,
         .controlCharacter, .unterminatedString, .badEscape, .expectedHexDigits, .leadingZero, .expectedFraction,
         .expectedExponent, .badNumber, .mustBeString(key: "card"), .mustBeOneOf(key: "decision", values: ["kept", "dropped", "later"]), .mustBeWhole(key: "seq"), .mustBeBool(key: "cram"), .mustBeWholeOrNull(key: "step"),
         .mustBeNumberOrNull(key: "stability"), .mustBeTimeLike(key: "time"), .mustBeTime(key: "due"),
         .mustBeTimeOrNull(key: "last"), .suspendedNotBool, .ratingRange, .schedulerName, .undoesEvent,
         .missing(key: "seq"), .needs(type: "review", key: "rating"), .unknownType("skip"), .restoreState,
         .restoreFields, .noChecksum, .checksumNotHex, .checksumMismatch]
    }
}
