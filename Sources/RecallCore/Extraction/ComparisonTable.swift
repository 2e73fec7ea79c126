/// Comparison tables become one card per row × column fact.
///
/// When the first header cell is a label such as `구분` (or empty), the other header cells are the
/// things compared and the first column names what is compared: the card for `장점` under
/// `JDBC Source Connector` asks `JDBC Source Connector의 장점`. Otherwise each row is a thing and
/// each header an attribute (`S3의 용도`). A two-column table is a list of terms and definitions.
/// A row whose first cell is empty continues the row above it.
enum ComparisonTable {
    static let attributeLabels: Set<String> = ["", "구분", "항목", "비교", "기준", "분류", "category", "feature", "aspect", "criteria"]

    static func cards(rows: [NoteLine], context: [String], file: String) -> [ExtractedCard] {
        guard rows.count >= 3, isSeparator(cells(rows[1].text)) else { return [] }
        let header = cells(rows[0].text).map { NoteInline.clean($0) ?? "" }
        guard header.count >= 2 else { return [] }
        var body: [(line: Int, cells: [[String]])] = []
        for row in rows.dropFirst(2) {
            let values = cells(row.text).map { NoteInline.clean($0) }
            if values.first.map({ $0 == nil }) ?? true, !body.isEmpty {
                for (column, value) in values.enumerated() where column < header.count {
                    if let value { body[body.count - 1].cells[column].append(value) }
                }
            } else {
                body.append((row.number, (0..<header.count).map { column in
                    column < values.count ? values[column].map { [$0] } ?? [] : []
                }))
            }
        }
        let columnsAreThings = header.count > 2 && attributeLabels.contains(header[0].lowercased())
        var result: [ExtractedCard] = []
        for row in body {
            guard let name = row.cells[0].first else { continue }
            for column in 1..<header.count where !row.cells[column].isEmpty {
                let prompt: String
                if header.count == 2 {
                    prompt = name
                } else if columnsAreThings {
                    prompt = "\(header[column])의 \(name)"
                } else {
                    prompt = "\(name)의 \(header[column])"
                }
                result.append(ExtractedCard(rule: .table, context: context, prompt: prompt, answer: row.cells[column],
                                            file: file, line: row.line))
            }
        }
        return result
    }

    /// The cells of `| a | b |`; `\|` is a literal bar inside a cell.
    static func cells(_ row: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = row.startIndex
        var index = row.startIndex
        var escaped = false
        while index < row.endIndex {
            let character = row[index]
            if character == "|", !escaped {
                result.append(row[start..<index])
                start = row.index(after: index)
            }
            escaped = character == "\\" && !escaped
            index = row.index(after: index)
        }
        result.append(row[start...])
        if result.first?.trimmed.isEmpty == true { result.removeFirst() }
        if result.last?.trimmed.isEmpty == true { result.removeLast() }
        return result.map { $0.trimmed }
    }

    private static func isSeparator(_ cells: [Substring]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
        }
    }
}
