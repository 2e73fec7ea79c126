import Foundation

/// The labelled lines of `recall show`: a card's fields, its question and answer, its progress.
///
/// Why each line is a case: the labels line up in a column, and Korean labels are wider
/// (Hangul is two columns), so each language pads its own labels.
public enum CardDetailMessage: Message, Equatable {
    /// `id:      vpc-nat`
    case id(String)
    /// `deck:    AWS::VPC`
    case deck(String)
    /// `type:    basic`
    case kind(NoteKind)
    /// `tags:    net, vpc`
    case tags([String])
    /// `source:  ...`
    case source(String)
    /// `file:    Decks/vpc.md:12`
    case file(String)
    /// The label before the question's first line (`Q: `); the next lines are indented to its width.
    case questionLabel
    /// The label before the answer's first line (`A: `).
    case answerLabel
    /// Under the answer: the other accepted answers.
    case alsoAccepted([String])
    /// The label before the explanation.
    case explanationLabel
    /// `state:      review`
    case state(CardState)
    /// `due:        2026-03-05 09:00:00`
    case due(String)
    /// `stability:  12.30 days`, nil for none.
    case stability(Double?)
    /// `difficulty: 5.10 (1 easiest, 10 hardest)`, nil for none.
    case difficulty(Double?)
    /// `ease:       2.50`
    case ease(Double)
    /// `reps:       4`
    case reps(Int)
    /// `lapses:     1`
    case lapses(Int)
    /// A card never studied.
    case neverStudied
    /// A suspended card.
    case suspended
    /// A buried card, until when.
    case buried(until: String)

    public var english: String {
        switch self {
        case .id(let id): return "id:      \(id)"
        case .deck(let deck): return "deck:    \(deck)"
        case .kind(let kind): return "type:    \(kind.rawValue)"
        case .tags(let tags): return "tags:    \(tags.joined(separator: ", "))"
        case .source(let source): return "source:  \(source)"
        case .file(let file): return "file:    \(file)"
        case .questionLabel: return "Q: "
        case .answerLabel: return "A: "
        case .alsoAccepted(let answers): return "   also accepted: " + answers.joined(separator: " | ")
        case .explanationLabel: return "Explanation: "
        case .state(let state): return "state:      \(TermMessage.state(state).english)"
        case .due(let due): return "due:        \(due)"
        case .stability(let days): return "stability:  " + (days.map { String(format: "%.2f days", $0) } ?? "-")
        case .difficulty(let value):
            return "difficulty: " + (value.map { String(format: "%.2f (1 easiest, 10 hardest)", $0) } ?? "-")
        case .ease(let ease): return "ease:       " + String(format: "%.2f", ease)
        case .reps(let reps): return "reps:       \(reps)"
        case .lapses(let lapses): return "lapses:     \(lapses)"
        case .neverStudied: return "progress:   new (never studied)"
        case .suspended: return "suspended:  yes ('recall unsuspend ID' brings it back)"
        case .buried(let until): return "buried:     until \(until)"
        }
    }

    // Korean labels are padded by display width (a Hangul syllable is two columns).
    public var korean: String {
        func card(_ label: String, _ value: String) -> String { DisplayWidth.padded(label + ":", to: 10) + value }
        func progress(_ label: String, _ value: String) -> String { DisplayWidth.padded(label + ":", to: 12) + value }
        switch self {
        case .id(let id): return card("카드 id", id)
        case .deck(let deck): return card("덱", deck)
        case .kind(let kind): return card("종류", TermMessage.kind(kind).korean)
        case .tags(let tags): return card("태그", tags.joined(separator: ", "))
        case .source(let source): return card("출처", source)
        case .file(let file): return card("파일", file)
        case .questionLabel: return "질문: "
        case .answerLabel: return "정답: "
        case .alsoAccepted(let answers): return "      다른 정답: " + answers.joined(separator: " | ")
        case .explanationLabel: return "해설: "
        case .state(let state): return progress("상태", TermMessage.state(state).korean)
        case .due(let due): return progress("다음 복습", due)
        case .stability(let days): return progress("안정성", days.map { String(format: "%.2f일", $0) } ?? "-")
        case .difficulty(let value):
            return progress("난이도", value.map { String(format: "%.2f (1 가장 쉬움, 10 가장 어려움)", $0) } ?? "-")
        case .ease(let ease): return progress("용이도", String(format: "%.2f", ease))
        case .reps(let reps): return progress("복습 횟수", "\(reps)")
        case .lapses(let lapses): return progress("잊은 횟수", "\(lapses)")
        case .neverStudied: return progress("진행", "새 카드 (아직 학습하지 않음)")
        case .suspended: return progress("보류", "예 ('recall unsuspend ID'로 되돌립니다)")
        case .buried(let until): return progress("묻어 둠", "\(until)까지")
        }
    }

    public static var examples: [CardDetailMessage] {
        [.id("vpc-nat"), .deck("AWS::VPC"), .kind(.basic), .tags(["net", "vpc"]), .source("노트 3쪽"), .file("vpc.md:3"),
         .questionLabel, .answerLabel, .alsoAccepted(["NAT 게이트웨이"]), .explanationLabel, .state(.review),
         .due("2026-03-05 09:00:00"), .stability(12.3), .difficulty(5.1), .ease(2.5), .reps(4), .lapses(1),
         .neverStudied, .suspended, .buried(until: "2026-03-05 04:00:00")]
    }
}
