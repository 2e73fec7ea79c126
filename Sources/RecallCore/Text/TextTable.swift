/// Columns of text lined up by display width (Hangul counts two), for the tables the commands
/// print (`recall due`, `recall list`, `recall quiz --history`): one rule for all of them.
public enum TextTable {
    /// Each row as a line: cells padded to their column's widest cell, left-aligned unless their
    /// column is in `rightAligned`, joined by two spaces; no line ends in spaces.
    public static func lines(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            (0..<columns).map { column in
                let cell = column < row.count ? row[column] : ""
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").withoutTrailingSpaces
        }
    }
}
