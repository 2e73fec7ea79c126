/// The trend of past quiz attempts as text, for `recall quiz --history`.
public enum QuizHistoryChart {
    /// The trend of the last `last` attempts as plain text, one bar per attempt, oldest on top:
    ///
    /// ```
    /// last 3 attempts; | is the pass mark
    /// 03-01 14:05 ############|#.....  76% pass
    /// 03-02 09:10 ##########..|......  60% fail
    /// 03-04 21:30 ############|####..  92% pass
    /// ```
    ///
    /// A bar is `#` up to the score and `.` after it, with `|` between the cells at that attempt's
    /// own pass mark: a bar whose `#` reach the `|` passed. Where a narrow bar cannot show the
    /// difference (71% against 72%), the bar is drawn on the side of the verdict, so the picture
    /// never contradicts the result. Plain ASCII and no colour, so it reads the same in a pipe, a
    /// log file and any terminal (block characters are ambiguous-width in CJK locales). Every
    /// line fits in `width` columns, except that a bar never has fewer than 10 cells.
    /// The words (title, verdicts) are in `language`.
    public static func render(_ entries: [QuizHistoryEntry], width: Int, last: Int = 10, language: Language = .en) -> String {
        let shown = entries.suffix(max(1, last))
        guard !shown.isEmpty else { return "" }
        let labels = shown.map { String($0.localDateText.dropFirst(5)) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let verdicts = [false, true].map { QuizHistoryMessage.verdict(passed: $0).text(language) }
        let suffixWidth = 6 + (verdicts.map { DisplayWidth.of($0) }.max() ?? 0)  // " 100% pass"
        let cells = max(10, width - labelWidth - 1 - 1 - suffixWidth)
        var lines = [QuizHistoryMessage.chartTitle(attempts: shown.count).text(language)]
        for (label, entry) in zip(labels, shown) {
            let mark = min(cells, max(1, entry.passPercent * cells / 100))
            var filled = min(cells, max(0, entry.percent) * cells / 100)
            filled = entry.passed ? max(filled, mark) : min(filled, mark - 1)
            var bar = String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled)
            bar.insert("|", at: bar.index(bar.startIndex, offsetBy: mark))
            let percent = String(entry.percent)
            let score = String(repeating: " ", count: max(0, 3 - percent.count)) + percent + "%"
            lines.append(DisplayWidth.padded(label, to: labelWidth) + " " + bar + " " + score + " "
                         + verdicts[entry.passed ? 1 : 0])
        }
        return lines.joined(separator: "\n")
    }
}
