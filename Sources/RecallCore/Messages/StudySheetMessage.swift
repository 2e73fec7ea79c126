/// The words of the printable study sheet (`recall export --format txt`) around the cards'
/// own text: the deck titles, the labels under each question and the answer key's heading.
public enum StudySheetMessage: Message, Equatable {
    /// A deck's title, underlined: `AWS::VPC (카드 3장)`.
    case deckTitle(name: String, cards: Int)
    /// The heading of the answers put after the questions (`--answers end`).
    case answerKey
    /// The label before a card's answer.
    case answer
    /// The label before a type-in card's other accepted answers.
    case alsoAccepted
    /// The note under a reversible card's answer.
    case askedBothWays
    /// The label before a card's explanation.
    case explanation

    public var korean: String {
        switch self {
        case .deckTitle(let name, let cards): return "\(name) (카드 \(cards)장)"
        case .answerKey: return "정답표"
        case .answer: return "정답"
        case .alsoAccepted: return "다른 정답"
        case .askedBothWays: return "(반대 방향으로도 묻습니다)"
        case .explanation: return "해설"
        }
    }

    public var english: String {
        switch self {
        case .deckTitle(let name, let cards): return "\(name) (\(cards) \(cards == 1 ? "card" : "cards"))"
        case .answerKey: return "Answer key"
        case .answer: return "Answer"
        case .alsoAccepted: return "Also accepted"
        case .askedBothWays: return "(also asked the other way round)"
        case .explanation: return "Explanation"
        }
    }

    public static var examples: [StudySheetMessage] {
        [.deckTitle(name: "AWS::VPC", cards: 3), .answerKey, .answer, .alsoAccepted, .askedBothWays, .explanation]
    }
}
