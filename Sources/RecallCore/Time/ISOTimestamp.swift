/// Reading and writing timestamps as py-fsrs does: `datetime.fromisoformat` in, and
/// `datetime.isoformat()` out, which gives `2024-01-01T09:10:00+00:00`, with `.123456` only
/// when the microseconds are not zero.
///
/// Hand-written on bytes because `recall replay` reads and writes millions of them, and
/// because no Foundation formatter guarantees Python's exact layout.
public enum ISOTimestamp {
    /// Python's `datetime` covers years 1 to 9999; so do we.
    public static let earliest = Instant(microsecondsSinceEpoch: daysFromCivil(year: 1, month: 1, day: 1) * TimeSpan.microsecondsPerDay)
    public static let latest = Instant(microsecondsSinceEpoch: (daysFromCivil(year: 9999, month: 12, day: 31) + 1) * TimeSpan.microsecondsPerDay - 1)

    /// A reason and the 0-based byte offset, within the text, where reading stopped.
    public struct ParseError: Error, Equatable, Sendable {
        public var offset: Int
        public var problem: TimestampProblem
        /// The problem in English, for `Decodable` (a `DecodingError`'s text).
        public var message: String { problem.english }
    }

    /// `2024-01-01T09:00:00+00:00`, `2024-01-01 09:00:00.5Z`, `2024-01-01T10:00:00+01:00`.
    /// A UTC offset is required (py-fsrs refuses naive times); other offsets are converted to UTC.
    public static func parse(_ text: String) -> Result<Instant, ParseError> {
        var text = text
        return text.withUTF8 { parse($0[...]) }
    }

    /// The same, on the bytes of the text (without quotes).
    public static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Result<Instant, ParseError> {
        var reader = Reader(bytes: bytes)
        do {
            return .success(try reader.readTimestamp())
        } catch {
            return .failure(error)
        }
    }

