/// How a deck or import diagnostic is printed (`recall check`, `recall import`): the place, the
/// severity and the message, already in the language. English errors carry no word, as before.
public enum DiagnosticLine: Message, Equatable {
    /// An error line: `Decks/vpc.md:3:1: 오류: ...`.
    case error(place: String, message: String)
    /// A warning line: `Decks/vpc.md:3:1: 경고: ...`.
    case warning(place: String, message: String)

    public var korean: String {
        switch self {
        case .error(let place, let message): return "\(place): 오류: \(message)"
        case .warning(let place, let message): return "\(place): 경고: \(message)"
        }
    }

    public var english: String {
        switch self {
        case .error(let place, let message): return "\(place): \(message)"
        case .warning(let place, let message): return "\(place): warning: \(message)"
        }
    }

    public static var examples: [DiagnosticLine] {
        [.error(place: "Decks/vpc.md:3:1", message: "카드에 정답이 없습니다. 제목 아래에 정답을 쓰세요"),
         .warning(place: "Decks/vpc.md:1:1", message: "덱에 카드가 없습니다. 카드는 '## ' 제목으로 시작합니다")]
    }
}
