import RecallCore

/// `recall extract --review`: the drafts one at a time, to keep, drop, edit or leave for later,
/// and a summary after the last. Like the review screen it touches no disk: `.save` asks the
/// executable to write the deck and the decisions file, `.openEditor` to run `$EDITOR`.
public struct TriageScreen: Sendable {
    public enum Mode: Hashable, Sendable {
        case draft
        /// `e`: the question (a cloze: its sentence) in the line field.
        case question(LineEditor)
        /// `a`: the answer, a line at a time.
        case answer(AnswerEdit)
        /// `g`: the tags as a comma list (a space inside a tag becomes `-`).
        case tags(LineEditor)
        case summary
    }

    /// The answer being edited: its lines so far and the one in the field (`lines.count` is the
    /// empty line after the last, which adds one).
    public struct AnswerEdit: Hashable, Sendable {
        public var lines: [String]
        public var line: Int
        public var editor: LineEditor

        init(lines: [String], line: Int) {
            self.lines = lines
            self.line = line
            editor = LineEditor(line < lines.count ? lines[line] : "")
        }
    }

    public enum Effect: Hashable, Sendable {
        case none
        /// The decisions changed (a keep, a drop, an accepted edit, an undo of one): write the deck,
        /// then the decisions (an edited draft still to decide is saved as `later`).
        case save
        /// `E`: write this text to a temporary file, open it in `$EDITOR`, and hand back what was saved.
        case openEditor(String)
        case quit
    }

    public private(set) var session: TriageSession
    public private(set) var mode: Mode = .draft
    public var showHelp = false
    public var message: String?
    public var scroll = 0
    public let deck: String
    /// The deck file, as the summary names it.
    public let file: String
    public let language: Language

    public init(session: TriageSession, deck: String, file: String, language: Language = .en) {
        self.session = session
        self.deck = deck
        self.file = file
        self.language = language
        if session.isFinished { mode = .summary }
    }

    public mutating func update(_ key: Key, now: Instant) -> Effect {
        if showHelp {
            showHelp = false
            return .none
        }
        switch mode {
        case .summary: return .quit
        case .question(var editor):
            switch key {
            case .enter:
                let text = editor.text.trimmed
                guard !text.isEmpty else {
                    message = TriageMessage.emptyQuestion.text(language)
                    return .none
                }
                mode = .draft
                return edited(now) { $0.setQuestion(String(text)) }
            case .escape: mode = .draft
            default: if editor.handle(key) { mode = .question(editor) }
            }
            return .none
        case .tags(var editor):
            switch key {
            case .enter:
                switch Tags.parseField(editor.text) {
                case .failure(let refused):
                    message = TriageMessage.tagCannotHold(String(refused.character)).text(language)
                    return .none
                case .success(let tags):
                    message = nil
                    mode = .draft
                    return edited(now) { $0.setTags(tags) }
                }
            case .escape: mode = .draft
            default: if editor.handle(key) { mode = .tags(editor) }
            }
            return .none
        case .answer(let edit):
            return answerKey(key, edit, now: now)
        case .draft:
            return draftKey(key, now: now)
        }
    }

    private mutating func answerKey(_ key: Key, _ edit: AnswerEdit, now: Instant) -> Effect {
        var edit = edit
        switch key {
        case .escape:
            mode = .draft
        case .enter, .up, .down:
            let text = String(edit.editor.text.trimmed)
            let adding = edit.line == edit.lines.count
            if adding && text.isEmpty && key == .enter {
                mode = .draft
                return edited(now) { $0.setAnswer(edit.lines) }
            }
            var next = edit.line + (key == .up ? -1 : 1)
            if adding {
                if !text.isEmpty { edit.lines.append(text) }
            } else if text.isEmpty {
                edit.lines.remove(at: edit.line)  // an emptied line goes; the next moves up into its place
                if key != .up { next = edit.line }
            } else {
                edit.lines[edit.line] = text
            }
            mode = .answer(AnswerEdit(lines: edit.lines, line: min(max(0, next), edit.lines.count)))
        default:
            if edit.editor.handle(key) { mode = .answer(edit) }
        }
        return .none
    }

