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
        public var problem: ReplayProblem
        /// The problem in English.
        public var message: String { problem.english }

        public init(column: Int, problem: ReplayProblem) {
            self.column = column
            self.problem = problem
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
            return .failure(ParseError(column: column(of: error.offset, in: line), problem: error.problem))
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
        var problem: ReplayProblem
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

    func fail(_ problem: ReplayProblem, at position: Int? = nil) -> Failure {
        Failure(offset: (position ?? index) - bytes.startIndex, problem: problem)
    }

    var current: UInt8? { index < bytes.endIndex ? bytes.base[index] : nil }

    mutating func skipWhitespace() {
        while index < bytes.endIndex, Self.isWhitespace(bytes.base[index]) { index += 1 }
    }

    mutating func expect(_ byte: UInt8, _ problem: ReplayProblem) throws(Failure) {
        skipWhitespace()
        guard current == byte else { throw fail(problem) }
        index += 1
    }

    mutating func readEntry() throws(Failure) -> PyFSRSReview {
        var cardID: Int?
        var rating: Rating?
        var reviewedAt: Instant?
        var duration: Int?
        try expect(UInt8(ascii: "{"), .json(.expectedObject))
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipWhitespace()
                let key = try readString(what: .json(.expectedKey))
                try expect(UInt8(ascii: ":"), .json(.expectedColon))
                skipWhitespace()
                let valueStart = index
                switch Key(key) {
                case .cardID:
                    cardID = try readInteger(.cardIDWhole)
                case .rating:
                    let value = try readInteger(.ratingWhole)
                    guard let parsed = Rating(rawValue: value) else {
                        throw fail(.ratingChoice(got: value), at: valueStart)
                    }
                    rating = parsed
                case .reviewDatetime:
                    guard current == UInt8(ascii: "\"") else {
                        throw fail(.datetimeString)
                    }
                    let text = try readString(what: .expectedString)
                    switch text.withBytes({ ISOTimestamp.parse($0) }) {
                    case .success(let instant): reviewedAt = instant
                    case .failure(let error):
                        throw fail(.badDatetime(error.problem), at: text.offsetInLine(error.offset, valueStart: valueStart + 1))
                    }
                case .reviewDuration:
                    if try readNull() {
                        duration = nil
                    } else {
                        duration = try readInteger(.durationWhole)
                    }
                case .other:
                    try skipValue(depth: 0)
                }
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == UInt8(ascii: "}") { index += 1; break }
                throw fail(.json(.expectedCommaOrBrace))
            }
        }
        skipWhitespace()
        guard index == bytes.endIndex else { throw fail(.json(.textAfterObject)) }
        guard let cardID else { throw fail(.json(.missing(key: "card_id")), at: bytes.startIndex) }
        guard let rating else { throw fail(.json(.missing(key: "rating")), at: bytes.startIndex) }
        guard let reviewedAt else { throw fail(.json(.missing(key: "review_datetime")), at: bytes.startIndex) }
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

    mutating func readString(what: ReplayProblem) throws(Failure) -> StringBytes {
        guard current == UInt8(ascii: "\"") else { throw fail(what) }
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
            if byte < 0x20 { throw fail(.json(.controlCharacter)) }
            index += 1
        }
        throw fail(.json(.unterminatedString))
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
                    throw fail(.json(error.problem), at: start + error.offset)
                }
                return out
            }
            if byte < 0x20 { throw fail(.json(.controlCharacter)) }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw fail(.json(.unterminatedString))
    }

    /// A JSON number that is a whole number in Int's range: `42`, `-7`.
    mutating func readInteger(_ problem: ReplayProblem) throws(Failure) -> Int {
        let start = index
        var negative = false
        if current == UInt8(ascii: "-") { negative = true; index += 1 }
        var value = 0
        var digits = 0
        while let byte = current, case let digit = byte &- UInt8(ascii: "0"), digit < 10 {
            if digits == 1, value == 0 { throw fail(problem, at: start) }  // JSON forbids leading zeros
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit))
            if overflow1 || overflow2 { throw fail(.numberOutOfRange, at: start) }
            value = sum
            digits += 1
            index += 1
        }
        guard digits > 0, current != UInt8(ascii: "."), current != UInt8(ascii: "e"), current != UInt8(ascii: "E") else {
            throw fail(problem, at: start)
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
        guard depth < 512 else { throw fail(.json(.nestedTooDeeply)) }
        skipWhitespace()
        guard let byte = current else { throw fail(.json(.expectedValue)) }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try readString(what: .expectedString)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipWhitespace()
            if current == close { index += 1; return }
            while true {
                if close == UInt8(ascii: "}") {
                    skipWhitespace()
                    _ = try readString(what: .json(.expectedKey))
                    try expect(UInt8(ascii: ":"), .json(.expectedColon))
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == close { index += 1; return }
                throw fail(.json(close == UInt8(ascii: "}") ? .expectedCommaOrBrace : .expectedCommaOrSquareBracket))
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
        guard whole > 0, !(leadingZero && whole > 1) else { throw fail(.json(.expectedValue), at: start) }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail(.json(.expectedFraction)) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail(.json(.expectedExponent)) }
        }
    }
}
