/// What the triage screen (`recall extract --review`) and its command say.
///
/// Why values: the screen is read in Korean or English, and its counts sit in different
/// places in each (`보관 21`, `21 kept`).
public enum TriageMessage: Message, Hashable, Sendable {
    /// `37 / 154, 21 kept, 15 dropped`.
    case progress(number: Int, total: Int, kept: Int, dropped: Int)
    /// Skipped with `s` in this session.
    case forLater(Int)
    case editedMark
    case tagsLabel
    case noTags
    case sourceLabel
    /// While `a` edits the answer: which line, and how to finish.
    case answerLine(Int, of: Int)
    case newAnswerLine
    /// The help overlay's lines, one per key.
    case keepHelp, dropHelp, editQuestionHelp, editAnswerHelp, answerEnterHelp, answerEmptyHelp, answerAddHelp, answerEscHelp, editorHelp, kindHelp, tagsHelp, undoHelp, skipHelp, scrollHelp, quitHelp, helpHelp
    /// The action line and the status bar.
    case keep, drop, edit, skip, undo, accept, cancel, nextLine
    case keys, keysShort, keysShortest
    case helpTitle
    /// Notes on the screen after a key.
    case nothingToUndo
    /// A draft longer than the screen: which lines show.
    case linesShown(first: Int, last: Int, of: Int)
    case undone
    case clozeHasNoAnswer
    case emptyQuestion
    /// A character the tags field refuses: the deck format cannot hold it in a tag.
    case tagCannotHold(String)
    case clozeWithoutBlank
    /// A kept card must pass `recall check`; `problem` is the parser's.
    case cannotKeep(problem: String)
    case editorNeedsOneCard(found: Int)
    case editorKindNotDraft(kind: NoteKind)
    case editorUnchanged
    case editorApplied
    /// The summary after the last draft.
    case summaryTitle
    case summaryCounts(kept: Int, dropped: Int, edited: Int, forLater: Int)
    case summaryWrote(file: String, cards: Int)
    case summaryCheck(file: String)
    case anyKeyExits
    /// On stderr after the screen closed.
    case sessionEnded(kept: Int, dropped: Int, forLater: Int, file: String)
    /// The command's refusals and notes.
    case reviewNeedsOutput
    case reviewWithDryRun
    case reviewNeedsTerminal
    case allDecided(total: Int, kept: Int, file: String)
    case decisionsDamaged(file: String, line: Int, column: Int, problem: LineProblem)
    case decisionsSchema(file: String, line: Int, column: Int, found: String)

    public var english: String {
        switch self {
        case .progress(let number, let total, let kept, let dropped): return "\(number) / \(total), \(kept) kept, \(dropped) dropped"
        case .forLater(let n): return "\(n) for later"
        case .editedMark: return "edited"
        case .tagsLabel: return "tags"
        case .noTags: return "no tags"
        case .sourceLabel: return "source"
        case .answerLine(let line, let count): return "answer line \(line) of \(count)"
        case .newAnswerLine: return "new answer line (Enter on it empty: done)"
        case .keepHelp: return "keep the draft (written to the deck at once)"
        case .dropHelp: return "drop the draft"
        case .editQuestionHelp: return "edit the question (a cloze: its sentence)"
        case .editAnswerHelp: return "edit the answer, a line at a time:"
        case .answerEnterHelp: return "keep the line, go to the next (Up: back)"
        case .answerEmptyHelp: return "a line left empty is removed"
        case .answerAddHelp: return "the empty line after the last adds one; Enter on it empty: done"
        case .answerEscHelp: return "cancel the whole answer edit"
        case .editorHelp: return "open the draft in $EDITOR, in the deck format"
        case .kindHelp: return "change the kind: basic, reversible, cloze"
        case .tagsHelp: return "edit the tags, separated by commas"
        case .undoHelp: return "undo the last decision, skip or edit"
        case .skipHelp: return "skip: leave it for later"
        case .scrollHelp: return "scroll a long draft"
        case .quitHelp: return "quit: what you decided is saved"
        case .helpHelp: return "this help"
        case .keep: return "keep"
        case .drop: return "drop"
        case .edit: return "edit"
        case .skip: return "later"
        case .undo: return "undo"
        case .accept: return "accept"
        case .cancel: return "cancel"
        case .nextLine: return "next line"
        case .keys: return "k keep  d drop  e/a edit  E editor  t kind  g tags  u undo  s later  q quit  ?"
        case .keysShort: return "k keep  d drop  e edit  u undo  q quit  ? help"
        case .keysShortest: return "k d e u q ?"
        case .helpTitle: return "Triage"
        case .nothingToUndo: return "Nothing to undo in this session."
        case .linesShown(let first, let last, let total): return "lines \(first)-\(last) of \(total), Up/Down scroll"
        case .undone: return "Undone."
        case .clozeHasNoAnswer: return "A cloze's answer is its hidden text: edit the sentence with e."
        case .emptyQuestion: return "The question cannot be empty."
        case .tagCannotHold(let character): return "A tag cannot hold '\(character)'; separate tags with commas (a space inside one becomes -)."
        case .clozeWithoutBlank: return "A cloze needs a blank: write {{c1::...}} around the hidden text (e), or change the kind (t)."
        case .cannotKeep(let problem): return "Cannot keep it as it is: \(problem)"
        case .editorNeedsOneCard(let found): return "The file held \(found) cards, not one: the draft is unchanged."
        case .editorKindNotDraft(let kind): return "A \(kind.rawValue) card cannot be a draft here (basic, reversible or cloze): the draft is unchanged."
        case .editorUnchanged: return "The draft is unchanged."
        case .editorApplied: return "The draft now reads as you saved it."
        case .summaryTitle: return "Triage done"
        case .summaryCounts(let kept, let dropped, let edited, let later):
            return "\(kept) kept, \(dropped) dropped, \(edited) edited, \(later) left for later"
        case .summaryWrote(let file, let cards): return "\(file) has the \(CountMessage.cards(cards).english) kept in this session"
        case .summaryCheck(let file): return "Check it: recall check \(file)"
        case .anyKeyExits: return "Any key exits."
        case .sessionEnded(let kept, let dropped, let later, let file):
            return "triage: \(kept) kept, \(dropped) dropped, \(later) left for later; the deck is \(file)"
        case .reviewNeedsOutput: return "--review needs -o FILE: the kept cards are written there"
        case .reviewWithDryRun: return "--review writes after every decision: it cannot be used with --dry-run"
        case .reviewNeedsTerminal: return "--review needs a terminal (stdin and stdout): run it without pipes or redirection"
        case .allDecided(let total, let kept, let file): return "all \(total) drafts of these notes are decided: \(kept) kept in \(file)"
        case .decisionsDamaged(let file, let line, let column, let problem):
            return "\(file):\(line):\(column): \(problem.english): the decisions file is damaged; fix or remove it"
        case .decisionsSchema(let file, let line, let column, let found):
            return "\(file):\(line):\(column): unknown schema '\(found)' (this recall reads \(TriageDecisions.schema)); it is left as it is"
        }
    }

