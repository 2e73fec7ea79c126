/// A decimal number's text to the nearest `Double`, exactly as `Double(String)` reads it, but
/// without making a `String` and without `strtod` for the forms the writers emit (the shortest
/// round-trip digits of `PythonFloat`, at most 17 of them): the snapshot's rows hold about
/// 230,000 such numbers that every `recall due` reads, and `strtod` was a fifth of its time.
///
/// The fast cases are exact by construction: a whole number that fits in 64 bits is one
/// correctly rounded conversion; a mantissa of at most 2^53 divided by 10^k (k <= 22) is one
/// correctly rounded IEEE division of two exact doubles; any other mantissa of at most 19
/// digits divided by 10^k (k <= 19) is a 128-by-64-bit integer division whose quotient and
/// remainder decide the rounding (to nearest, ties to even). Everything else (more digits,
/// larger exponents, `inf`, hex, spaces) goes to `Double(String)` itself.
public enum DecimalDouble {
    public static func value(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        if let exact = fast(text) { return exact }
        return Double(String(decoding: text, as: UTF8.self))
    }

    /// The value of `-?digits(.digits)?([eE][+-]?digits)?` with at most 19 significant digits and
    /// a small exponent; nil for anything else (then `Double(String)` decides).
    static func fast(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let (value, end) = prefix(text, from: 0), end == text.count else { return nil }
        return value
    }

    /// The number that starts at `start`, read as far as the number's grammar goes, and the
    /// offset after it; nil when it is not in the simple form (see `fast`). A caller that reads
    /// rows in place checks what follows.
    public static func prefix(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (Double, Int)? {
        let count = text.count
        var index = start
        let negative = index < count && text[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        let wholeStart = index
        while index < count, case let digit = text[index] &- UInt8(ascii: "0"), digit < 10 {
            guard significant < 19 else { return nil }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            if mantissa != 0 { significant += 1 }
            index += 1
        }
        guard index > wholeStart else { return nil }
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < count, case let digit = text[index] &- UInt8(ascii: "0"), digit < 10 {
                // After the first significant digit, eight at a time while they fit in 19.
                if significant > 0, significant <= 11, let eight = PlainJSONCursor.eightDigits(in: text, at: index) {
                    mantissa = mantissa &* 100_000_000 &+ eight
                    significant += 8
                    exponent -= 8
                    index += 8
                    continue
                }
                guard significant < 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if mantissa != 0 { significant += 1 }
                exponent -= 1
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        if index < count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            let minus = index < count && text[index] == UInt8(ascii: "-")
            if index < count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") { index += 1 }
            let exponentStart = index
            var written = 0
            while index < count, case let digit = text[index] &- UInt8(ascii: "0"), digit < 10 {
                guard index - exponentStart < 4 else { return nil }
                written = written * 10 + Int(digit)
                index += 1
            }
            guard index > exponentStart else { return nil }
            exponent += minus ? -written : written
        }
        // A digit, '.', 'e' or sign right after means a form the fast path does not take.
        if index < count, case let next = text[index], next &- UInt8(ascii: "0") < 10 || next == UInt8(ascii: ".")
            || next | 0x20 == UInt8(ascii: "e") || next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { return nil }
        guard let magnitude = scaled(mantissa, exponent) else { return nil }
        return (negative ? -magnitude : magnitude, index)
    }

    /// mantissa * 10^exponent rounded to nearest, ties to even, or nil outside the exact cases.
    static func scaled(_ mantissa: UInt64, _ exponent: Int) -> Double? {
        if mantissa == 0 { return 0 }
        if exponent >= 0 {
            guard exponent < powersOfTen.count else { return nil }
            let (whole, overflow) = mantissa.multipliedReportingOverflow(by: powersOfTen[exponent])
            return overflow ? nil : Double(whole)
        }
        let k = -exponent
        if mantissa <= 1 << 53, k < exactPowersOfTen.count {
            return Double(mantissa) / exactPowersOfTen[k]
        }
        guard k < powersOfTen.count else { return nil }
        // mantissa * 2^s / 10^k with s chosen so that the quotient has 63 or 64 bits (and fits).
        let divisor = powersOfTen[k]
        let s = 63 + (64 - divisor.leadingZeroBitCount) - (64 - mantissa.leadingZeroBitCount)
        let high = s >= 64 ? mantissa << (s - 64) : mantissa >> (64 - s)
        let low = s >= 64 ? 0 : mantissa << s
        let (quotient, remainder) = divisor.dividingFullWidth((high: high, low: low))
        let drop = 11 - quotient.leadingZeroBitCount  // the bits below the 53 kept
        var kept = quotient >> drop
        let rest = quotient & ((1 << drop) - 1)
        let half: UInt64 = 1 << (drop - 1)
        if rest > half || (rest == half && (remainder != 0 || kept & 1 == 1)) { kept += 1 }
        // kept * 2^(drop - s): a power of two in the normal range, so the product is exact.
        return Double(kept) * Double(bitPattern: UInt64(1023 + drop - s) << 52)
    }

    /// 10^0 ... 10^19, every power of ten that fits in 64 bits.
    static let powersOfTen: [UInt64] = (0..<20).reduce(into: []) { powers, n in powers.append(n == 0 ? 1 : powers[n - 1] * 10) }
    /// 10^0 ... 10^22, the powers of ten a double holds exactly.
    static let exactPowersOfTen: [Double] = (0..<23).reduce(into: []) { powers, n in powers.append(n == 0 ? 1 : powers[n - 1] * 10) }
}
