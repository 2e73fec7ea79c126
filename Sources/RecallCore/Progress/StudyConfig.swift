import Foundation

/// `config.json` in the data folder: when a study day starts, how much to study per day, and
/// how to schedule. Every key is optional; a missing file means all defaults.
///
/// ```json
/// {"schema": 1, "rolloverHour": 4, "newPerDay": 20, "reviewsPerDay": 200,
///  "buryNewSiblings": true, "buryReviewSiblings": true, "buryInterdayLearningSiblings": true,
///  "decks": {"AWS::VPC": {"newPerDay": 5, "buryNewSiblings": false}},
///  "scheduler": "fsrs", "desiredRetention": 0.9, "learningSteps": "1m,10m", "relearningSteps": "10m"}
/// ```
public struct StudyConfig: Hashable, Sendable, Codable {
    public static let fileName = "config.json"
    public static let schema = 1

    public var schema: Int = StudyConfig.schema
    /// The local hour at which a new study day starts: 4 (04:00), as in Anki.
    public var rolloverHour: Int = 4
    /// Global limits: new cards introduced, and reviews done, per study day.
    public var newPerDay: Int = 20
    public var reviewsPerDay: Int = 200
    /// Once a card is answered or taken into today's queue, its note's other cards (its
    /// siblings) wait for the next study day, so that `c2` does not follow `c1` and give its
    /// answer away. Three switches, as in Anki: new, review and interday learning siblings.
    public var buryNewSiblings = true
    public var buryReviewSiblings = true
    public var buryInterdayLearningSiblings = true
    /// Limits and burying for one deck (and, through it, for the decks under it), by deck name.
    public var decks: [String: DeckLimits] = [:]
    /// The scheduler for decks whose front matter names none.
    public var scheduler: SchedulerKind = .fsrs
    public var desiredRetention: Double = 0.9
    public var learningSteps: String = "1m,10m"
    public var relearningSteps: String = "10m"
    public var maximumInterval: Int = 36_500
    public var fuzz: Bool = true
    /// The interface's language (`ko` or `en`); nil: from `--lang` or the locale (`Language.resolve`).
    public var language: Language?
    /// FSRS-6's 21 weights, as `recall optimize --apply` fitted them; nil: the defaults.
    public var fsrsParameters: [Double]?
    /// The weights before the last `--apply`, which `--revert` brings back; nil: the defaults.
    public var fsrsParametersPrevious: [Double]?
    /// The weights used before each change (`--apply`, `--revert`), oldest first, with when
    /// each stopped: answers given meanwhile keep the due dates those weights gave them (see
    /// `SchedulerSet.fsrsEras`); empty: every answer uses `fsrsParameters`.
    public var fsrsParametersEarlier: [FSRSWeightsEra] = []
    /// When and how well the weights were fitted, for the study screen; nil: never fitted.
    public var fsrsParametersFitted: FSRSParametersFitted?
    /// The exams the learner prepares for, one per deck at most (`exam(forDeck:)`, `ExamSchedule`).
    public var exams: [ExamDate] = []

    /// One deck's own settings; a missing one comes from the nearest parent deck that has it,
    /// else from the global setting (limits also bind: see `DailyLimits`).
    public struct DeckLimits: Hashable, Sendable, Codable {
        public var newPerDay: Int?
        public var reviewsPerDay: Int?
        public var buryNewSiblings: Bool?
        public var buryReviewSiblings: Bool?
        public var buryInterdayLearningSiblings: Bool?

