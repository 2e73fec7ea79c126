/// A message of the interface: a value with a name (`StudyMessage.wrongAnswer(answer:)`), written
/// once in each language. Each area of the app has its own enum of messages, in this folder.
///
/// Why values and not string literals in the screens: a missing translation is a compile error
/// (every case needs both `korean` and `english`), the message places its values itself (Korean
/// word order differs: `5개 중 3개`), and the particle after a value is chosen from the value
/// (`KoreanParticle`). `MessageCatalogueTests` checks that every case has an example and that
/// every example reads as Korean in Korean.
public protocol Message: Sendable {
    var korean: String { get }
    var english: String { get }
    /// One value of each case, for the catalogue's tests.
    static var examples: [Self] { get }
}

extension Message {
    public func text(_ language: Language) -> String {
        switch language {
        case .ko: return korean
        case .en: return english
        }
    }
}
