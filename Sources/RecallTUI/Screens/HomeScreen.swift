import Foundation
import RecallCore

/// The first screen: the deck tree with today's counts, today's answers and the streak.
/// j/k or the arrows choose a deck; Enter studies it.
public struct HomeScreen: Sendable {
    public var rows: [DeckRow]
    public var selected = 0
    public var answeredToday: Int
    public var streak: Int
    public var showHelp = false
    /// How many decks the folder holds; none gets a note on where to start.
    public var decks: Int
    /// A line of news for the bottom of the screen ("Nothing due in AWS::VPC").
    public var message: String?
    /// Errors in the decks, which leave those cards out: said on the screen, not only in the
    /// shell after quitting ("2 errors in 1 file: run 'recall check'").
    public var deckProblems: String?
    /// Every card's candidates, as the counts were made from them (`DeckCounts.candidates`).
    public let candidates: DueCandidates
    /// The language the screen speaks (`StudyData.language`).
    public let language: Language
    /// The help's line on the FSRS weights: defaults, or when they were fitted and how well.
    public let parametersLine: String
    /// The exams' `D-N`, beside their decks and on the title line.
    public let exams: HomeExams

    public enum Effect: Equatable, Sendable {
        case none
        case quit
        case study(SessionScope)
        /// `s`: the statistics of the chosen deck (nil: all decks).
        case showStats(deck: String?)
        /// `e`: the chosen deck's readiness for its exam (nil: all decks).
        case showExam(deck: String?)
        /// `o`: fit the FSRS weights to every answer (`recall optimize`, in the shell).
        case optimize
    }

    public init(data: StudyData, now: Instant, selectedDeck: String? = nil) {
        let counts = data.deckCounts(at: now)
        rows = DeckTree.rows(counts, language: data.language)
        candidates = counts.candidates
        decks = data.deckCount
        answeredToday = data.answeredToday(at: now)
        streak = data.streak(at: now)
        selected = rows.firstIndex { $0.deck == selectedDeck } ?? 0
        exams = HomeExams(rows: rows, config: data.config, now: now, timeZone: data.timeZone, language: data.language)
        language = data.language
        parametersLine = Self.parametersLine(data.config, timeZone: data.timeZone).text(data.language)
        let errors = data.deckErrors
        deckProblems = errors.count > 0 ? HomeMessage.deckProblems(errors: errors.count, files: errors.files).text(language) : nil
    }

