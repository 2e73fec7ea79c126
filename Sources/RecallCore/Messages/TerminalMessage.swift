/// Why the study screen or the quiz cannot take over the terminal: printed on stderr before
/// anything is opened.
public enum TerminalMessage: Message, Equatable {
    /// stdin or stdout is not a terminal (a pipe, a script, cron).
    case needsTerminal(command: String)
    /// The locale is not UTF-8 and no UTF-8 locale is installed (`tried` are the ones tried).
    case needsUTF8Locale(current: String, tried: [String])

    public var korean: String {
        switch self {
        case .needsTerminal(let command):
            return "recall: \(KoreanParticle.attach(.subject, to: "'\(command)'")) 실행되려면 터미널이 필요합니다 (stdin과 stdout이 TTY여야 합니다). 다른 명령은 어디서나 됩니다 ('recall --help' 참고)"
        case .needsUTF8Locale(let current, let tried):
            return "recall: 학습 화면에서 한글을 그리려면 UTF-8 로캘이 필요하지만, 로캘이 '\(current)'(LC_ALL, LC_CTYPE 또는 LANG)이고 설치된 UTF-8 로캘이 없습니다 (시도: \(tried.joined(separator: ", "))). 로캘을 설치하고(Debian: apt-get install locales 후 dpkg-reconfigure locales) 지정하세요. 예: export LANG=C.UTF-8"
        }
    }

    public var english: String {
        switch self {
        case .needsTerminal(let command):
            return "recall: '\(command)' needs a terminal (stdin and stdout must be a TTY); the other commands work anywhere (see 'recall --help')"
        case .needsUTF8Locale(let current, let tried):
            return "recall: the study screen needs a UTF-8 locale to draw Korean text, but the locale is '\(current)' (from LC_ALL, LC_CTYPE or LANG) and no UTF-8 locale is installed (tried \(tried.joined(separator: ", "))); install one (on Debian: apt-get install locales, then dpkg-reconfigure locales) and set it, e.g. export LANG=C.UTF-8"
        }
    }

    public static var examples: [TerminalMessage] {
        [.needsTerminal(command: "recall review"), .needsUTF8Locale(current: "C", tried: ["C.UTF-8", "ko_KR.UTF-8"])]
    }
}
