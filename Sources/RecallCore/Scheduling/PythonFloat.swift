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
        guard value.isFinite else {
            // json.dumps's spelling of the non-finite floats.
            out.append(contentsOf: Array((value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity").utf8))
            return
        }
        let magnitude = value.magnitude
        if magnitude >= 0x1p53, magnitude < 1e16 {
            appendPlain(value, to: &out)
            return
        }
        var sink = ByteSink(bytes: out)
        out = []  // hand the buffer over without copying it
        value.write(to: &sink)
        out = sink.bytes
    }

    /// 2^53 ≤ |x| < 10^16 is always a whole number: its digits, then `.0`.
    private static func appendPlain(_ value: Double, to out: inout [UInt8]) {
        let text = value.description  // e.g. "9.19336226643713e+15"
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else {
            out.append(contentsOf: Array(text.utf8))
            return
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        var digits = mantissa.filter { $0 != "." }
        digits += String(repeating: "0", count: exponent + 1 - digits.count)
        out.append(contentsOf: Array(((negative ? "-" : "") + digits + ".0").utf8))
    }

    /// Receives the double's text straight from the standard library's formatter, which writes
    /// ASCII into a stack buffer: no String is made on the way.
    private struct ByteSink: TextOutputStream {
        var bytes: [UInt8]

        mutating func write(_ string: String) {
            bytes.append(contentsOf: string.utf8)
        }

        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: buffer)
        }
    }
}
