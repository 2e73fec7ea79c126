/// What other processes appended to the log since a session last looked (`recall answer` from a
/// script, a second window): their entries, or, when one of them undoes an answer the session's
/// state already holds, the state a full replay gives.
///
/// Why: a study session keeps one copy of the progress, the screens'. The writer reads the log's
/// new lines and hands them over as this value; the state applies it (`ProgressState.apply(_:schedulers:)`)
/// with the same rules as every other change, instead of a second copy being caught up and copied back.
public enum LogCatchUp: Sendable {
    /// Entries that follow what the state holds, in log order.
    case entries([LogEntry])
    /// The whole state again: an undo in the new lines names a review the state has applied.
    case replayed(ProgressState)

    /// This catch-up followed by `later` entries (whose undos name no review already applied).
    public func followed(by later: [LogEntry], schedulers: SchedulerSet) -> LogCatchUp {
        switch self {
        case .entries(let entries):
            return .entries(entries + later)
        case .replayed(var state):
            state.apply(later, schedulers: schedulers)
            return .replayed(state)
        }
    }
}

extension ProgressState {
    /// Applies what other processes appended: their entries as they are, or a replayed state.
    public mutating func apply(_ catchUp: LogCatchUp, schedulers: SchedulerSet) {
        switch catchUp {
        case .entries(let entries):
            let applied = apply(entries, schedulers: schedulers)
            assert(applied, "a catch-up of entries never undoes an applied review")
        case .replayed(let state):
            self = state
        }
    }

    /// `answer(_:entry:schedulers:)` as this state would give it after `caughtUp`, without
    /// changing or copying this state: only the answered card matters, so only it is carried.
    public func answer(_ record: ReviewRecord, entry: LogEntry, schedulers: SchedulerSet,
                       after caughtUp: LogCatchUp?) -> RecordedAnswer {
        switch caughtUp {
        case nil:
            return answer(record, entry: entry, schedulers: schedulers)
        case .replayed(let state):
            return state.answer(record, entry: entry, schedulers: schedulers)
        case .entries(let entries):
            var card = ProgressState(cards: cards[record.card].map { [record.card: $0] } ?? [:], recent: [],
                                     frontier: frontier, latestTime: latestTime)
            card.apply(entries, schedulers: schedulers)
            return card.answer(record, entry: entry, schedulers: schedulers)
        }
    }

    /// Whether `entries`, which follow what this state holds, undo a review it has applied
    /// (one within its frontier): then only a full replay takes it back.
    public func needsReplay(_ entries: [LogEntry]) -> Bool {
        Self.undoneIDs(in: entries).contains { $0.seq <= lastSeq(of: $0.device) }
    }
}
