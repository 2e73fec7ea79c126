/// The name a quiz domain (a tag such as `security`) goes by on screen: 보안, 네트워킹, ... in
/// Korean; in English the tag as it is. Why a message: the tag stays the tag in `--json` and in
/// the history file, and only what a learner reads changes. Shown on the quiz result screen and
/// by `recall quiz --history`.
public enum DomainName: Message, Equatable {
    /// A domain of the result's breakdown: a known tag, `untagged`, or another tag (kept as it is).
    case domain(String)

    public var korean: String {
        switch self {
        case .domain(let tag):
            return Self.korean[DeckName.key(tag)] ?? tag
        }
    }

    public var english: String {
        switch self {
        case .domain(let tag): return tag
        }
    }

    /// The Korean names of `QuizDomains.known` and of `QuizDomains.untagged`, by the tag's key.
    static let korean: [String: String] = [
        "security": "보안", "networking": "네트워킹", "compute": "컴퓨팅", "storage": "스토리지",
        "database": "데이터베이스", "resilience": "복원력", "cost": "비용", "operations": "운영",
        "integration": "통합", "containers": "컨테이너", "delivery": "배포", "data": "데이터",
        "architecture": "아키텍처", QuizDomains.untagged: "태그 없음",
    ]

    public static var examples: [DomainName] {
        (QuizDomains.known + [QuizDomains.untagged]).map { .domain($0) }
    }
}
