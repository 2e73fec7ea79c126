/// Writes ASCII into a fixed buffer, without reference counting or capacity checks per byte:
/// `recall replay` formats millions of lines, and appending to an `Array` byte by byte (or
/// from `static let` arrays, which are retained and released each time) was most of its cost.
struct ByteWriter: TextOutputStream {
    let start: UnsafeMutablePointer<UInt8>
    let capacity: Int
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = buffer.baseAddress!
        capacity = buffer.count
    }

    /// Formats with `body` into a stack buffer of `capacity` bytes and appends the result to `out`.
    /// Text that would not fit is dropped, and `body`'s false result means "append nothing".
    static func append(to out: inout [UInt8], capacity: Int, _ body: (inout ByteWriter) -> Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var writer = ByteWriter(buffer)
            guard body(&writer), writer.count <= writer.capacity else { return false }
            out.append(contentsOf: UnsafeBufferPointer(start: writer.start, count: writer.count))
            return true
        }
    }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: min(count, capacity)) }

    mutating func write(_ byte: UInt8) {
        if count < capacity { start[count] = byte }
        count += 1
    }

    mutating func write(literal text: StaticString) {
        _writeASCII(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// TextOutputStream: the standard library's number formatters call this with their digits.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        if count + buffer.count <= capacity {
            (start + count).update(from: buffer.baseAddress!, count: buffer.count)
        }
        count += buffer.count
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { _writeASCII($0) }
    }

    /// Exactly `digits` decimal digits, zero-padded: (7, 2) → "07". Two digits at a time.
    mutating func write(_ value: Int, digits: Int) {
        guard count + digits <= capacity else { count += digits; return }
        let pairs = Self.digitPairs.utf8Start
        var value = value
        var index = count + digits
        while index - count >= 2 {
            let pair = 2 * (value % 100)
            value /= 100
            index -= 2
            start[index] = pairs[pair]
            start[index + 1] = pairs[pair + 1]
        }
        if index > count { start[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10) }
        count += digits
    }

    /// "00" to "99", for writing two digits per division.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    mutating func write(_ value: Int) {
        if value < 0 { write(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        guard count + digits <= capacity else { count += digits; return }
        var index = count + digits - 1
        while index >= count {
            start[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            index -= 1
        }
        count += digits
    }
}
