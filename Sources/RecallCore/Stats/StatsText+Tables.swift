/// The sections that are tables: true retention, answer buttons and weak domains. A table
/// that does not fit the width drops its last optional columns first.
extension StatsDrawing {
    /// The table's lines with the first column set that fits (heading row in the heading role);
    /// each set is a list of column indexes.
    func table(_ rows: [[String]], rightAligned: Set<Int>, columnSets: [[Int]]) -> [StatsLine] {
        for (index, columns) in columnSets.enumerated() {
            let picked = rows.map { row in columns.map { row[$0] } }
            let aligned = Set(columns.enumerated().filter { rightAligned.contains($0.element) }.map(\.offset))
            let lines = TextTable.lines(picked, rightAligned: aligned)
            if index == columnSets.count - 1 || lines.allSatisfy({ DisplayWidth.of($0) <= width }) {
                return lines.enumerated().flatMap { row, line in
                    DisplayWrap.characters(line, width: width).map { StatsLine($0, row == 0 ? .heading : nil) }
                }
            }
        }
        return []
    }

    func trueRetention() -> [StatsLine] {
        let stats = report.trueRetention
        var lines = [heading(.trueRetention)]
        if stats.periods.allSatisfy({ $0.all.passed + $0.all.failed == 0 }) {
            lines += text(say(StatsMessage.noReviews), .axis)
        } else {
            let header = [StatsMessage.periodColumn, .kind(.young), .kind(.mature), .allColumn, .countColumn].map(say)
            let rows = stats.periods.map { period in
                [say(StatsMessage.period(period.period)), percent(period.young.retention), percent(period.mature.retention),
                 percent(period.all.retention), "\(period.all.passed + period.all.failed)"]
            }
            lines += table([header] + rows, rightAligned: [1, 2, 3, 4], columnSets: [[0, 1, 2, 3, 4], [0, 1, 2, 3], [0, 3]])
        }
        lines += text(say(StatsFigureMessage.desiredRetention(StatsNumber.percent(stats.desiredRetention))))
        return lines
    }

    func buttons() -> [StatsLine] {
        let buttons = report.buttons
        let groups: [(StatsKind, [Int])] = [(.learning, buttons.learning), (.young, buttons.young), (.mature, buttons.mature)]
        guard groups.contains(where: { $0.1.contains { $0 > 0 } })
        else { return [heading(.buttons)] + text(say(StatsMessage.noReviews), .axis) }
        let names = Rating.allCases.enumerated().map { "\($0.offset + 1) " + say(TermMessage.rating($0.element)) }
        let rows = groups.map { kind, counts in
            let total = counts.reduce(0, +)
            let correct = total > 0 ? Double(total - (counts.first ?? 0)) / Double(total) : nil
            return [say(StatsMessage.kind(kind))] + (0..<4).map { $0 < counts.count ? "\(counts[$0])" : "0" } + [percent(correct)]
        }
        let correct = say(StatsMessage.correctColumn)
        let named = TextTable.lines([[""] + names + [correct]] + rows, rightAligned: [1, 2, 3, 4, 5])
        if named.allSatisfy({ DisplayWidth.of($0) <= width }) {
            return [heading(.buttons)] + named.enumerated().map { StatsLine($1, $0 == 0 ? .heading : nil) }
        }
        // Narrow: the buttons by number, named in a legend below.
        let numbered = table([["", "1", "2", "3", "4", correct]] + rows, rightAligned: [1, 2, 3, 4, 5], columnSets: [[0, 1, 2, 3, 4, 5]])
        return [heading(.buttons)] + numbered + text(names.joined(separator: ", "), .axis)
    }

    func weakDomains() -> [StatsLine] {
        guard !report.weakDomains.isEmpty else { return [heading(.weakDomains)] + text(say(StatsMessage.noDomains), .axis) }
        let header = [StatsMessage.domainColumn, .cardsColumn, .retentionColumn, .lapsedColumn, .retrievabilityColumn, .lastQuizColumn]
            .map(say)
        let rows = report.weakDomains.map { domain in
            [say(DomainName.domain(domain.domain)), "\(domain.studied)/\(domain.cards)", percent(domain.retention.retention),
             percent(domain.lapsedShare), percent(domain.meanRetrievability), domain.lastQuizPercent.map { "\($0)%" } ?? say(StatsMessage.notAvailable)]
        }
        return [heading(.weakDomains)]
            + table([header] + rows, rightAligned: [1, 2, 3, 4, 5], columnSets: [[0, 1, 2, 3, 4, 5], [0, 2, 3, 4, 5], [0, 2, 4, 5], [0, 2, 4]])
    }
}