    /// An accepted edit of the current draft: saved at once (as `later` until it is decided),
    /// so that `q`, `s` or a crash does not lose it; no change, nothing to save.
    private mutating func edited(_ now: Instant, _ body: (inout TriageDraft) -> Void) -> Effect {
        let before = session.decisions
        session.edit(at: now, body)
        return session.decisions == before ? .none : .save
    }

    private mutating func draftKey(_ key: Key, now: Instant) -> Effect {
        message = nil
        guard let draft = session.current else {
            mode = .summary
            return .none
        }
        switch key {
        case .character("?"): showHelp = true
        case .character("k"), .enter:
            if let problem = DraftEditText.problem(keeping: draft, deck: deck, file: file) {
                message = TriageMessage.cannotKeep(problem: problem.text(language)).text(language)
                return .none
            }
            return decided(.kept, now: now)
        case .character("d"): return decided(.dropped, now: now)
        case .character("s"):
            session.skip()
            moved()
        case .character("u"):
            let before = session.decisions
            message = (session.undo() ? TriageMessage.undone : .nothingToUndo).text(language)
            scroll = 0
            return session.decisions == before ? .none : .save
        case .character("e"): mode = .question(LineEditor(draft.questionText))
        case .character("a"):
            if draft.card.kind == .cloze {
                message = TriageMessage.clozeHasNoAnswer.text(language)
            } else {
                mode = .answer(AnswerEdit(lines: draft.card.answer, line: 0))
            }
        case .character("g"): mode = .tags(LineEditor(draft.card.tags.joined(separator: ", ")))
        case .character("t"): return edited(now) { $0.cycleKind() }
        case .character("E"): return .openEditor(DraftEditText.text(of: draft))
        case .character("q"), .escape: return .quit
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        default: break
        }
        return .none
    }

    private mutating func decided(_ verdict: TriageDecisions.Verdict, now: Instant) -> Effect {
        session.decide(verdict, at: now)
        moved()
        return .save
    }

    private mutating func moved() {
        scroll = 0
        if session.isFinished { mode = .summary }
    }

    /// What the editor left in the file, or nil when it did not close normally (the draft then
    /// stays as it was; `problem` says why). `.save` when the draft changed.
    @discardableResult
    public mutating func editorClosed(text: String?, problem: String? = nil, now: Instant = Instant(secondsSinceEpoch: 0)) -> Effect {
        guard let text, let draft = session.current else {
            message = [problem, TriageMessage.editorUnchanged.text(language)].compactMap { $0 }.joined(separator: " ")
            return .none
        }
        switch DraftEditText.card(from: text, replacing: draft, deck: deck, file: file) {
        case .failure(let problem):
            message = problem.text(language) + " " + TriageMessage.editorUnchanged.text(language)
            return .none
        case .success(let card):
            guard card != draft.card else {
                message = TriageMessage.editorUnchanged.text(language)
                return .none
            }
            message = TriageMessage.editorApplied.text(language)
            return edited(now) { $0.replace(with: card) }
        }
    }

    /// A write failed: the screen says so; the next decision writes everything again.
    public mutating func saveFailed(_ text: String) { message = text }

    /// The keys of the help overlay, with what they do in `language`.
    public static func help(_ language: Language) -> [(String, String)] {
        let keys: [(String, TriageMessage)] = [
            ("k Enter", .keepHelp), ("d", .dropHelp), ("e", .editQuestionHelp), ("a", .editAnswerHelp),
            ("  Enter", .answerEnterHelp), ("  ", .answerEmptyHelp), ("  ", .answerAddHelp), ("  Esc", .answerEscHelp),
            ("E", .editorHelp), ("t", .kindHelp), ("g", .tagsHelp), ("u", .undoHelp), ("s", .skipHelp),
            ("Up Down", .scrollHelp), ("q", .quitHelp), ("?", .helpHelp),
        ]
        return keys.map { ($0.0, $0.1.text(language)) }
    }
}