    /// `isoformat()` of the UTC datetime; nil outside years 1–9999, where Python overflows.
    public static func format(_ instant: Instant) -> String? {
        var bytes: [UInt8] = []
        guard append(instant, to: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `isoformat()` of the instant; false (and nothing appended) outside years 1–9999.
    @discardableResult
    public static func append(_ instant: Instant, to out: inout [UInt8]) -> Bool {
        ByteWriter.append(to: &out, capacity: 32) { write(instant, to: &$0) }
    }

    static func write(_ instant: Instant, to out: inout ByteWriter) -> Bool {
        guard instant >= earliest, instant <= latest else { return false }
        let perDay = TimeSpan.microsecondsPerDay
        var days = instant.microseconds / perDay
        var inDay = instant.microseconds % perDay
        if inDay < 0 { inDay += perDay; days -= 1 }
        let (year, month, day) = civilFromDays(days)
        let seconds = Int(inDay / 1_000_000)
        let micros = Int(inDay % 1_000_000)
        out.write(year, digits: 4)
        out.write(UInt8(ascii: "-"))
        out.write(month, digits: 2)
        out.write(UInt8(ascii: "-"))
        out.write(day, digits: 2)
        out.write(UInt8(ascii: "T"))
        out.write(seconds / 3600, digits: 2)
        out.write(UInt8(ascii: ":"))
        out.write(seconds / 60 % 60, digits: 2)
        out.write(UInt8(ascii: ":"))
        out.write(seconds % 60, digits: 2)
        if micros != 0 {
            out.write(UInt8(ascii: "."))
            out.write(micros, digits: 6)
        }
        out.write(literal: "+00:00")
        return true
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, days since 1970-01-01)

    /// Counts 400-year eras from 0000-03-01 so that the leap day falls at the end of each year.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = Int64((month + 9) % 12)
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Reading

    private struct Reader {
        let bytes: Slice<UnsafeBufferPointer<UInt8>>
        var index: Int

        init(bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        var offset: Int { index - bytes.startIndex }

        func fail(_ problem: TimestampProblem) -> ParseError {
            ParseError(offset: offset, problem: problem)
        }

        /// The layout py-fsrs writes, `2024-01-01T09:00:00+00:00` (with `.ffffff` or `Z` perhaps),
        /// read at fixed positions; anything else (or out of range) is left to the general reader.
        func readCommonLayout() -> Instant? {
            let count = bytes.count
            guard count == 25 || count == 32 || count == 20 || count == 27 else { return nil }
            let p = bytes.base.baseAddress! + bytes.startIndex
            func digits(_ at: Int, _ n: Int) -> Int? {
                var value = 0
                for i in at..<(at + n) {
                    let digit = p[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            let hasFraction = count == 32 || count == 27
            let suffix = hasFraction ? 26 : 19
            guard p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"), p[10] == UInt8(ascii: "T"),
                  p[13] == UInt8(ascii: ":"), p[16] == UInt8(ascii: ":"),
                  !hasFraction || p[19] == UInt8(ascii: "."),
                  count - suffix == 1 ? p[suffix] == UInt8(ascii: "Z")
                      : (p[suffix] == UInt8(ascii: "+") && p[suffix + 1] == UInt8(ascii: "0") && p[suffix + 2] == UInt8(ascii: "0")
                         && p[suffix + 3] == UInt8(ascii: ":") && p[suffix + 4] == UInt8(ascii: "0") && p[suffix + 5] == UInt8(ascii: "0")),
                  let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
                  let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
                  let micros = hasFraction ? digits(20, 6) : 0,
                  year >= 1, (1...12).contains(month), day >= 1, day <= ISOTimestamp.daysInMonth(year: year, month: month),
                  hour < 24, minute < 60, second < 60
            else { return nil }
            let days = ISOTimestamp.daysFromCivil(year: year, month: month, day: day)
            let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            return Instant(microsecondsSinceEpoch: seconds * 1_000_000 + Int64(micros))
        }

        mutating func readTimestamp() throws(ParseError) -> Instant {
            if let instant = readCommonLayout() { return instant }
            let year = try number(digits: 4, .year)
            guard year >= 1 else {
                index = bytes.startIndex
                throw fail(.yearRange)
            }
            try expect("-")
            let month = try bounded(1...12, .month)
            try expect("-")
            let day = try bounded(1...ISOTimestamp.daysInMonth(year: year, month: month), .day)
            guard index < bytes.endIndex, bytes.base[index] == UInt8(ascii: "T") || bytes.base[index] == UInt8(ascii: " ") else {
                throw fail(.expectedTime)
            }
            index += 1
            let hour = try bounded(0...23, .hour)
            try expect(":")
            let minute = try bounded(0...59, .minute)
            var second = 0
            var micros = 0
            if peek(":") {
                index += 1
                second = try bounded(0...59, .second)
                if peek(".") || peek(",") {
                    index += 1
                    micros = try fraction()
                }
            }
            let offsetMicros = try utcOffset()
            let days = ISOTimestamp.daysFromCivil(year: year, month: month, day: day)
            let secondsInDay = Int64(hour * 3600 + minute * 60 + second)
            let local = days * TimeSpan.microsecondsPerDay + secondsInDay * 1_000_000 + Int64(micros)
            guard index == bytes.endIndex else { throw fail(.textAfterEnd) }
            let instant = Instant(microsecondsSinceEpoch: local - offsetMicros)
            guard instant >= ISOTimestamp.earliest, instant <= ISOTimestamp.latest else {
                throw ParseError(offset: 0, problem: .outsideYears)
            }
            return instant
        }

        func peek(_ character: Unicode.Scalar) -> Bool {
            index < bytes.endIndex && bytes.base[index] == UInt8(ascii: character)
        }

        mutating func expect(_ character: Unicode.Scalar) throws(ParseError) {
            guard peek(character) else { throw fail(.expectedCharacter(String(character))) }
            index += 1
        }

        mutating func number(digits: Int, _ what: TimestampProblem.Part) throws(ParseError) -> Int {
            var value = 0
            for _ in 0..<digits {
                guard index < bytes.endIndex, case let digit = bytes.base[index] &- UInt8(ascii: "0"), digit < 10 else {
                    throw fail(.expectedPart(what))
                }
                value = value * 10 + Int(digit)
                index += 1
            }
            return value
        }

        mutating func bounded(_ range: ClosedRange<Int>, _ what: TimestampProblem.Part) throws(ParseError) -> Int {
            let start = index
            let value = try number(digits: 2, what)
            guard range.contains(value) else {
                index = start
                throw fail(.expectedPart(what))
            }
            return value
        }

        /// 1 to 6 digits of a second, as microseconds.
        mutating func fraction() throws(ParseError) -> Int {
            var value = 0
            var count = 0
            while index < bytes.endIndex, case let digit = bytes.base[index] &- UInt8(ascii: "0"), digit < 10 {
                guard count < 6 else { throw fail(.fractionTooLong) }
                value = value * 10 + Int(digit)
                count += 1
                index += 1
            }
            guard count > 0 else { throw fail(.expectedFractionDigits) }
            for _ in count..<6 { value *= 10 }
            return value
        }

        /// `Z`, `+HH:MM` or `-HH:MM`, as microseconds east of UTC.
        mutating func utcOffset() throws(ParseError) -> Int64 {
            guard index < bytes.endIndex else {
                throw fail(.missingOffset)
            }
            if bytes.base[index] == UInt8(ascii: "Z") {
                index += 1
                return 0
            }
            let sign: Int64
            switch bytes.base[index] {
            case UInt8(ascii: "+"): sign = 1
            case UInt8(ascii: "-"): sign = -1
            default: throw fail(.expectedOffset)
            }
            index += 1
            let hours = try bounded(0...23, .offsetHours)
            try expect(":")
            let minutes = try bounded(0...59, .offsetMinutes)
            return sign * Int64(hours * 3600 + minutes * 60) * 1_000_000
        }
    }
}

extension Instant {
    /// `Instant(iso8601: "2024-01-01T09:00:00+00:00")`; nil if the text is not such a timestamp.
    public init?(iso8601 text: String) {
        guard case .success(let instant) = ISOTimestamp.parse(text) else { return nil }
        self = instant
    }

    /// `2024-01-01T09:00:00+00:00`, as Python's `isoformat()`; years outside 1–9999 print the raw count.
    public var iso8601: String {
        ISOTimestamp.format(self) ?? "@\(microseconds)us"
    }
}

/// Stored as the ISO text, so a progress file stays readable and exact to the microsecond.
extension Instant: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch ISOTimestamp.parse(text) {
        case .success(let instant): self = instant
        case .failure(let error):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text): \(error.message)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
