import RecallCore

/// The input's lines as every parser counts them (split at `\n` only, as `StringProtocol.lines`
/// does; a bad UTF-8 sequence one scalar), so that a diagnostic's line and column can be
/// checked against the input it names.
public struct InputLines {
    /// Unicode scalars on each line, `\r` included.
    public let scalarCounts: [Int]

    public init(_ bytes: [UInt8]) {
        scalarCounts = String(decoding: bytes, as: UTF8.self).lines.map { $0.unicodeScalars.count }
    }

    /// True when `location` is a place in the input: a line that exists, and a column on it or
    /// just after its end (1-based, in scalars, as `SourceLocation` counts).
    public func contains(_ location: SourceLocation) -> Bool {
        guard location.line >= 1, location.line <= scalarCounts.count else { return false }
        return location.column >= 1 && location.column <= scalarCounts[location.line - 1] + 1
    }

    /// Requires every diagnostic to name `file` and a place in the input.
    public func requireInside(_ diagnostics: [Diagnostic], file: String, what: String) {
        for diagnostic in diagnostics {
            require(diagnostic.location.file == file, "\(what): \(diagnostic) names another file than \(file)")
            require(contains(diagnostic.location),
                    "\(what): \(diagnostic) is outside the input (\(scalarCounts.count) lines, that line \(lengthDescription(diagnostic.location.line)))")
        }
    }

    private func lengthDescription(_ line: Int) -> String {
        line >= 1 && line <= scalarCounts.count ? "\(scalarCounts[line - 1]) scalars" : "missing"
    }
}
