/// The language the interface speaks: Korean, the learners' own, or English.
///
/// Chosen the usual way (`resolve`): `--lang`, else `language` in `config.json`, else the
/// locale variables as gettext reads them, else English. Only what the app itself says is
/// translated; machine formats (`--json`, csv headers, the deck format, exit statuses) are the
/// same in both.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case ko
    case en

    /// `--lang` (or the config's `language`) as given: `ko` or `en`; nil for anything else.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// The language of a locale name, as gettext reads `ko_KR.UTF-8`, `ko`, `ko_KR@euro`:
    /// Korean when the language part is `ko`; English for `C`, `POSIX` and any other language
    /// (which has no catalogue here).
    public init(locale: String) {
        let language = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" }
        self = language.lowercased() == "ko" ? .ko : .en
    }

    /// The first of `flag`, `configured`, then `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one
    /// set and not empty decides, as in gettext), then English.
    public static func resolve(flag: Language?, configured: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let configured { return configured }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language(locale: value) }
        }
        return .en
    }
}
