/// A fast path for lines laid out exactly as py-fsrs's `ReviewLog.to_json()` writes them:
/// `{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 4200}`
/// (the duration may be null or absent). Such lines are read by position, with no key lookups;
/// any other layout, and every malformed line, goes to the general JSON reader, which alone
/// reports errors. Worth about a tenth of replay's time.
enum CanonicalReviewLog {
    static func read(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> PyFSRSReview? {
        var cursor = Cursor(line)
        guard cursor.skip(#"{"card_id": "#), let cardID = cursor.integer(),
              cursor.skip(#", "rating": "#), let digit = cursor.integer(), let rating = Rating(rawValue: digit),
              cursor.skip(#", "review_datetime": ""#), let text = cursor.upToQuote(),
              case .success(let reviewedAt) = ISOTimestamp.parse(text)
        else { return nil }
        var duration: Int?
        if cursor.skip(#", "review_duration": "#) {
            if !cursor.skip("null") {
                guard let value = cursor.integer() else { return nil }
                duration = value
            }
        }
        guard cursor.skip("}"), cursor.atEnd else { return nil }
        return PyFSRSReview(cardID: cardID, rating: rating, reviewedAt: reviewedAt, durationMilliseconds: duration)
    }

    private struct Cursor {
        let bytes: Slice<UnsafeBufferPointer<UInt8>>
        var index: Int

        init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        var atEnd: Bool { index == bytes.endIndex }

        /// Skips `text` if the line continues with it.
        mutating func skip(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard bytes.endIndex - index >= count else { return false }
            let expected = text.utf8Start
            for offset in 0..<count where bytes.base[index + offset] != expected[offset] { return false }
            index += count
            return true
        }

        /// `-?[1-9][0-9]*` or `0`, at most 18 digits (so it cannot overflow).
        mutating func integer() -> Int? {
            let start = index
            let negative = index < bytes.endIndex && bytes.base[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            let digitsStart = index
            var value = 0
            while index < bytes.endIndex, case let digit = bytes.base[index] &- UInt8(ascii: "0"), digit < 10 {
                value = value &* 10 &+ Int(digit)
                index += 1
            }
            let count = index - digitsStart
            guard count > 0, count <= 18, count == 1 || bytes.base[digitsStart] != UInt8(ascii: "0") else {
                index = start
                return nil
            }
            return negative ? -value : value
        }

        /// The bytes up to the next `"` (which is skipped); nil if a backslash comes first.
        mutating func upToQuote() -> Slice<UnsafeBufferPointer<UInt8>>? {
            let start = index
            while index < bytes.endIndex {
                let byte = bytes.base[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return bytes.base[start..<(index - 1)]
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }
    }
}
