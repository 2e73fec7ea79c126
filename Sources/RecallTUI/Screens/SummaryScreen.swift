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
    /// The language of the review screen it follows.
    public var language: Language

    public init(review: ReviewScreen, now: Instant, returnsHome: Bool = true) {
        self.returnsHome = returnsHome
        language = review.language
        title = review.scope.title(language)
        answered = review.stats.answered
        again = review.stats.again
        time = now - review.stats.started
        let note: any Message
        if review.isFinished, review.scope.cram != nil {
            note = CramMessage.crammedAll  // a cram session's end says nothing of what is due
        } else if review.isFinished {
            note = SessionMessage.congratulations(scope: title)
        } else if let waiting = review.waitingUntil {
            note = SessionMessage.learningComesBack(waiting - now)
        } else {
            note = returnsHome ? SessionMessage.restStillDue : SessionMessage.restStillDueReview
        }
        self.note = note.text(language)
    }

    /// Again answers as a whole percentage of all answers.
    public var againPercent: Int {
        answered == 0 ? 0 : Int((Double(again) * 100 / Double(answered)).rounded())
    }

    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall › " + title + " › " + SessionMessage.summaryTitle.text(language))
        let minutes = ScreenMessage.timeSpent(seconds: Int(max(0, time.microseconds / 1_000_000)), clock: ReviewScreen.clock(time))
            .text(language)
        let labels = [SessionMessage.cardsStudied, .time, .again].map { $0.text(language) }
        let labelWidth = (labels.map(DisplayWidth.of).max() ?? 0) + 2
        let label = { (index: Int) in Span(DisplayWidth.padded(labels[index], to: labelWidth)) }
        let rows: [StyledLine] = [
            [Span(SessionMessage.sessionFinished.text(language), Theme.heading)],
            [],
            [label(0), Span("\(answered)", Theme.bold)],
            [label(1), Span(minutes, Theme.bold)],
            [label(2), Span("\(againPercent)%", againPercent > 20 ? Theme.wrong : Theme.correct),
             Span(" " + SessionMessage.againOf(again: again, answered: answered).text(language), Theme.dim)],
            [],
        ] + TextWrap.wrap(note, width: max(1, width - 4)).map { [Span($0)] }
        for (offset, line) in rows.enumerated() where 2 + offset < height - 1 {
            buffer.draw(line, row: 2 + offset, column: 2, limit: width - 2)
        }
        buffer.statusBar([(returnsHome ? SessionMessage.backKeys : .quitKeys).text(language)])
        return buffer
    }
}
