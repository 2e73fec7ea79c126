/// The cards a cram session (`recall review --cram`) goes through, weakest first.
///
/// Why a queue of its own: cramming studies the cards the normal queue does not show today, to
/// strengthen the weakest before an exam; it takes no daily limit and shows each card once.
/// A card is taken when it has been studied (new cards are introduced by the normal queue), is
/// not suspended or buried, and is not in today's queue: its due is at or after the end of
/// today's study day (`dayEnd`). They come lowest retrievability first at `rankAt` (the exam's
/// instant when the deck has an exam, else now), by the card's own scheduler (FSRS's
/// `retrievability(of:at:)`; SM-2's estimate), ties by card id.
public enum CramQueue {
    /// The ids of `cards` (the session's scope, any order) to cram, at most `limit`.
    public static func cards(_ cards: [String], state: ProgressState, schedulers: SchedulerSet, now: Instant,
                             dayEnd: Instant, rankAt: Instant, limit: Int) -> [String] {
        var ranked: [(retrievability: Double, id: String)] = []
        for id in cards {
            guard let progress = state.cards[id], let schedule = progress.schedule, !schedule.isNew,
                  !progress.suspended, !progress.isBuried(at: now), schedule.due >= dayEnd else { continue }
            let r = schedulers.scheduler(progress.scheduler).retrievability(of: schedule, at: max(rankAt, now))
            ranked.append((r, id))
        }
        ranked.sort { ($0.retrievability, $0.id) < ($1.retrievability, $1.id) }
        return ranked.prefix(max(0, limit)).map(\.id)
    }

    /// The default `--limit` of a cram session.
    public static let defaultLimit = 50
}
