/// The fields of a `restore` line: a card's whole progress, flat, by name.
///
/// `{"seq":1,"type":"restore","time":"…","card":"vpc-nat","scheduler":"fsrs","deck":"AWS::VPC","file":"Decks/vpc.md",
/// "state":2,"step":null,"stability":3.17,"difficulty":5.3,"due":"…","last":"…","ease":null,"interval":null,
/// "reps":3,"lapses":0,"fuzz":-123456789,"suspended":false,"buried":null}`
///
/// Why flat: the log's reader reads flat objects only (`JSONFields`), one line per event. A card
/// with no schedule (suspended before its first answer) has `"state":0` and no schedule fields.
struct RestoredProgress {
    private var state: Int64?
    private var step: Int64??
    private var stability: Double?
    private var difficulty: Double?
    private var due: Instant?
    private var last: Instant?
    private var ease: Double?
    private var interval: Int64?
    private var reps: Int64?
    private var lapses: Int64?
    private var fuzz: Int64?
    private var suspended = false
    private var buried: Instant?

    static func write(_ progress: CardProgress, to out: inout JSONWriter) {
        out.field("scheduler", string: progress.scheduler.rawValue)
        out.field("deck", string: progress.deck)
        out.field("file", string: progress.file)
        if let s = progress.schedule {
            out.field("state", s.state.rawValue)
            out.key("step")
            out.optionalInteger(s.step)
            out.key("stability")
            out.optionalNumber(s.stability)
            out.key("difficulty")
            out.optionalNumber(s.difficulty)
            out.field("due", instant: s.due)
            out.key("last")
            if let last = s.lastReview { out.instant(last) } else { out.raw("null") }
            out.key("ease")
            out.optionalNumber(s.ease)
            out.key("interval")
            out.optionalInteger(s.interval)
            out.field("reps", s.reps)
            out.field("lapses", s.lapses)
            out.field("fuzz", Int64(bitPattern: s.fuzzSeed))
        } else {
            out.field("state", 0)
        }
        out.key("suspended")
        out.raw(progress.suspended ? "true" : "false")
        out.key("buried")
        if let buried = progress.buriedUntil { out.instant(buried) } else { out.raw("null") }
    }

    /// Takes one field if it is a restore field; others are not its business.
    mutating func read(_ key: Substring, _ value: JSONFields.Value) throws(JSONFields.Failure) {
        func fail(_ problem: LineProblem) -> JSONFields.Failure { JSONFields.Failure(offset: 0, problem: problem) }
        func integer() throws(JSONFields.Failure) -> Int64? {
            switch value {
            case .integer(let n): return n
            case .null: return nil
            default: throw fail(.mustBeWholeOrNull(key: String(key)))
            }
        }
        func number() throws(JSONFields.Failure) -> Double? {
            switch value {
            case .integer(let n): return Double(n)
            case .number(let x): return x
            case .null: return nil
            default: throw fail(.mustBeNumberOrNull(key: String(key)))
            }
        }
        func instant() throws(JSONFields.Failure) -> Instant? {
            switch value {
            case .null: return nil
            case .string(let s):
                guard let parsed = Instant(iso8601: String(s)) else { throw fail(.mustBeTime(key: String(key))) }
                return parsed
            default: throw fail(.mustBeTimeOrNull(key: String(key)))
            }
        }
        switch key {
        case "state": state = try integer()
        case "step": step = .some(try integer())
        case "stability": stability = try number()
        case "difficulty": difficulty = try number()
        case "due": due = try instant()
        case "last": last = try instant()
        case "ease": ease = try number()
        case "interval": interval = try integer()
        case "reps": reps = try integer()
        case "lapses": lapses = try integer()
        case "fuzz": fuzz = try integer()
        case "suspended":
            guard case .bool(let flag) = value else { throw fail(.suspendedNotBool) }
            suspended = flag
        case "buried": buried = try instant()
        default: break
        }
    }

    func progress(scheduler: SchedulerKind, deck: String, file: String) throws(LogLineError) -> CardProgress {
        var progress = CardProgress(scheduler: scheduler, deck: deck, file: file, suspended: suspended, buriedUntil: buried)
        guard let state, state != 0 else { return progress }
        guard let cardState = CardState(rawValue: Int(state)) else { throw LogLineError(problem: .restoreState) }
        guard let due, let reps, let lapses, let fuzz, reps >= 0, lapses >= 0 else {
            throw LogLineError(problem: .restoreFields)
        }
        progress.schedule = CardSchedule(state: cardState, step: (step ?? nil).map { Int($0) }, stability: stability,
                                         difficulty: difficulty, due: due, lastReview: last, ease: ease,
                                         interval: interval.map { Int($0) }, reps: Int(reps), lapses: Int(lapses),
                                         fuzzSeed: UInt64(bitPattern: fuzz))
        return progress
    }
}