    public mutating func update(_ key: Key) -> Effect {
        message = nil
        if showHelp {
            showHelp = false
            return .none
        }
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(rows.count - 1, selected + 1)
        case .home, .character("g"): selected = 0
        case .end, .character("G"): selected = rows.count - 1
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(rows.count - 1, selected + 10)
        case .enter, .character(" "):
            let row = rows[selected]
            if row.counts.total == 0 {
                message = SessionMessage.nothingToStudy(scope: row.deck).text(language)
                return .none
            }
            return .study(SessionScope(deck: row.deck))
        case .character("c"): return .study(SessionScope(deck: rows.isEmpty ? nil : rows[selected].deck, cram: CramSettings()))
        case .character("s"): return .showStats(deck: rows.isEmpty ? nil : rows[selected].deck)
        case .character("o"): return .optimize
        case .character("e"): return .showExam(deck: rows.isEmpty ? nil : rows[selected].deck)
        case .character("?"): showHelp = true
        case .character("q"), .escape: return .quit
        default: break
        }
        return .none
    }

    /// What the help says of the weights in `config`: the day of the fit is the local one.
    static func parametersLine(_ config: StudyConfig, timeZone: TimeZone) -> HomeMessage {
        guard config.fsrsParameters != nil else { return .fsrsDefaults }
        guard let fitted = config.fsrsParametersFitted else { return .fsrsCustom }
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(fitted.at.microseconds) / 1e6)))
        let date = String(Instant(microsecondsSinceEpoch: fitted.at.microseconds + offset * 1_000_000).iso8601.prefix(10))
        return .fsrsFitted(date: date, before: fitted.logLossBefore, after: fitted.logLossAfter)
    }

    /// The help overlay: the keys, then the commands, then the FSRS weights and how to fit them.
    public func help() -> [(String, String)] {
        Self.help(language) + [("", ""), ("", parametersLine), ("recall optimize", HelpMessage.optimizeCommand.text(language))]
    }

    /// The keys of the help overlay, with what they do in `language`.
    public static func help(_ language: Language) -> [(String, String)] {
        let keys: [(String, (any Message)?)] = [
            ("j / Down", HelpMessage.nextDeck), ("k / Up", HelpMessage.previousDeck), ("g / G", HelpMessage.firstLastDeck),
            ("Enter", HelpMessage.studyDeck), ("c", CramMessage.cramDeck), ("s", StatsMessage.openStatistics), ("e", ReadinessMessage.openExam),
            ("o", HelpMessage.optimizeNow),
            ("?", HelpMessage.thisHelp), ("q", HelpMessage.quit),
            ("", nil), (HelpMessage.inTheShell.text(language), nil),
            ("recall quiz", HelpMessage.quizCommand), ("recall export", HelpMessage.exportCommand),
            ("recall extract", HelpMessage.extractCommand),
        ]
        return keys.map { ($0.0, $0.1?.text(language) ?? "") }
    }

    /// What the home screen says when the deck folder holds no deck: where to start.
    static let emptyFolder: [HomeMessage] = [.noDecksYet, .writeADeck, .draftFromNotes]

    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall" + (exams.title.map { "  " + $0 } ?? ""), right: HomeMessage.today(answered: answeredToday, streakDays: streak).text(language) + " ")
        if let deckProblems { buffer.write(deckProblems, row: 1, column: 1, style: Theme.wrong) }
        let titles = [HomeMessage.newColumn, .learningColumn, .dueColumn].map { $0.text(language) }
        let numbers = max(6, (titles.map(DisplayWidth.of).max() ?? 0) + 1)  // a space between wide headings
        let nameWidth = max(10, width - 3 * (numbers + 1) - 2)
        var header = ScreenBuffer.Row()
        header.add(DisplayWidth.padded(HomeMessage.deckColumn.text(language), to: nameWidth), Theme.heading)
        for title in titles { header.add(" " + title.leftPadded(to: numbers), Theme.heading) }
        buffer.draw(header.spans, row: 2, column: 1)
        let listTop = 3
        let listHeight = max(1, height - listTop - 2)
        let first = min(max(0, selected - listHeight + 1), max(0, rows.count - listHeight))
        for (offset, row) in rows.dropFirst(first).prefix(listHeight).enumerated() {
            let index = first + offset
            let y = listTop + offset
            let isSelected = index == selected
            var line = ScreenBuffer.Row()
            let indent = String(repeating: "  ", count: row.depth)
            let exam = index < exams.labels.count ? exams.labels[index] : nil
            let labelWidth = exam.map { DisplayWidth.of($0) + 1 } ?? 0
            line.add(DisplayWidth.padded(Self.clip(indent + row.label, to: nameWidth - labelWidth), to: nameWidth - labelWidth),
                     row.deck == nil ? Theme.heading : .plain)
            if let exam { line.add(" " + exam, Theme.bold) }
            line.add(" " + String(row.counts.new).leftPadded(to: numbers), row.counts.new > 0 ? Theme.newCount : Theme.dim)
            line.add(" " + String(row.counts.learning).leftPadded(to: numbers), row.counts.learning > 0 ? Theme.learningCount : Theme.dim)
            line.add(" " + String(row.counts.review).leftPadded(to: numbers), row.counts.review > 0 ? Theme.reviewCount : Theme.dim)
            if isSelected {
                buffer.fill(row: y, style: Theme.selection)
                buffer.draw(line.spans.map { Span($0.text, $0.style.merged(with: Theme.selection)) }, row: y, column: 1)
            } else {
                buffer.draw(line.spans, row: y, column: 1)
            }
        }
        if decks == 0 {
            // In place of an empty table: where to start.
            for y in 2..<max(2, height - 1) { buffer.fill(row: y, style: .plain) }
            let text = Self.emptyFolder.flatMap { TextWrap.wrap([Span($0.text(language))], width: max(1, width - 4)) }
            for (offset, line) in text.enumerated() where 2 + offset < height - 2 {
                buffer.draw(offset == 0 ? line.map { Span($0.text, Theme.heading) } : line, row: 2 + offset, column: 2)
            }
        }
        if let message { buffer.write(message, row: height - 2, column: 1, style: Theme.wrong) }
        buffer.statusBar([HomeMessage.keys.text(language), HomeMessage.keysShort.text(language)])
        if showHelp { buffer.helpOverlay(title: HomeMessage.helpTitle.text(language), keys: help(), language: language) }
        return buffer
    }

    /// Cuts a deck label that does not fit, ending it with `~`, never inside a wide character.
    static func clip(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "~"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }
}
