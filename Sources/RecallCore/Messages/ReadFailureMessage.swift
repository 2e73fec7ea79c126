/// Why a file could not be read, after `cannot read this file (…)`.
public enum ReadFailureMessage: Message, Hashable {
    /// A symbolic link whose target is missing.
    case danglingLink
    /// A folder where a file was expected.
    case folder
    /// The file changed while it was read.
    case changed
    /// The system's own words (`Permission denied`), as `strerror` gives them.
    case system(String)

    public var english: String {
        switch self {
        case .danglingLink: return "a symbolic link to something missing"
        case .folder: return "it is a folder"
        case .changed: return "it changed while being read"
        case .system(let text): return text
        }
    }

    public var korean: String {
        switch self {
        case .danglingLink: return "없는 대상을 가리키는 심볼릭 링크입니다"
        case .folder: return "폴더입니다"
        case .changed: return "읽는 동안 바뀌었습니다"
        case .system(let text): return "시스템 오류: \(text)"
        }
    }

    public static var examples: [ReadFailureMessage] { [.danglingLink, .folder, .changed, .system("Permission denied")] }
}
