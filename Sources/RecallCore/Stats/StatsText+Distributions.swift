/// The card counts (a labelled bar per bucket) and the histograms (intervals, stability,
/// difficulty, retrievability, ease), each with its count, median and mean.
extension StatsDrawing {
    func cardCounts() -> [StatsLine] {
        let counts = report.cardCounts
        guard counts.total > 0 else { return [heading(.cardCounts)] + text(say(StatsMessage.noCards), .axis) }
        let rows: [(StatsKind, Int, StatsRole)] = [
            (.new, counts.new, .new), (.learning, counts.learning, .learn), (.relearning, counts.relearning, .relearn),
            (.young, counts.young, .young), (.mature, counts.mature, .mature), (.suspended, counts.suspended, .suspended),
            (.buried, counts.buried, .buried),
        ]
        let cells = TextTable.lines(rows.map { [say(StatsMessage.kind($0.0)), "\($0.1)", StatsNumber.percent(Double($0.1) / Double(counts.total))] },
                                    rightAligned: [1, 2])
        let tableWidth = cells.map(DisplayWidth.of).max() ?? 0
        let room = max(0, width - tableWidth - 2)
        var lines = [heading(.cardCounts)]
        for (row, cell) in zip(rows, cells) {
            var line = StatsLine(DisplayWidth.padded(cell, to: tableWidth) + "  ")
            let bar = Int((Double(row.1) / Double(counts.total) * Double(room)).rounded())
            line.append(String(repeating: "#", count: row.1 > 0 && room > 0 ? max(1, bar) : 0), row.2)
            lines.append(line)
        }
        lines += text(say(StatsFigureMessage.cardTotal(counts.total)))
        return lines
    }

    func retrievability() -> [StatsLine] {
        histogram(.retrievability, report.retrievability)
            + (report.retrievability.map { $0.count > 0 } == true ? text(say(StatsFigureMessage.knownCards(StatsNumber.decimal(report.knownCards)))) : [])
    }

    /// A histogram as bars of its buckets (neighbours added up when they do not fit), labelled
    /// by their lower edges.
    func histogram(_ section: StatsSection, _ histogram: Histogram?) -> [StatsLine] {
        guard let histogram, histogram.count > 0, !histogram.counts.isEmpty
        else { return [heading(section)] + text(say(StatsMessage.noCards), .axis) }
        let per = StatsChart.itemsPerBar(histogram.counts.count, columns: width - 8, days: false)
        let bars = StatsChart.grouped(histogram.counts, size: per) { $0.reduce(0, +) }
        let value = { (v: Double) in self.histogramValue(v, unit: histogram.unit) }
        let chart = StatsChart(bars: bars.map { [StatsChart.Part(value: Double($0), character: "#", role: .bar)] },
                               label: { value(histogram.lower + Double($0 * per) * histogram.width) },
                               valueLabel: StatsNumber.count, height: 6)
        var lines = [heading(section)] + chart.lines(width: width)
        lines += text(say(histogram.unit == "days" ? StatsMessage.days : .percent), .axis)
        let notAvailable = say(StatsMessage.notAvailable)
        lines += text(say(StatsFigureMessage.distribution(cards: histogram.count, median: histogram.median.map(value) ?? notAvailable,
                                                         mean: histogram.mean.map(value) ?? notAvailable)))
        return lines
    }

    /// A value of a histogram: days as an interval (`12d`, `1.5mo`), else a whole percent.
    func histogramValue(_ value: Double, unit: String) -> String {
        guard unit == "days" else { return StatsNumber.wholePercent(value) }
        guard value >= 1 else { return value == 0 ? "0" : StatsNumber.decimal(value) }
        return LocalizedFormat.interval(.days(Int(value.rounded())), language: language)
    }
}
