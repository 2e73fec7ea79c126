import Foundation
import Testing
@testable import RecallCore

/// How the language is chosen: `--lang`, the config, then the locale variables as gettext reads them.
@Suite struct LanguageTests {
    @Test(arguments: [
        ("ko_KR.UTF-8", Language.ko), ("ko", .ko), ("ko_KR", .ko), ("ko_KR.eucKR", .ko), ("ko@x", .ko), ("KO_kr.utf8", .ko),
        ("en_US.UTF-8", .en), ("C", .en), ("POSIX", .en), ("C.UTF-8", .en), ("ja_JP.UTF-8", .en), ("kok_IN", .en),
    ])
    func aLocaleNamesItsLanguage(locale: String, expected: Language) {
        #expect(Language(locale: locale) == expected)
    }

    @Test func theFirstThatIsSetDecides() {
        let korean = ["LC_ALL": "", "LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"]
        #expect(Language.resolve(flag: nil, configured: nil, environment: korean) == .ko, "an empty LC_ALL is not set")
        #expect(Language.resolve(flag: nil, configured: nil, environment: ["LC_ALL": "C", "LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, configured: nil, environment: ["LANG": "ko"]) == .ko)
        #expect(Language.resolve(flag: nil, configured: nil, environment: [:]) == .en)
        #expect(Language.resolve(flag: nil, configured: .en, environment: korean) == .en, "the config before the locale")
        #expect(Language.resolve(flag: .ko, configured: .en, environment: [:]) == .ko, "--lang before the config")
    }

    @Test func codes() {
        #expect(Language(code: "ko") == .ko)
        #expect(Language(code: "EN") == .en)
        #expect(Language(code: "kr") == nil)
        #expect(Language(code: "") == nil)
    }

    @Test func theConfigKeepsALanguageAndRefusesAnUnknownOne() throws {
        let config = try StudyConfig.decode(Array(#"{"language":"ko"}"#.utf8).withUnsafeBytes { Data($0) }, path: "config.json")
        #expect(config.language == .ko)
        #expect(try StudyConfig.decode(Data("{}".utf8), path: "config.json").language == nil)
        let error = #expect(throws: ProgressError.self) { try StudyConfig.decode(Data(#"{"language":"fr"}"#.utf8), path: "config.json") }
        #expect(error?.description.contains(#"language must be "ko" or "en", got "fr""#) == true, "\(String(describing: error))")
    }
}
