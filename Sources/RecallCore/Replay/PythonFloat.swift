/// Writes doubles as Python's `repr` (and so `json.dumps`) does: the shortest text that reads
/// back as the same double, e.g. `2.3065`, `0.1`, `1e-05`, `1.2345678901234568e+17`, `5.0`.
///
/// Swift's own description is also the shortest round-trip text with the same digits, and the
/// same layout, except between 2^53 and 10^16, where Swift switches to an exponent and Python
/// does not; only that range is laid out again here.
public enum PythonFloat {
    public static func repr(_ value: Double) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func append(_ value: Double, to out: inout [UInt8]) {
        _ = ByteWriter.append(to: &out, capacity: 32) { write(value, to: &$0); return true }
    }

    static func write(_ value: Double, to out: inout ByteWriter) {
        guard value.isFinite else {
            // json.dumps's spelling of the non-finite floats.
            out.write(literal: value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity")
            return
        }
        let magnitude = value.magnitude
        if magnitude >= 0x1p53, magnitude < 1e16 {
            out.write(plain(value))
        } else {
            // The standard library's formatter hands its digits to ByteWriter._writeASCII.
            value.write(to: &out)
        }
    }

    /// 2^53 ≤ |x| < 10^16 is always a whole number: its digits, then `.0`.
    private static func plain(_ value: Double) -> String {
        let text = value.description  // e.g. "9.19336226643713e+15"
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        var digits = mantissa.filter { $0 != "." }
        digits += String(repeating: "0", count: max(0, exponent + 1 - digits.count))
        return (negative ? "-" : "") + digits + ".0"
    }
}