        public init(newPerDay: Int? = nil, reviewsPerDay: Int? = nil, buryNewSiblings: Bool? = nil,
                    buryReviewSiblings: Bool? = nil, buryInterdayLearningSiblings: Bool? = nil) {
            self.newPerDay = newPerDay
            self.reviewsPerDay = reviewsPerDay
            self.buryNewSiblings = buryNewSiblings
            self.buryReviewSiblings = buryReviewSiblings
            self.buryInterdayLearningSiblings = buryInterdayLearningSiblings
        }
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = StudyConfig()
        schema = try c.decodeIfPresent(Int.self, forKey: .schema) ?? d.schema
        rolloverHour = try c.decodeIfPresent(Int.self, forKey: .rolloverHour) ?? d.rolloverHour
        newPerDay = try c.decodeIfPresent(Int.self, forKey: .newPerDay) ?? d.newPerDay
        reviewsPerDay = try c.decodeIfPresent(Int.self, forKey: .reviewsPerDay) ?? d.reviewsPerDay
        buryNewSiblings = try c.decodeIfPresent(Bool.self, forKey: .buryNewSiblings) ?? d.buryNewSiblings
        buryReviewSiblings = try c.decodeIfPresent(Bool.self, forKey: .buryReviewSiblings) ?? d.buryReviewSiblings
        buryInterdayLearningSiblings = try c.decodeIfPresent(Bool.self, forKey: .buryInterdayLearningSiblings)
            ?? d.buryInterdayLearningSiblings
        decks = try c.decodeIfPresent([String: DeckLimits].self, forKey: .decks) ?? d.decks
        scheduler = try c.decodeIfPresent(SchedulerKind.self, forKey: .scheduler) ?? d.scheduler
        desiredRetention = try c.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? d.desiredRetention
        learningSteps = try c.decodeIfPresent(String.self, forKey: .learningSteps) ?? d.learningSteps
        relearningSteps = try c.decodeIfPresent(String.self, forKey: .relearningSteps) ?? d.relearningSteps
        maximumInterval = try c.decodeIfPresent(Int.self, forKey: .maximumInterval) ?? d.maximumInterval
        fuzz = try c.decodeIfPresent(Bool.self, forKey: .fuzz) ?? d.fuzz
        fsrsParameters = try c.decodeIfPresent([Double].self, forKey: .fsrsParameters)
        fsrsParametersPrevious = try c.decodeIfPresent([Double].self, forKey: .fsrsParametersPrevious)
        fsrsParametersEarlier = try c.decodeIfPresent([FSRSWeightsEra].self, forKey: .fsrsParametersEarlier) ?? []
        fsrsParametersFitted = try c.decodeIfPresent(FSRSParametersFitted.self, forKey: .fsrsParametersFitted)
        exams = try c.decodeIfPresent([ExamDate].self, forKey: .exams) ?? []
        if let code = try c.decodeIfPresent(String.self, forKey: .language) {
            guard let language = Language(code: code) else { throw BadLanguage(code: code) }
            self.language = language
        }
    }

    /// Decodes the config file's bytes (read by RecallStore); `path` names it in errors. A
    /// file that cannot be used is an error naming it, never silently replaced by defaults.
    public static func decode(_ data: Data, path: String) throws(ProgressError) -> StudyConfig {
        let config: StudyConfig
        do {
            config = try JSONDecoder().decode(StudyConfig.self, from: data)
        } catch let error as DecodingError {
            throw .badConfig(file: path, reason: describe(error))
        } catch let error as BadLanguage {
            throw .badConfig(file: path, reason: .badLanguage(error.code))
        } catch {
            throw .badConfig(file: path, reason: .notJSON)
        }
        if config.schema > schema { throw .newerSchema(file: path, schema: config.schema, supported: schema) }
        if let problem = config.problem { throw .badConfig(file: path, reason: problem) }
        return config
    }

    /// The defaults, written out so that a learner can find and edit them.
    public var fileBytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
    }

    /// A `language` that is neither `ko` nor `en`, said as `ConfigMessage.badLanguage`.
    struct BadLanguage: Error { var code: String }

    /// What is wrong with the values, if anything.
    public var problem: ConfigMessage? {
        if !(0...23).contains(rolloverHour) { return .rolloverHour(rolloverHour) }
        if newPerDay < 0 { return .negativeLimit(key: "newPerDay", value: newPerDay) }
        if reviewsPerDay < 0 { return .negativeLimit(key: "reviewsPerDay", value: reviewsPerDay) }
        for (name, limits) in decks.sorted(by: { $0.key < $1.key }) {
            if let n = limits.newPerDay, n < 0 { return .negativeLimit(key: "decks.\(name).newPerDay", value: n) }
            if let n = limits.reviewsPerDay, n < 0 { return .negativeLimit(key: "decks.\(name).reviewsPerDay", value: n) }
        }
        let weights = [("fsrsParameters", fsrsParameters), ("fsrsParametersPrevious", fsrsParametersPrevious)]
            + fsrsParametersEarlier.enumerated().map { ("fsrsParametersEarlier.\($0.offset).parameters", $0.element.parameters) }
        for (key, weights) in weights {
            if let count = weights?.count, count == 17 || count == 19 { return .olderFSRSParameters(key: key, count: count) }
        }
        var examDecks = Set<String?>()
        for (index, exam) in exams.enumerated() {
            if !ExamDate.isValidTarget(exam.target) { return .examTarget(key: "exams.\(index).target", value: exam.target) }
            if !examDecks.insert(exam.deck.map(DeckName.key)).inserted { return .twoExams(deck: exam.deck) }
        }
        do {
            _ = try SchedulerSet(config: self)
        } catch {
            return .schedulerSettings(error)
        }
        return nil
    }

    private static func describe(_ error: DecodingError) -> ConfigMessage {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .wrongKind(key: path(context), detail: context.debugDescription)
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? .notJSON : .badValue(key: path(context), detail: context.debugDescription)
        case .keyNotFound(let key, let context):
            return .missingKey(key.stringValue, at: path(context))
        @unknown default:
            return .unreadable
        }
    }
}

