import Foundation

/// A vertical bar chart drawn with characters: the value axis labelled on the left (its top,
/// middle and zero, on the base line), bars of
/// stacked parts (each kind its own character, so the chart reads without colour), a base line
/// and labels under chosen bars. Why one chart for all: the forecast, the reviews, the
/// histograms and the hours share one look and one fitting rule.
struct StatsChart {
    /// A part of a bar, bottom first.
    struct Part {
        var value: Double
        var character: Character
        var role: StatsRole
    }

    var bars: [[Part]]
    /// The label under bar i, nil for none. Only some are drawn: as many as fit, first and last first.
    var label: (Int) -> String?
    /// A value on the value axis (`12`, `50%`, `3m`).
    var valueLabel: (Double) -> String
    var height = 8
    /// The top of the value axis; the largest bar when nil.
    var top: Double?

    /// The chart's lines within `width` columns: bars one or two columns wide (up to four when
    /// there are a dozen or fewer), as many as fit.
    func lines(width: Int) -> [StatsLine] {
        let totals = bars.map { $0.reduce(0) { $0 + $1.value } }
        let top = self.top ?? (totals.max() ?? 0)
        let axis = [top, top / 2, 0].map(valueLabel)
        let labelWidth = axis.map(DisplayWidth.of).max() ?? 1
        let room = max(1, width - labelWidth - 2)
        let barWidth = max(1, min(room / max(1, bars.count), bars.count <= 12 ? 4 : 2))
        let filled = bars.map { cumulativeHeights($0, top: top) }
        var lines: [StatsLine] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            let value = row == height - 1 ? axis[0] : row == height / 2 ? axis[1] : ""
            var line = StatsLine(String(repeating: " ", count: labelWidth - DisplayWidth.of(value)) + value + " |", .axis)
            for (bar, heights) in zip(bars, filled) {
                let part = heights.firstIndex { row < $0 }
                let text = String(repeating: part.map { bar[$0].character } ?? " ", count: barWidth)
                line.appendMerging(text, part.map { bar[$0].role })
            }
            lines.append(line)
        }
        let span = bars.count * barWidth
        let zero = axis[2]
        lines.append(StatsLine(String(repeating: " ", count: labelWidth - DisplayWidth.of(zero)) + zero + " +" + String(repeating: "-", count: span), .axis))
        lines.append(labelRow(offset: labelWidth + 2, barWidth: barWidth, span: span))
        return lines
    }

    /// For each part, the rows it fills up to (cumulative, rounded); a bar above zero shows
    /// at least one row.
    private func cumulativeHeights(_ bar: [Part], top: Double) -> [Int] {
        guard top > 0 else { return bar.map { _ in 0 } }
        var sum = 0.0
        var heights = bar.map { part -> Int in
            sum += part.value
            return Int((min(sum, top) / top * Double(height)).rounded())
        }
        if sum > 0, heights.last == 0, let last = bar.lastIndex(where: { $0.value > 0 }) {
            for index in last..<heights.count { heights[index] = 1 }
        }
        return heights
    }

    /// Labels under the bars: the first and the last, then every other one that fits with a
    /// space on each side, spread evenly.
    private func labelRow(offset: Int, barWidth: Int, span: Int) -> StatsLine {
        var placed: [(column: Int, text: String)] = []
        func fits(_ column: Int, _ text: String) -> Bool {
            let end = column + DisplayWidth.of(text)
            guard column >= 0, end <= span else { return false }
            return placed.allSatisfy { end + 1 <= $0.column || column >= $0.column + DisplayWidth.of($0.text) + 1 }
        }
        func place(_ index: Int, alignEnd: Bool = false) {
            guard index >= 0, index < bars.count, let text = label(index) else { return }
            let column = alignEnd ? min(span, index * barWidth + barWidth) - DisplayWidth.of(text) : index * barWidth
            if fits(column, text) { placed.append((column, text)) }
        }
        place(0)
        place(bars.count - 1, alignEnd: true)
        for parts in [2, 4, 8] where bars.count > parts {
            for step in 1..<parts { place(bars.count * step / parts) }
        }
        var text = String(repeating: " ", count: offset)
        var column = 0
        for label in placed.sorted(by: { $0.column < $1.column }) {
            text += String(repeating: " ", count: label.column - column) + label.text
            column = label.column + DisplayWidth.of(label.text)
        }
        return StatsLine(text, .axis)
    }

    /// How many items (days, buckets) one bar holds so that `count` of them fit `columns`
    /// bars; days group by whole weeks and months, so that a bar is a period one can name.
    static func itemsPerBar(_ count: Int, columns: Int, days: Bool) -> Int {
        let needed = max(1, (count + max(1, columns) - 1) / max(1, columns))
        guard days, needed > 1 else { return needed }
        return [7, 14, 30, 91, 365].first { $0 >= needed } ?? needed
    }

    /// `values` summed in consecutive groups of `size`, keeping the order.
    static func grouped<T>(_ values: [T], size: Int, sum: ([T]) -> T) -> [T] {
        stride(from: 0, to: values.count, by: max(1, size)).map { sum(Array(values[$0..<min(values.count, $0 + size)])) }
    }
}

extension StatsLine {
    /// Appends text, joining it to the last segment when that has the same role.
    mutating func appendMerging(_ text: String, _ role: StatsRole?) {
        if let last = segments.last, last.role == role {
            segments[segments.count - 1].text += text
        } else {
            append(text, role)
        }
    }
}

/// Numbers as the statistics print them, the same in both languages.
enum StatsNumber {
    /// One decimal: `12.5`.
    static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
    /// A share 0 to 1 as a percent with one decimal: `95.2%`.
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    /// A percent value already 0 to 100, whole: `95%`.
    static func wholePercent(_ value: Double) -> String { "\(Int(value.rounded()))%" }
    /// A count on a value axis: whole, or with a `k` past ten thousand.
    static func count(_ value: Double) -> String {
        value >= 10_000 ? "\(Int((value / 1000).rounded()))k" : "\(Int(value.rounded()))"
    }
}
