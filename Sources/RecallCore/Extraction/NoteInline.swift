/// Turns one line of note Markdown into plain card text, and says when a line must give no card.
///
/// The extractor skips whatever is not prose: inline code, URLs, images and embeds, HTML tags and
/// comments, ARNs. Links keep their text. A line with inline code or an ARN is dropped whole,
/// because taking the code out leaves a sentence with a hole in it.
enum NoteInline {
    /// The plain text, or nil when nothing usable is left.
    static func clean(_ line: Substring) -> String? {
        if hasInlineCode(line) || containsARN(line) || containsCodeWord(line) { return nil }
        var text = String(line)
        text = removingDelimited(text, open: "<!--", close: "-->", keep: nil)
        text = removingDelimited(text, open: "![[", close: "]]", keep: nil)
        text = removingMarkdownLinks(text)
        text = removingDelimited(text, open: "[[", close: "]]", keep: wikiLinkText)
        text = removingHTMLTags(text)
        text = removingURLs(text)
        text = removingEmphasis(text)
        text = text.split(whereSeparator: \.isWhitespaceFast).joined(separator: " ")
        text = trimmingDecoration(text)
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return text
    }

    /// True when the line has a code span, or a stray backtick that a renderer might pair up.
    static func hasInlineCode(_ line: Substring) -> Bool {
        line.contains("`")
    }

    /// `arn:aws:iam::123:role/x` and the like: identifiers, never card text.
    static func containsARN(_ line: Substring) -> Bool {
        // A word that lower-cases to `arn:…` has `arn:` in its bytes, in either case (no other
        // scalar lower-cases or decomposes to these four): most lines have none.
        guard line.containsBytesIgnoringASCIICase("arn:") else { return false }
        return line.split(whereSeparator: { $0.isWhitespaceFast || $0 == "\"" || $0 == "(" }).contains { $0.lowercased().hasPrefix("arn:") }
    }

    /// Words that are code written without backticks: `default.s3.max_requests`, `--flag`, `f(x)=1`.
    static func containsCodeWord(_ line: Substring) -> Bool {
        // Either shape needs `_` and `.`, or `--`, in the bytes (none of them has another scalar
        // canonically equivalent to it): most lines have neither.
        guard line.containsBytes("_") && line.containsBytes(".") || line.containsBytes("--") else { return false }
        return line.split(whereSeparator: \.isWhitespaceFast).contains { word in
            (word.contains("_") && word.contains(".") && !word.contains("://")) || word.hasPrefix("--") && word.count > 2
                && word.dropFirst(2).allSatisfy { $0.isLetter || $0 == "-" }
        }
    }

    /// Notes-to-self that are not facts: doubt, laughter, complaints. Cards made from them would
    /// teach the learner the author's confusion.
    ///
    /// Each mark is looked for with Foundation's search (canonical equivalence), 28 passes over
    /// the text, most of extracting a note of many lines. In text of only ASCII, Hangul
    /// syllables and compatibility jamo, every scalar is a Character of its own and none is
    /// canonically equivalent to another (what could be, U+037E for `;` or conjoining jamo for a
    /// syllable, is outside that set), so there the search is a plain byte search.
    static func isChatter(_ text: String) -> Bool {
        let plain = text.isPlainText
        return chatterMarks.contains { text.contains($0, plain: plain) }
            || (plain ? text.utf8.reversed().starts(with: "다시".utf8.reversed()) : text.hasSuffix("다시"))
    }

    static let chatterMarks = ["??", "ㅋㅋ", "ㅜ", "ㅠ", "모르겠", "몰겠", "모름", "몰라", "뭔지", "개소리", "인듯", "할듯",
                               "듯하", "듯 하", "것 같", "듯?", "데?", "어케", "나중에 다시", "다시 보", "다시 정리", "넘기겠",
                               "더는 못", "(?)", ":)", ";)", "^^"]

    // MARK: Pieces