    public var korean: String {
        switch self {
        case .progress(let number, let total, let kept, let dropped): return "\(number) / \(total), 보관 \(kept), 버림 \(dropped)"
        case .forLater(let n): return "나중에 \(n)"
        case .editedMark: return "고침"
        case .tagsLabel: return "태그"
        case .noTags: return "태그 없음"
        case .sourceLabel: return "출처"
        case .answerLine(let line, let count): return "답 \(count)줄 중 \(line)번째 줄"
        case .newAnswerLine: return "새 답 줄 (비운 채 Enter: 끝)"
        case .keepHelp: return "초안 보관 (곧바로 덱에 씁니다)"
        case .dropHelp: return "초안 버림"
        case .editQuestionHelp: return "질문 고치기 (빈칸 카드는 그 문장)"
        case .editAnswerHelp: return "답을 한 줄씩 고치기:"
        case .answerEnterHelp: return "이 줄을 두고 다음 줄로 (위: 앞 줄)"
        case .answerEmptyHelp: return "비운 줄은 지워집니다"
        case .answerAddHelp: return "마지막 줄 뒤의 빈 줄은 줄을 더합니다. 비운 채 Enter: 끝"
        case .answerEscHelp: return "답 고치기를 모두 취소"
        case .editorHelp: return "초안을 덱 형식으로 $EDITOR에서 열기"
        case .kindHelp: return "종류 바꾸기: 기본, 양방향, 빈칸"
        case .tagsHelp: return "태그 고치기 (쉼표로 구분)"
        case .undoHelp: return "마지막 결정, 건너뛰기, 고침 되돌리기"
        case .skipHelp: return "건너뛰기: 나중에 다시 묻습니다"
        case .scrollHelp: return "긴 초안 스크롤"
        case .quitHelp: return "끝내기: 결정한 것은 저장되어 있습니다"
        case .helpHelp: return "이 도움말"
        case .keep: return "보관"
        case .drop: return "버림"
        case .edit: return "고치기"
        case .skip: return "나중에"
        case .undo: return "되돌리기"
        case .accept: return "확인"
        case .cancel: return "취소"
        case .nextLine: return "다음 줄"
        case .keys: return "k 보관  d 버림  e/a 고침  E 편집기  t 종류  g 태그  u 되돌림  s 나중에  q 끝  ?"
        case .keysShort: return "k 보관  d 버림  e 고치기  u 되돌리기  q 끝  ? 도움말"
        case .keysShortest: return "k d e u q ? 도움말"
        case .helpTitle: return "초안 분류"
        case .nothingToUndo: return "이번에 되돌릴 것이 없습니다."
        case .linesShown(let first, let last, let total): return "\(total)줄 중 \(first)-\(last)줄, 위/아래 스크롤"
        case .undone: return "되돌렸습니다."
        case .clozeHasNoAnswer: return "빈칸 카드의 답은 가린 글입니다: e로 문장을 고치세요."
        case .emptyQuestion: return "질문은 비울 수 없습니다."
        case .tagCannotHold(let character): return "태그에는 '\(character)'를 쓸 수 없습니다. 태그는 쉼표로 나눕니다(한 태그 안의 공백은 -가 됩니다)."
        case .clozeWithoutBlank: return "빈칸 카드에는 빈칸이 필요합니다: 가릴 글을 {{c1::...}}로 감싸거나(e) 종류를 바꾸세요(t)."
        case .cannotKeep(let problem): return "이대로는 보관할 수 없습니다: \(problem)"
        case .editorNeedsOneCard(let found): return "파일에 카드가 하나가 아니라 \(found)개 있습니다: 초안은 그대로입니다."
        case .editorKindNotDraft(let kind):
            return "\(TermMessage.kind(kind).korean) 카드는 여기서 초안이 될 수 없습니다(기본, 양방향, 빈칸): 초안은 그대로입니다."
        case .editorUnchanged: return "초안은 그대로입니다."
        case .editorApplied: return "초안을 저장한 대로 바꿨습니다."
        case .summaryTitle: return "초안 분류 끝"
        case .summaryCounts(let kept, let dropped, let edited, let later):
            return "보관 \(kept), 버림 \(dropped), 고침 \(edited), 나중에 \(later)"
        case .summaryWrote(let file, let cards): return "\(file)에 이번에 보관한 카드 \(cards)장이 있습니다"
        case .summaryCheck(let file): return "확인: recall check \(file)"
        case .anyKeyExits: return "아무 키나 누르면 끝납니다."
        case .sessionEnded(let kept, let dropped, let later, let file):
            return "초안 분류: 보관 \(kept), 버림 \(dropped), 나중에 \(later); 덱은 \(file)"
        case .reviewNeedsOutput: return "--review에는 -o FILE이 필요합니다: 보관한 카드를 그 파일에 씁니다"
        case .reviewWithDryRun: return "--review는 결정할 때마다 씁니다: --dry-run과 함께 쓸 수 없습니다"
        case .reviewNeedsTerminal: return "--review에는 터미널(stdin과 stdout)이 필요합니다: 파이프나 리디렉션 없이 실행하세요"
        case .allDecided(let total, let kept, let file): return "이 노트들의 초안 \(total)개를 모두 결정했습니다: \(file)에 \(kept)개 보관"
        case .decisionsDamaged(let file, let line, let column, let problem):
            return "\(file):\(line):\(column): \(problem.korean): 결정 파일이 손상되었습니다. 고치거나 지우세요"
        case .decisionsSchema(let file, let line, let column, let found):
            return "\(file):\(line):\(column): 알 수 없는 schema '\(found)'입니다(이 recall은 \(TriageDecisions.schema)를 읽습니다). 파일은 그대로 둡니다"
        }
    }

