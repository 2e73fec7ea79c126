/// Finds where bytes stop being UTF-8, so a binary or mis-encoded file gets a message with a place
/// (and a CP949 file, the usual Korean case, a hint to convert it).
enum UTF8Check {
    /// At most this many lines are reported for one file; a binary file would otherwise flood the screen.
    static let reportLimit = 10

    static func problems(in bytes: [UInt8], file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var badLines = 0
        var lineNumber = 1
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if let column = firstInvalidColumn(bytes[lineStart..<index]) {
                badLines += 1
                if badLines <= reportLimit {
                    result.append(.error(at: SourceLocation(file: file, line: lineNumber, column: column), DeckMessage.notUTF8))
                }
            }
            lineNumber += 1
            lineStart = index + 1
        }
        if badLines > reportLimit {
            result.append(.error(at: SourceLocation(file: file, line: 1, column: 1), DeckMessage.moreLinesNotUTF8(count: badLines - reportLimit)))
        }
        if badLines > 0, CP949Guess.isPlausible(bytes) { result.append(CP949Guess.hint(file: file)) }
        return result
    }

    /// The 1-based column (in characters decoded so far) of the first invalid byte, if any.
    static func firstInvalidColumn(_ line: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = line.makeIterator()
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: column += 1
            case .error: return column
            case .emptyInput: return nil
            }
        }
    }
}
