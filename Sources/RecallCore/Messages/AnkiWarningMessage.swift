/// Names that Anki would change or merge, said by `recall export --format anki` after `warning:`.
public enum AnkiWarningMessage: Message, Hashable {
    /// Two deck names that differ only in case.
    case decksDifferInCase(String, String)
    /// Spaces around a part of a deck name.
    case deckSpaces(String)
    /// Two tags that differ only in case.
    case tagsDifferInCase(String, String)

    public var english: String {
        switch self {
        case .decksDifferInCase(let a, let b): return "decks '\(a)' and '\(b)' differ only in case; Anki puts their cards in one deck"
        case .deckSpaces(let deck): return "deck '\(deck)' has spaces around a part of its name; Anki removes them"
        case .tagsDifferInCase(let a, let b): return "tags '\(a)' and '\(b)' differ only in case; Anki keeps one of them"
        }
    }

    public var korean: String {
        switch self {
        case .decksDifferInCase(let a, let b): return "'\(a)' 덱과 '\(b)' 덱은 대소문자만 다릅니다. Anki는 두 덱의 카드를 한 덱에 넣습니다"
        case .deckSpaces(let deck): return "'\(deck)' 덱 이름의 한 부분 앞뒤에 공백이 있습니다. Anki는 이를 지웁니다"
        case .tagsDifferInCase(let a, let b): return "'\(a)' 태그와 '\(b)' 태그는 대소문자만 다릅니다. Anki는 하나만 남깁니다"
        }
    }

    /// `warning: ` and the message, as the export prints it after `recall: `.
    public func line(_ language: Language) -> String {
        (language == .ko ? "경고: " : "warning: ") + text(language)
    }

    public static var examples: [AnkiWarningMessage] {
        [.decksDifferInCase("AWS::VPC", "aws::vpc"), .deckSpaces("AWS:: VPC"), .tagsDifferInCase("Net", "net")]
    }
}
