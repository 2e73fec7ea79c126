/// What the command line itself gets told before any command runs.
public enum CommandLineMessage: Message, Equatable {
    /// `--lang` with no value, or one that is not `ko` or `en`.
    case badLanguageFlag(value: String)

    public var korean: String {
        switch self {
        case .badLanguageFlag(let value):
            return value.isEmpty ? "--lang 다음에 ko 또는 en을 주세요" : "--lang은 ko 또는 en이어야 합니다. 받은 값: '\(value)'"
        }
    }

    public var english: String {
        switch self {
        case .badLanguageFlag(let value):
            return value.isEmpty ? "--lang needs ko or en after it" : "--lang must be ko or en, got '\(value)'"
        }
    }

    public static var examples: [CommandLineMessage] { [.badLanguageFlag(value: "fr"), .badLanguageFlag(value: "")] }
}
