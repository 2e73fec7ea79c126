/// A small reader for the flat JSON objects the progress files are made of: one object per
/// line, whose values are strings, whole numbers, decimals, booleans or null.
///
/// Hand-written on bytes rather than `JSONDecoder`, which on Linux costs microseconds per
/// line: a rebuild reads a million log lines, and `recall due` reads a snapshot of 100,000
/// cards on every shell prompt. Nested values are skipped, so a later version may add them.
public struct JSONFields {
    public enum Value {
        case string(Substring)
        case integer(Int64)
        case number(Double)
        case bool(Bool)
        case null
        /// An array or object, skipped.
        case nested
    }

    public struct Failure: Error, Equatable {
        /// 0-based byte offset within the object's text.
        public var offset: Int
        public var problem: LineProblem
        /// The problem in English, for readers that say it only in English (`recall replay`).
        public var message: String { problem.english }

        public init(offset: Int, problem: LineProblem) {
            self.offset = offset
            self.problem = problem
        }
    }

    /// Calls `body` with each key and value of the object that `bytes` hold, in order.
    /// The whole of `bytes` must be the object, with nothing after it but white space.
    public static func forEach(in bytes: UnsafeBufferPointer<UInt8>,
                        _ body: (Substring, Value) throws(Failure) -> Void) throws(Failure) {
        var cursor = Cursor(bytes: bytes, index: 0)
        try cursor.object(body)
        cursor.skipSpace()
        if cursor.index != bytes.count { throw cursor.fail(.textAfterObject) }
    }

    /// As `forEach`, with each value's byte range in `bytes`, so that a nested object can be read
    /// in turn (`forEach` on its range) and a problem inside it placed in the whole text.
    public static func forEachWithRange(in bytes: UnsafeBufferPointer<UInt8>,
                                        _ body: (Substring, Value, Range<Int>) throws(Failure) -> Void) throws(Failure) {
        var cursor = Cursor(bytes: bytes, index: 0)
        try cursor.object(body)
        cursor.skipSpace()
        if cursor.index != bytes.count { throw cursor.fail(.textAfterObject) }
    }

    public static func forEach(in bytes: ArraySlice<UInt8>,
                        _ body: (Substring, Value) throws(Failure) -> Void) throws(Failure) {
        let result: Result<Void, Failure> = bytes.withUnsafeBufferPointer { buffer in
            do throws(Failure) {
                try forEach(in: buffer, body)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Calls `body` with each element of the flat array that `bytes` hold, in order.
    public static func forEachElement(in bytes: UnsafeBufferPointer<UInt8>,
                               _ body: (Int, Value) throws(Failure) -> Void) throws(Failure) {
        var cursor = Cursor(bytes: bytes, index: 0)
        try cursor.take(UInt8(ascii: "["), .expectedArray)
        cursor.skipSpace()
        if cursor.byte == UInt8(ascii: "]") {
            cursor.index += 1
        } else {
            var position = 0
            while true {
                cursor.skipSpace()
                try body(position, try cursor.value(depth: 0))
                position += 1
                cursor.skipSpace()
                if cursor.byte == UInt8(ascii: ",") { cursor.index += 1; continue }
                if cursor.byte == UInt8(ascii: "]") { cursor.index += 1; break }
                throw cursor.fail(.expectedCommaOrSquareBracket)
            }
        }
        cursor.skipSpace()
        if cursor.index != bytes.count { throw cursor.fail(.textAfterArray) }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int

        func fail(_ problem: LineProblem) -> Failure { Failure(offset: index, problem: problem) }

        var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let b = byte, b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { index += 1 }
        }

        mutating func take(_ expected: UInt8, _ problem: LineProblem) throws(Failure) {
            skipSpace()
            guard byte == expected else { throw fail(problem) }
            index += 1
        }

        mutating func object(_ body: (Substring, Value) throws(Failure) -> Void) throws(Failure) {
            try object { (key, value, _) throws(Failure) in try body(key, value) }
        }

        mutating func object(_ body: (Substring, Value, Range<Int>) throws(Failure) -> Void) throws(Failure) {
            try take(UInt8(ascii: "{"), .expectedObject)
            skipSpace()
            if byte == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                guard byte == UInt8(ascii: "\"") else { throw fail(.expectedKey) }
                let key = try string()
                try take(UInt8(ascii: ":"), .expectedColon)
                skipSpace()
                let start = index
                let value = try value(depth: 0)
                try body(key, value, start..<index)
                skipSpace()
                switch byte {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"): index += 1; return
                default: throw fail(.expectedCommaOrBrace)
                }
            }
        }

        mutating func value(depth: Int) throws(Failure) -> Value {
            guard depth < 64 else { throw fail(.nestedTooDeeply) }
            guard let first = byte else { throw fail(.expectedValue) }
            switch first {
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                try skipContainer(depth: depth)
                return .nested
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return try number()
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count,
                  UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<(index + count)]) else {
                throw fail(.expectedValue)
            }
            index += count
        }

        /// A string's content. Escapes are decoded (`JSONString`); text without them is taken as it is.
        mutating func string() throws(Failure) -> Substring {
            index += 1  // the opening quote
            let start = index
            var escaped = false
            while let b = byte {
                if b == UInt8(ascii: "\"") {
                    let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    index += 1
                    guard escaped else { return String(decoding: raw, as: UTF8.self)[...] }
                    var decoded: [UInt8] = []
                    do throws(JSONString.Failure) {
                        try JSONString.decode(raw, into: &decoded)
                    } catch {
                        throw Failure(offset: start, problem: error.problem)
                    }
                    return String(decoding: decoded, as: UTF8.self)[...]
                }
                if b == UInt8(ascii: "\\") { escaped = true; index += 1 }
                else if b < 0x20 { throw fail(.controlCharacter) }
                index += 1
            }
            throw fail(.unterminatedString)
        }

        mutating func skipContainer(depth: Int) throws(Failure) {
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipSpace()
            if byte == close { index += 1; return }
            while true {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    guard byte == UInt8(ascii: "\"") else { throw fail(.expectedKey) }
                    _ = try string()
                    try take(UInt8(ascii: ":"), .expectedColon)
                    skipSpace()
                }
                _ = try value(depth: depth + 1)
                skipSpace()
                if byte == UInt8(ascii: ",") { index += 1; continue }
                if byte == close { index += 1; return }
                throw fail(.expectedCommaOrClosing)
            }
        }

