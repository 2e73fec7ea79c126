/// The one decoder of JSON string escapes, for every JSON reader here (`JSONFields`, the
/// snapshot's rows through it, the py-fsrs line scanner): two copies once decoded a lone
/// surrogate `\ud83d` differently.
///
/// A lone surrogate (a high one not followed by a `\u` low one, or a low one alone) becomes
/// U+FFFD, as Python's `errors="replace"` and an HTML entity do, and what follows it is decoded
/// on its own: a line is never refused or cut short for it. (`JSONDecoder` refuses the string.)
public enum JSONString {
    public struct Failure: Error, Equatable {
        /// 0-based byte offset of the bad escape within the content.
        public var offset: Int
        public var problem: LineProblem
        /// The problem in English, for readers that say it only in English (`recall replay`).
        public var message: String { problem.english }
    }

    /// Appends the UTF-8 of a string's content (the bytes between its quotes) to `out`, escapes
    /// decoded. Other bytes are copied as they are.
    public static func decode(_ content: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) throws(Failure) {
        var index = 0
        while index < content.count {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < content.count else { throw Failure(offset: index, problem: .badEscape) }
            let escape = content[index + 1]
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(content, at: index + 2) else {
                    throw Failure(offset: index, problem: .expectedHexDigits)
                }
                index += 6
                if (0xD800..<0xDC00).contains(scalar) {
                    if index + 1 < content.count, content[index] == UInt8(ascii: "\\"), content[index + 1] == UInt8(ascii: "u"),
                       let low = hex4(content, at: index + 2), (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00..<0xE000).contains(scalar) {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")!)
                continue
            default:
                throw Failure(offset: index, problem: .badEscape)
            }
            index += 2
        }
    }

    /// The value of four hex digits at `index`, or nil.
    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
