/// Whether bytes that are not UTF-8 read as CP949 (EUC-KR with Microsoft's extension), the
/// encoding Korean Windows saves text in (Notepad before 2019, Excel's csv). Such a file is the
/// usual reason a Korean deck or import is not UTF-8, and `iconv` converts it.
enum CP949Guess {
    /// True when every byte above ASCII is part of a CP949 two-byte character and at least half of
    /// those characters are Hangul syllables of the KS X 1001 block: Latin-1, UTF-8 or random
    /// bytes almost never pair up like that.
    static func isPlausible(_ bytes: [UInt8]) -> Bool {
        var characters = 0
        var hangul = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count, isTrail(bytes[index + 1]) else { return false }
            let trail = bytes[index + 1]
            characters += 1
            if (0xB0...0xC8).contains(lead), (0xA1...0xFE).contains(trail) { hangul += 1 }
            index += 2
        }
        return characters > 0 && hangul * 2 >= characters
    }

    /// CP949's second bytes: A-Z, a-z and 0x81-0xFE.
    static func isTrail(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x81...0xFE).contains(byte)
    }

    /// The hint that goes with the not-UTF-8 errors.
    static func hint(file: String) -> Diagnostic {
        .warning(at: SourceLocation(file: file, line: 1, column: 1),
                 DeckMessage.looksLikeCP949(command: "iconv -f cp949 -t utf-8 \(quoted(file)) > \(quoted(file + ".utf8"))"))
    }

    /// A path as a shell reads it: in single quotes when it holds a space or a special character.
    static func quoted(_ path: String) -> String {
        guard path.contains(where: { " '\"$`\\!*?[]{}()<>|&;#~\t".contains($0) }) else { return path }
        return "'" + path.replacing("'", with: "'\\''") + "'"
    }
}