    public static var examples: [TriageMessage] {
        [.progress(number: 37, total: 154, kept: 21, dropped: 15), .forLater(2), .editedMark, .tagsLabel, .noTags, .sourceLabel,
         .answerLine(2, of: 3), .newAnswerLine,
         .keepHelp, .dropHelp, .editQuestionHelp, .editAnswerHelp, .answerEnterHelp, .answerEmptyHelp, .answerAddHelp, .answerEscHelp, .editorHelp, .kindHelp, .tagsHelp, .undoHelp, .skipHelp, .scrollHelp, .quitHelp, .helpHelp,
         .keep, .drop, .edit, .skip, .undo, .accept, .cancel, .nextLine, .keys, .keysShort, .keysShortest, .helpTitle,
         .nothingToUndo, .linesShown(first: 1, last: 3, of: 12), .undone, .clozeHasNoAnswer, .emptyQuestion, .tagCannotHold("["), .clozeWithoutBlank, .cannotKeep(problem: "deck.md:3:1: a cloze card needs {{c1::...}}"),
         .editorNeedsOneCard(found: 2), .editorKindNotDraft(kind: .choice), .editorUnchanged, .editorApplied,
         .summaryTitle, .summaryCounts(kept: 21, dropped: 15, edited: 3, forLater: 2), .summaryWrote(file: "vpc.md", cards: 21),
         .summaryCheck(file: "vpc.md"), .anyKeyExits, .sessionEnded(kept: 2, dropped: 1, forLater: 5, file: "vpc.md"),
         .reviewNeedsOutput, .reviewWithDryRun, .reviewNeedsTerminal, .allDecided(total: 154, kept: 120, file: "vpc.md"),
         .decisionsDamaged(file: "vpc.md.triage.json", line: 3, column: 7, problem: .expectedColon),
         .decisionsSchema(file: "vpc.md.triage.json", line: 2, column: 13, found: "recall-triage-9")]
    }
}
