/// Writes delimited records as RFC 4180 says: a field is quoted when it holds the delimiter, a
/// quote, a line break or leading `#`, and a quote inside a quoted field is doubled.
///
/// The `#` rule is for Anki, whose reader skips a line that starts with `#` as a comment; quoting
/// costs nothing in any other reader. Records end with CRLF for `.csv` files (as RFC 4180 asks)
/// and LF for Anki's text files.
public struct CSVWriter {
    public let delimiter: Unicode.Scalar
    public let lineEnding: String
    public private(set) var text = ""

    public init(delimiter: Unicode.Scalar = ",", lineEnding: String = "\r\n") {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    public mutating func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.unicodeScalars.append(delimiter) }
            text += Self.field(field, delimiter: delimiter)
        }
        text += lineEnding
    }

    /// Appends text as it is, for header lines that are not records.
    public mutating func writeRaw(_ line: String) {
        text += line
    }

    /// One field, quoted if it must be.
    public static func field(_ value: String, delimiter: Unicode.Scalar) -> String {
        var needsQuotes = value.unicodeScalars.first == "#"
        if !needsQuotes {
            for scalar in value.unicodeScalars where scalar == delimiter || scalar == "\"" || scalar == "\n" || scalar == "\r" {
                needsQuotes = true
                break
            }
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
