/// Reads JSON values as recall's own writers emit them (no spaces, strings without escapes,
/// numbers in their shortest form), byte by byte and without the general reader's `Value`s:
/// the snapshot's card rows and the deck index's card ids, the bulk of what `recall due` reads.
/// Anything else gives nil, and the caller hands the text to `JSONFields`, which reads any JSON
/// and says what is wrong with it.
public struct PlainJSONCursor {
    public let bytes: UnsafeBufferPointer<UInt8>
    public var index = 0

    public init(bytes: UnsafeBufferPointer<UInt8>, index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    public var atEnd: Bool { index == bytes.count }

    public mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    public mutating func null() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    /// A string without escapes.
    public mutating func string() -> String? {
        stringBytes().map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// Where a string without escapes is, between its quotes, without making a `String` of it.
    public mutating func stringBytes() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") || bytes[index] < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        index += 1
        return start..<(index - 1)
    }

    /// `null` or a number's characters, skipped without reading its value; false for anything
    /// else. For the fields a reader does not need now (it reads them with `optionalDouble` when
    /// it does).
    public mutating func skipOptionalNumber() -> Bool {
        if null() { return true }
        let start = index
        while index < bytes.count, case let byte = bytes[index],
              byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") { index += 1 }
        return index > start
    }

    /// A whole number, not followed by a fraction or exponent: at most 19 digits, which cannot
    /// overflow a UInt64, then one range check. The times and seeds have 16 to 19 digits, so
    /// eight are read at a time.
    public mutating func integer() -> Int64? {
        let negative = take(UInt8(ascii: "-"))
        let start = index
        var value: UInt64 = 0
        if let high = eightDigits() {
            value = high
            if let low = eightDigits() { value = value &* 100_000_000 &+ low }
        }
        while index < bytes.count, index - start < 19, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
            value = value &* 10 &+ UInt64(digit)
            index += 1
        }
        guard index > start, index == start + 1 || bytes[start] != UInt8(ascii: "0"),  // JSON has no leading zeros
              index < bytes.count, case let next = bytes[index], next &- UInt8(ascii: "0") >= 10,
              next != UInt8(ascii: "."), next | 0x20 != UInt8(ascii: "e"),
              value <= (negative ? UInt64(1) << 63 : UInt64(Int64.max)) else { return nil }
        return negative ? Int64(bitPattern: 0 &- value) : Int64(value)
    }

    /// The next eight bytes as a number when they are all ASCII digits (then the cursor moves
    /// past them).
    mutating func eightDigits() -> UInt64? {
        guard let value = Self.eightDigits(in: bytes, at: index) else { return nil }
        index += 8
        return value
    }

    /// The eight bytes at `index` as a number when they are all ASCII digits, with the bit tricks
    /// of simdjson's `parse_eight_digits_unrolled`.
    static func eightDigits(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
        guard index + 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
        let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        guard (chunk & 0xF0F0_F0F0_F0F0_F0F0) | (((chunk &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) >> 4)
                == 0x3333_3333_3333_3333 else { return nil }
        var value = chunk & 0x0F0F_0F0F_0F0F_0F0F
        value = (value &* 2561) >> 8
        value = ((value & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
        return ((value & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    }

    /// `.some(nil)` for null.
    public mutating func optionalInteger() -> Int64?? {
        if null() { return .some(nil) }
        return integer().map { .some($0) }
    }

    /// A number as `PythonFloat` writes it; `.some(nil)` for null. Read by `DecimalDouble`,
    /// which gives what `Double(_:)` gives for the decimal forms `PythonFloat` writes.
    public mutating func optionalDouble() -> Double?? {
        if null() { return .some(nil) }
        if let (value, end) = DecimalDouble.prefix(bytes, from: index), end < bytes.count,
           bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: "]") {
            index = end
            return .some(value)
        }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "]") { index += 1 }
        guard index < bytes.count, index > start, index - start < 40 else { return nil }
        guard let value = DecimalDouble.value(UnsafeBufferPointer(rebasing: bytes[start..<index])), value.isFinite else { return nil }
        return .some(value)
    }
}

public extension PlainJSONCursor {
    /// The offset of the next `\n` at or after `start`, eight bytes at a time; nil if there is none.
    static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        while index + 8 <= bytes.count {
            // The first byte that is `\n` is the lowest one that is zero after the XOR (the
            // borrow of the subtraction can only mark bytes after it).
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ 0x0A0A_0A0A_0A0A_0A0A
            let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zero != 0 { return index + zero.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    /// `["a","b",...]` and nothing after it, or nil (then `JSONFields` reads the text).
    static func strings(in bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var cursor = PlainJSONCursor(bytes: bytes)
        guard cursor.take(UInt8(ascii: "[")) else { return nil }
        var strings: [String] = []
        if cursor.take(UInt8(ascii: "]")) { return cursor.atEnd ? strings : nil }
        repeat {
            guard let string = cursor.string() else { return nil }
            strings.append(string)
        } while cursor.take(UInt8(ascii: ","))
        return cursor.take(UInt8(ascii: "]")) && cursor.atEnd ? strings : nil
    }
}