    /// Removes every `open…close` span, or replaces it with `keep(inner)`.
    static func removingDelimited(_ text: String, open: String, close: String, keep: ((Substring) -> String)?) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(ofASCII: open) {
            guard let end = rest[start.upperBound...].firstRange(ofASCII: close) else { break }
            result += rest[..<start.lowerBound]
            if let keep { result += keep(rest[start.upperBound..<end.lowerBound]) }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// `[[Page#Section|Alias]]` reads as `Alias`; `[[Page]]` as `Page`.
    private static func wikiLinkText(_ inner: Substring) -> String {
        if let bar = inner.lastIndex(of: "|") { return String(inner[inner.index(after: bar)...]) }
        return String(inner.prefix { $0 != "#" })
    }

    /// `[text](target)` keeps its text; `![alt](image)` goes entirely.
    ///
    /// Every `[` before a `]` finds that same `]`, so when it is no link's end none of them
    /// starts a link, and the search goes on after it (not from the next `[`, which made a
    /// run of `[` quadratic); with no `]` or `)` left, no later `[` can start one either.
    private static func removingMarkdownLinks(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            guard rest[rest.index(after: close)...].first == "(" else {
                result += rest[...close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            guard let end = rest[close...].firstIndex(of: ")") else { break }
            let isImage = open > rest.startIndex && rest[rest.index(before: open)] == "!"
            result += rest[..<(isImage ? rest.index(before: open) : open)]
            if !isImage { result += rest[rest.index(after: open)..<close] }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// `<div markdown="1">`, `</br>`, `<summary>`: tags go, the text between them stays.
    /// Only `<` followed by a letter or `/` starts a tag, so `A <-> B` and `a < b` are kept.
    private static func removingHTMLTags(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let startsTag = after.first.map { ($0.isASCII && $0.isLetter) || $0 == "/" } ?? false
            // The tag ends at the first `>`, with no `<` before it: looking no further than the
            // first of the two keeps a run of `<a` linear.
            guard startsTag, let close = after.firstIndex(where: { $0 == ">" || $0 == "<" }), after[close] == ">" else {
                result += rest[...open]
                rest = after
                continue
            }
            result += rest[..<open] + " "
            rest = after[after.index(after: close)...]
        }
        return result + rest
    }

    /// Bare URLs and `www.` addresses go, and so do the brackets they leave empty.
    static func removingURLs(_ text: String) -> String {
        // With no `://` and no `www.` in any case in the bytes no word goes, and the words
        // joined again are the text.
        guard text.containsBytes("://") || text.containsBytesIgnoringASCIICase("www.") else {
            return emptyBracketsRemoved(text)
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).filter { word in
            !(word.contains("://") || word.lowercased().hasPrefix("www.") || word.lowercased().hasPrefix("(www."))
        }
        return emptyBracketsRemoved(words.joined(separator: " "))
    }

    private static func emptyBracketsRemoved(_ text: String) -> String {
        var result = text
        for empty in ["()", "( )", "[]", "<>"] {
            result = result.replacingIfPresent(empty, with: "")
        }
        return result
    }

    /// `**bold**`, `__bold__`, backslash escapes and runs like `-----` or `\*\*\*` are layout.
    /// A single `*` or `_` stays (`65000 * 5`, `credentials_file`).
    static func removingEmphasis(_ text: String) -> String {
        // Only a backslash or a mark of `*_-=~` changes anything, and a Character equal to one
        // of them is that very scalar: a text without their bytes comes back as it is.
        guard text.utf8.contains(where: { "\\*_-=~".utf8.contains($0) }) else { return text }
        var unescaped = ""
        var previousWasBackslash = false
        for character in text {
            if previousWasBackslash, !(character.isASCII && character.isPunctuation || "*_-=~`|#<>[]{}".contains(character)) {
                unescaped.append("\\")
            }
            previousWasBackslash = character == "\\" && !previousWasBackslash
            if !previousWasBackslash { unescaped.append(character) }
        }
        var result = ""
        var run = ""
        func flush() {
            guard let mark = run.first else { return }
            let dropped = "*_".contains(mark) ? run.count >= 2 : run.count >= 3
            if !dropped { result += run }
            run = ""
        }
        for character in unescaped {
            if "*_-=~".contains(character) {
                if run.first != character { flush() }
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// Leading symbols (`♠`, `🔩`, `•`) and stray emphasis marks at either end are decoration.
    private static func trimmingDecoration(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        func isDecoration(_ s: Unicode.Scalar) -> Bool {
            if s == "*" || s == "_" || s == " " || s == "\u{FE0F}" || s == "\u{200D}" { return true }
            switch s.properties.generalCategory {
            case .otherSymbol, .mathSymbol: return !s.isASCII || s == "~"
            default: return false
            }
        }
        while let first = scalars.first, isDecoration(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == "*" || last == "_" || last == " " { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

