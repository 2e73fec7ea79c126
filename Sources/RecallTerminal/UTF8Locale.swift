import RecallCore
#if canImport(Glibc)
import Glibc
#endif

/// ncurses draws wide characters only under a UTF-8 locale: under `LANG=C` or `POSIX` (common
/// over SSH, in containers and in cron) every Hangul syllable comes out blank. So the study
/// screen takes the environment's locale when it is UTF-8, else switches the character type
/// to a UTF-8 locale that is installed, else refuses with what to set.
enum UTF8Locale {
    /// Tried in order when the environment's locale is not UTF-8. C.UTF-8 changes nothing but
    /// the encoding; the others are the ones most often generated.
    static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "ko_KR.UTF-8"]

    /// Sets the locale from the environment, then makes sure its character type is UTF-8.
    /// Returns nil when it is, or what to tell the learner when no UTF-8 locale exists.
    static func use() -> TerminalMessage? {
        setlocale(LC_ALL, "")
        if isUTF8 { return nil }
        let current = String(cString: setlocale(LC_CTYPE, nil))
        for candidate in candidates where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return nil }
        }
        setlocale(LC_CTYPE, current)
        return .needsUTF8Locale(current: current, tried: candidates)
    }

    static var isUTF8: Bool {
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        return codeset == "UTF-8" || codeset == "UTF8"
    }
}