/// Both schedulers, set up from the config. Every review names the one it was planned with, so
/// a deck can switch schedulers and its old reviews still replay as they were.
public struct SchedulerSet: Sendable {
    public let fsrs: FSRSScheduler
    public let sm2: SM2Scheduler
    /// FSRS with the weights of each earlier period (`StudyConfig.fsrsParametersEarlier`),
    /// oldest first: an answer given before a change is planned with the weights then in use,
    /// so applying new weights keeps every due date (`ProgressState.review`). Empty when every
    /// answer uses `fsrs`.
    public let fsrsEras: [FSRSEra]

    /// One earlier period's scheduler, and the instant it stopped.
    public struct FSRSEra: Sendable {
        public let scheduler: FSRSScheduler
        public let until: Instant
    }
    /// Changes whenever a setting that changes replay results changes: a snapshot made under
    /// other settings is rebuilt rather than trusted.
    public let fingerprint: String

    /// The default settings, which are valid by construction (a test checks that they load).
    public static let defaults: SchedulerSet = {
        do {
            return try SchedulerSet(config: StudyConfig())
        } catch {
            preconditionFailure("the default scheduler settings are invalid: \(error)")
        }
    }()

    public init(config: StudyConfig = StudyConfig()) throws(SchedulerSettingsError) {
        let learning = try Self.steps(config.learningSteps)
        let relearning = try Self.steps(config.relearningSteps)
        func scheduler(_ weights: [Double]?) throws(SchedulerSettingsError) -> FSRSScheduler {
            let parameters: FSRSParameters
            do {
                parameters = try weights.map { weights throws(FSRSParameterError) in try FSRSParameters(weights) } ?? .default
            } catch {
                throw .parameters(error)
            }
            return try FSRSScheduler(settings: FSRSSettings(
                parameters: parameters, desiredRetention: config.desiredRetention, learningSteps: learning,
                relearningSteps: relearning, maximumInterval: config.maximumInterval, fuzz: config.fuzz))
        }
        fsrs = try scheduler(config.fsrsParameters)
        _ = try scheduler(config.fsrsParametersPrevious)
        var eras: [FSRSEra] = []
        for era in config.fsrsParametersEarlier.sorted(by: { $0.until < $1.until }) {
            eras.append(FSRSEra(scheduler: try scheduler(era.parameters), until: era.until))
        }
        fsrsEras = eras
        var settings = SM2Settings()
        settings.learningSteps = learning
        settings.relearningSteps = relearning
        settings.maximumInterval = config.maximumInterval
        settings.fuzz = config.fuzz
        sm2 = try SM2Scheduler(settings: settings)
        fingerprint = "fsrs6 r=\(config.desiredRetention) l=\(LearningSteps.describe(learning)) "
            + "rl=\(LearningSteps.describe(relearning)) max=\(config.maximumInterval) fuzz=\(config.fuzz)"
            + Self.weightsFingerprint(fsrs.settings.parameters, eras: fsrsEras)
    }

    /// Nothing for the defaults, so that snapshots made before weights could be set stay usable.
    private static func weightsFingerprint(_ weights: FSRSParameters, eras: [FSRSEra]) -> String {
        func text(_ weights: FSRSParameters) -> String { weights.weights.map { "\($0)" }.joined(separator: ",") }
        var result = weights == .default ? "" : " w=" + text(weights)
        for era in eras { result += " w<\(era.until.microseconds)=" + text(era.scheduler.settings.parameters) }
        return result
    }

    /// The earlier period an FSRS answer given at `time` belongs to (an index into
    /// `fsrsEras`); nil when it comes after every change.
    public func fsrsEra(at time: Instant) -> Int? {
        fsrsEras.firstIndex { time < $0.until }
    }

    private static func steps(_ text: String) throws(SchedulerSettingsError) -> [TimeSpan] {
        do {
            return try LearningSteps.parse(text)
        } catch {
            throw .steps(error)
        }
    }

    public func scheduler(_ kind: SchedulerKind) -> any CardScheduler {
        switch kind {
        case .fsrs: return fsrs
        case .sm2: return sm2
        }
    }

    /// Reviews a card with the named scheduler, without boxing on the hot replay path.
    public func review(_ card: CardSchedule, rating: Rating, at time: Instant, with kind: SchedulerKind) -> CardSchedule {
        switch kind {
        case .fsrs: return fsrs.review(card, rating: rating, at: time)
        case .sm2: return sm2.review(card, rating: rating, at: time)
        }
    }
}
