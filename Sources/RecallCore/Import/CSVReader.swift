/// One record of a delimited file, with the line it starts on (a quoted field may span lines).
public struct CSVRecord: Hashable, Sendable {
    public var fields: [String]
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// The field in 0-based `column`, or "" when the record is shorter.
    public subscript(column: Int) -> String {
        column >= 0 && column < fields.count ? fields[column] : ""
    }
}

/// A record that could not be read, and why: reported as `file:line: message`.
public struct CSVProblem: Sendable {
    public var line: Int
    public var reason: ImportMessage
    /// The reason in English.
    public var message: String { reason.english }
}

/// Reads RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or
/// a lone CR, which ends a record but, as everywhere, does not count as a line)
/// with any one-byte delimiter, so the same reader serves `.csv` files and Anki's text files.
///
/// A record that is malformed (text after a closing quote, a quote that never closes) is left
/// out and reported with its line; the reader goes on with the next one. Empty lines are skipped,
/// and so are lines starting with `commentPrefix` when one is given (Anki's `#` lines).
public enum CSVReader {
    public static func read(_ text: String, delimiter: UInt8, commentPrefix: UInt8? = nil,
                            firstLine: Int = 1) -> (records: [CSVRecord], problems: [CSVProblem]) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = Parser(bytes: bytes, delimiter: delimiter, commentPrefix: commentPrefix, line: firstLine)
        parser.run()
        return (parser.records, parser.problems)
    }

    struct Malformed: Error {
        var reason: ImportMessage
    }

    private struct Parser {
        let bytes: [UInt8]
        let delimiter: UInt8
        let commentPrefix: UInt8?
        var line: Int
        var index = 0
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []

        init(bytes: [UInt8], delimiter: UInt8, commentPrefix: UInt8?, line: Int) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.commentPrefix = commentPrefix
            self.line = line
        }

        static let quote = UInt8(ascii: "\"")
        static let newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")

        mutating func run() {
            while index < bytes.count {
                let start = line
                if atLineEnd() {
                    skipLineEnd()
                    continue
                }
                if let prefix = commentPrefix, bytes[index] == prefix {
                    skipToNextLine()
                    continue
                }
                switch record() {
                case .success(let fields): records.append(CSVRecord(fields: fields, line: start))
                case .failure(let problem):
                    problems.append(CSVProblem(line: start, reason: problem.reason))
                    skipToNextLine()
                }
            }
        }

        func atLineEnd() -> Bool {
            bytes[index] == Self.newline || bytes[index] == Self.carriageReturn
        }

        /// Steps over `\n`, `\r\n` or a lone `\r`. Only a `\n` starts a line: every message counts
        /// lines as the deck parser and the UTF-8 check do (`StringProtocol.lines`).
        mutating func skipLineEnd() {
            if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline {
                index += 1
            }
            if bytes[index] == Self.newline { line += 1 }
            index += 1
        }

        mutating func skipToNextLine() {
            while index < bytes.count, !atLineEnd() { index += 1 }
            if index < bytes.count { skipLineEnd() }
        }

        /// Reads fields up to the end of the record (a line end outside quotes, or the end).
        mutating func record() -> Result<[String], Malformed> {
            var fields: [String] = []
            while true {
                let field: String
                if index < bytes.count, bytes[index] == Self.quote {
                    switch quotedField() {
                    case .success(let value): field = value
                    case .failure(let problem): return .failure(problem)
                    }
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] != delimiter, !atLineEnd() { index += 1 }
                    field = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                fields.append(field)
                if index >= bytes.count { return .success(fields) }
                if bytes[index] == delimiter {
                    index += 1
                    continue
                }
                skipLineEnd()
                return .success(fields)
            }
        }

        /// A field in quotes: `""` is one quote; line breaks are part of the field.
        mutating func quotedField() -> Result<String, Malformed> {
            let openLine = line
            index += 1
            var value: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == Self.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                        value.append(Self.quote)
                        index += 2
                        continue
                    }
                    index += 1
                    if index < bytes.count, bytes[index] != delimiter, !atLineEnd() {
                        return .failure(Malformed(reason: .textAfterClosingQuote))
                    }
                    return .success(String(decoding: value, as: UTF8.self))
                }
                if byte == Self.newline { line += 1 }
                value.append(byte)
                index += 1
            }
            line = openLine
            return .failure(Malformed(reason: .quoteNeverClosed))
        }
    }
}