        /// JSON's number grammar; a number without fraction or exponent that fits is an integer.
        mutating func number() throws(Failure) -> Value {
            let start = index
            var whole: Int64 = 0
            var overflow = false
            let negative = byte == UInt8(ascii: "-")
            if negative { index += 1 }
            let digitsStart = index
            // Negative numbers are summed downwards, so that Int64.min fits.
            while let b = byte, b &- UInt8(ascii: "0") < 10 {
                let (times, o1) = whole.multipliedReportingOverflow(by: 10)
                let digit = Int64(b &- UInt8(ascii: "0"))
                let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
                overflow = overflow || o1 || o2
                whole = sum
                index += 1
            }
            let digitCount = index - digitsStart
            guard digitCount > 0 else { index = start; throw fail(.expectedValue) }
            guard !(digitCount > 1 && bytes[digitsStart] == UInt8(ascii: "0")) else {
                index = start
                throw fail(.leadingZero)
            }
            var isInteger = true
            if byte == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                let fractionStart = index
                while let b = byte, b &- UInt8(ascii: "0") < 10 { index += 1 }
                guard index > fractionStart else { throw fail(.expectedFraction) }
            }
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { index += 1 }
                let exponentStart = index
                while let b = byte, b &- UInt8(ascii: "0") < 10 { index += 1 }
                guard index > exponentStart else { throw fail(.expectedExponent) }
            }
            if isInteger, !overflow { return .integer(whole) }
            guard let value = DecimalDouble.value(UnsafeBufferPointer(rebasing: bytes[start..<index])) else {
                index = start
                throw fail(.badNumber)
            }
            return .number(value)
        }
    }
}

/// Writes JSON text into a byte buffer, for the lines of the log and the snapshot.
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func string(_ text: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escape: copied whole, a byte at a time cost 9% of `recall log --json`.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        } ?? false
        if copied {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func integer(_ value: some BinaryInteger) {
        // Digits written in place, last first, then turned round: `String(value)` made a String
        // per number.
        guard let small = Int64(exactly: value) else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        if small < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var magnitude = small.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// The shortest text that reads back as the same double.
    public mutating func number(_ value: Double) {
        PythonFloat.append(value, to: &bytes)
    }

    public mutating func instant(_ value: Instant) {
        bytes.append(UInt8(ascii: "\""))
        if !ISOTimestamp.append(value, to: &bytes) { bytes.append(contentsOf: "invalid".utf8) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `,"key":value` (no comma for the first field): the common fields in one call each.
    public mutating func field(_ name: StaticString, _ value: some BinaryInteger, first: Bool = false) {
        key(name, first: first)
        integer(value)
    }

    public mutating func field(_ name: StaticString, string value: some StringProtocol, first: Bool = false) {
        key(name, first: first)
        string(value)
    }

    public mutating func field(_ name: StaticString, instant value: Instant) {
        key(name)
        instant(value)
    }

    /// `"key":` with a comma before it unless it is the first field.
    public mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }
}
