/// One row of a review log in py-fsrs's csv layout, `card_id,review_rating,review_time,review_duration`
/// (`1711684180217,3,2024-03-29T20:32:39.497000+00:00,7241`), read into a `PyFSRSReview`.
///
/// Why its own reader: `recall stats --log` takes the reference log as it is shipped, and a bad
/// row must be reported with the column where it goes wrong, as `PyFSRSLogLine` does for JSON.
public enum PyFSRSCSVRow {
    /// The first line that names the layout.
    public static let header = "card_id,review_rating,review_time,review_duration"

    /// What is wrong and where: `column` is 1-based and counts characters, not bytes.
    public struct ParseError: Error, Hashable, Sendable {
        public var column: Int
        public var problem: StatsCommandMessage

        public init(column: Int, problem: StatsCommandMessage) {
            self.column = column
            self.problem = problem
        }
    }

    /// True when the line (without its newline) is the layout's header, after the byte order
    /// mark a spreadsheet may put first.
    public static func isHeader(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        return (line.starts(with: mark) ? line.dropFirst(mark.count) : line).elementsEqual(header.utf8)
    }

    public static func parse(_ line: String) -> Result<PyFSRSReview, ParseError> {
        var line = line
        return line.withUTF8 { parse($0[...]) }
    }

    /// The row's bytes, without its newline. The duration may be empty (unknown).
    public static func parse(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Result<PyFSRSReview, ParseError> {
        let fields = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        func failure(_ problem: StatsCommandMessage, at index: Int) -> Result<PyFSRSReview, ParseError> {
            .failure(ParseError(column: PyFSRSLogLine.column(of: index - line.startIndex, in: line), problem: problem))
        }
        guard fields.count == 4 else {
            return failure(.csvFieldCount(got: fields.count), at: line.startIndex)
        }
        guard let cardID = wholeNumber(fields[0]) else { return failure(.csvCardID, at: fields[0].startIndex) }
        guard let value = wholeNumber(fields[1]), let rating = Rating(rawValue: value) else {
            return failure(.csvRating(got: String(decoding: fields[1], as: UTF8.self)), at: fields[1].startIndex)
        }
        let reviewedAt: Instant
        switch ISOTimestamp.parse(fields[2]) {
        case .success(let instant): reviewedAt = instant
        case .failure(let error): return failure(.csvTime(error.problem), at: fields[2].startIndex + error.offset)
        }
        var duration: Int?
        if !fields[3].isEmpty {
            guard let milliseconds = wholeNumber(fields[3]), milliseconds >= 0 else {
                return failure(.csvDuration, at: fields[3].startIndex)
            }
            duration = milliseconds
        }
        return .success(PyFSRSReview(cardID: cardID, rating: rating, reviewedAt: reviewedAt, durationMilliseconds: duration))
    }

    /// Digits only (an optional leading `-`), within Int's range.
    static func wholeNumber(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !field.isEmpty, field.count <= 20 else { return nil }
        return Int(String(decoding: field, as: UTF8.self))
    }
}
