import Foundation

/// One review, as py-fsrs's `ReviewLog.to_json()` writes it:
/// `{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 4200}`.
/// `review_duration` (milliseconds) may be missing or null; other keys are ignored.
public struct PyFSRSReview: Hashable, Sendable {
    public var cardID: Int
    public var rating: Rating
    public var reviewedAt: Instant
    public var durationMilliseconds: Int?

    public init(cardID: Int, rating: Rating, reviewedAt: Instant, durationMilliseconds: Int? = nil) {
        self.cardID = cardID
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.durationMilliseconds = durationMilliseconds
    }
}

/// Reads one JSON Lines line into a `PyFSRSReview`.
///
/// A small hand-written JSON reader rather than `JSONDecoder`: replay reads millions of lines,
/// and a bad line must be reported with the column where it goes wrong.
public enum PyFSRSLogLine {
    /// What is wrong and where: `column` is 1-based and counts characters, not bytes.
    public struct ParseError: Error, Hashable, Sendable {
        public var column: Int
        public var message: String

        public init(column: Int, message: String) {
            self.column = column
            self.message = message
        }
    }

    public static func parse(_ line: String) -> Result<PyFSRSReview, ParseError> {
        var line = line
        return line.withUTF8 { parse($0[...]) }
    }

    /// The line's bytes, without its newline.
    public static func parse(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Result<PyFSRSReview, ParseError> {
        if let entry = CanonicalReviewLog.read(line) { return .success(entry) }
        return parseAnyLayout(line)
    }

    /// The general reader: any key order, spacing and extra keys, and the errors.
    static func parseAnyLayout(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Result<PyFSRSReview, ParseError> {
        var reader = JSONObjectReader(bytes: line)
        do {
            return .success(try reader.readEntry())
        } catch {
            return .failure(ParseError(column: column(of: error.offset, in: line), message: error.message))
        }
    }

    /// True for a line of nothing but white space, which replay skips.
    public static func isBlank(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        line.allSatisfy(JSONObjectReader.isWhitespace)
    }

    /// Characters before the byte offset, plus one: UTF-8 continuation bytes do not start one.
    static func column(of offset: Int, in line: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        let end = min(line.startIndex + offset, line.endIndex)
        return line[line.startIndex..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    struct Failure: Error {
        var offset: Int
        var message: String
    }
}

/// Walks one JSON object, keeping the four ReviewLog fields and skipping any others.
private struct JSONObjectReader {
    /// Read as `bytes.base[index]`: the slice's own subscript checks bounds on every byte, and
    /// every read here is already guarded by `index < bytes.endIndex`.
    let bytes: Slice<UnsafeBufferPointer<UInt8>>
    var index: Int

    init(bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    typealias Failure = PyFSRSLogLine.Failure

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    func fail(_ message: String, at position: Int? = nil) -> Failure {
        Failure(offset: (position ?? index) - bytes.startIndex, message: message)
    }

    var current: UInt8? { index < bytes.endIndex ? bytes.base[index] : nil }

    mutating func skipWhitespace() {
        while index < bytes.endIndex, Self.isWhitespace(bytes.base[index]) { index += 1 }
    }

    mutating func expect(_ byte: UInt8, _ message: @autoclosure () -> String) throws(Failure) {
        skipWhitespace()
        guard current == byte else { throw fail(message()) }
        index += 1
    }

    mutating func readEntry() throws(Failure) -> PyFSRSReview {
        var cardID: Int?
        var rating: Rating?
        var reviewedAt: Instant?
        var duration: Int?
        try expect(UInt8(ascii: "{"), "expected a JSON object ('{')")
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipWhitespace()
                let key = try readString(what: "a key in double quotes")
                try expect(UInt8(ascii: ":"), "expected ':' after the key")
                skipWhitespace()
                let valueStart = index
                switch Key(key) {
                case .cardID:
                    cardID = try readInteger("card_id must be a whole number")
                case .rating:
                    let value = try readInteger("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
                    guard let parsed = Rating(rawValue: value) else {
                        throw fail("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got \(value)", at: valueStart)
                    }
                    rating = parsed
                case .reviewDatetime:
                    guard current == UInt8(ascii: "\"") else {
                        throw fail("review_datetime must be a string, e.g. \"2024-01-01T09:00:00+00:00\"")
                    }
                    let text = try readString(what: "a string")
                    switch text.withBytes({ ISOTimestamp.parse($0) }) {
                    case .success(let instant): reviewedAt = instant
                    case .failure(let error):
                        throw fail("bad review_datetime: \(error.message)", at: text.offsetInLine(error.offset, valueStart: valueStart + 1))
                    }
                case .reviewDuration:
                    if try readNull() {
                        duration = nil
                    } else {
                        duration = try readInteger("review_duration must be a whole number of milliseconds or null")
                    }
                case .other:
                    try skipValue(depth: 0)
                }
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == UInt8(ascii: "}") { index += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipWhitespace()
        guard index == bytes.endIndex else { throw fail("unexpected text after the JSON object") }
        guard let cardID else { throw fail("missing \"card_id\"", at: bytes.startIndex) }
        guard let rating else { throw fail("missing \"rating\"", at: bytes.startIndex) }
        guard let reviewedAt else { throw fail("missing \"review_datetime\"", at: bytes.startIndex) }
        return PyFSRSReview(cardID: cardID, rating: rating, reviewedAt: reviewedAt, durationMilliseconds: duration)
    }

    enum Key {
        case cardID, rating, reviewDatetime, reviewDuration, other

        init(_ key: StringBytes) {
            guard case .raw(let raw) = key else {
                self = key.equals("card_id") ? .cardID : key.equals("rating") ? .rating
                    : key.equals("review_datetime") ? .reviewDatetime : key.equals("review_duration") ? .reviewDuration
                    : .other
                return
            }
            switch raw.count {
            case 7 where key.equals("card_id"): self = .cardID
            case 6 where key.equals("rating"): self = .rating
            case 15 where key.equals("review_datetime"): self = .reviewDatetime
            case 15 where key.equals("review_duration"): self = .reviewDuration
            default: self = .other
            }
        }
    }

    /// A JSON string's content: the raw bytes when it has no escapes (the usual case), else decoded.
    enum StringBytes {
        case raw(Slice<UnsafeBufferPointer<UInt8>>)
        case decoded([UInt8])

        func equals(_ text: StaticString) -> Bool {
            let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            switch self {
            case .raw(let slice):
                return slice.count == expected.count
                    && memcmp(slice.base.baseAddress! + slice.startIndex, expected.baseAddress!, expected.count) == 0
            case .decoded(let bytes): return bytes.elementsEqual(expected)
            }
        }

        func withBytes<R>(_ body: (Slice<UnsafeBufferPointer<UInt8>>) -> R) -> R {
            switch self {
            case .raw(let slice): return body(slice)
            case .decoded(let bytes): return bytes.withUnsafeBufferPointer { body($0[...]) }
            }
        }

        /// Where a byte offset inside the content falls in the line (exact only without escapes).
        func offsetInLine(_ offset: Int, valueStart: Int) -> Int {
            switch self {
            case .raw: return valueStart + offset
            case .decoded: return valueStart - 1
            }
        }
    }

    mutating func readString(what: String) throws(Failure) -> StringBytes {
        guard current == UInt8(ascii: "\"") else { throw fail("expected \(what)") }
        index += 1
        let start = index
        while index < bytes.endIndex {
            let byte = bytes.base[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .raw(bytes[start..<(index - 1)])
            }
            if byte == UInt8(ascii: "\\") {
                index = start
                return .decoded(try readEscapedString())
            }
            if byte < 0x20 { throw fail("control character in a string") }
            index += 1
        }
        throw fail("unterminated string")
    }

    /// The slow path, from just after the opening quote: finds the closing quote, then decodes
    /// JSON's escapes to UTF-8 by the one rule (`JSONString`).
    mutating func readEscapedString() throws(Failure) -> [UInt8] {
        let start = index
        while index < bytes.endIndex {
            let byte = bytes.base[index]
            if byte == UInt8(ascii: "\"") {
                var out: [UInt8] = []
                let content = UnsafeBufferPointer(rebasing: bytes.base[start..<index])
                index += 1
                do throws(JSONString.Failure) {
                    try JSONString.decode(content, into: &out)
                } catch {
                    throw fail(error.message, at: start + error.offset)
                }
                return out
            }
            if byte < 0x20 { throw fail("control character in a string") }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw fail("unterminated string")
    }

    /// A JSON number that is a whole number in Int's range: `42`, `-7`.
    mutating func readInteger(_ message: String) throws(Failure) -> Int {
        let start = index
        var negative = false
        if current == UInt8(ascii: "-") { negative = true; index += 1 }
        var value = 0
        var digits = 0
        while let byte = current, case let digit = byte &- UInt8(ascii: "0"), digit < 10 {
            if digits == 1, value == 0 { throw fail(message, at: start) }  // JSON forbids leading zeros
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit))
            if overflow1 || overflow2 { throw fail("number out of range", at: start) }
            value = sum
            digits += 1
            index += 1
        }
        guard digits > 0, current != UInt8(ascii: "."), current != UInt8(ascii: "e"), current != UInt8(ascii: "E") else {
            throw fail(message, at: start)
        }
        return negative ? -value : value
    }

    mutating func readNull() throws(Failure) -> Bool {
        guard bytes[index...].starts(with: [0x6E, 0x75, 0x6C, 0x6C]) else { return false }  // "null"
        index += 4
        return true
    }

    /// Skips any JSON value, checking it is well-formed enough to find where it ends.
    mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < 512 else { throw fail("nested too deeply") }
        skipWhitespace()
        guard let byte = current else { throw fail("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try readString(what: "a string")
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipWhitespace()
            if current == close { index += 1; return }
            while true {
                if close == UInt8(ascii: "}") {
                    skipWhitespace()
                    _ = try readString(what: "a key in double quotes")
                    try expect(UInt8(ascii: ":"), "expected ':' after the key")
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == close { index += 1; return }
                throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        default:
            for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                index += literal.utf8.count
                return
            }
            try skipNumber()
        }
    }

    /// JSON's number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
    mutating func skipNumber() throws(Failure) {
        let start = index
        func digits() -> Int {
            var count = 0
            while let byte = current, byte &- UInt8(ascii: "0") < 10 { index += 1; count += 1 }
            return count
        }
        if current == UInt8(ascii: "-") { index += 1 }
        let leadingZero = current == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { throw fail("expected a value", at: start) }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("expected digits after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("expected digits in the exponent") }
        }
    }
}
