import RecallCore

/// Shown when a session ends: how many cards, how long, and the share of Again answers.
public struct SummaryScreen: Hashable, Sendable {
    public var title: String
    public var answered: Int
    public var again: Int
    public var time: TimeSpan
    /// Why the session ended: all done, or learning cards come back later.
    public var note: String
    /// False after `recall review`, which quits here: the screen then speaks of no home screen.
    public var returnsHome: Bool

    public init(review: ReviewScreen, now: Instant, returnsHome: Bool = true) {
        self.returnsHome = returnsHome
        title = review.scope.title
        answered = review.stats.answered
        again = review.stats.again
        time = now - review.stats.started
        if review.isFinished {
            note = "Congratulations! Nothing more is due in \(review.scope.title) today."
        } else if let waiting = review.waitingUntil {
            note = "Learning cards come back in \(IntervalFormat.short(waiting - now)); study again then."
        } else {
            note = returnsHome ? "The rest is still due; come back to it from the home screen."
                : "The rest is still due; run 'recall review' again to go on."
        }
    }

    /// Again answers as a whole percentage of all answers.
    public var againPercent: Int {
        answered == 0 ? 0 : Int((Double(again) * 100 / Double(answered)).rounded())
    }

    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall › " + title + " › summary")
        let minutes = ReviewScreen.clock(time)
        let rows: [StyledLine] = [
            [Span("Session finished", Theme.heading)],
            [],
            [Span("Cards studied  "), Span("\(answered)", Theme.bold)],
            [Span("Time           "), Span(minutes, Theme.bold)],
            [Span("Again          "), Span("\(againPercent)%", againPercent > 20 ? Theme.wrong : Theme.correct),
             Span(" (\(again) of \(answered))", Theme.dim)],
            [],
        ] + TextWrap.wrap(note, width: max(1, width - 4)).map { [Span($0)] }
        for (offset, line) in rows.enumerated() where 2 + offset < height - 1 {
            buffer.draw(line, row: 2 + offset, column: 2, limit: width - 2)
        }
        buffer.statusBar([returnsHome ? "Enter or q: back" : "Enter or q: quit"])
        return buffer
    }
}
