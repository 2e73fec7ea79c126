import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// The fast paths that took extracting 25,000 Hangul list lines (and 38,000 CRLF ones) under
/// 1 s per MiB (issue 14 point 8) give what the rules gave before, written here the plain way,
/// on seeded random lines of Hangul, ASCII and CR LF, with the scalars that could tell a byte
/// search from a Character or canonical one (combining marks, U+1FEF, U+037E, the Kelvin sign,
/// a dotted capital I, conjoining jamo).
@Suite struct ExtractFastPathTests {
    static let pieces = ["가나다", "설명입니다", "항목", "ㅋ", " ", "  ", "\t", "\r\n", "\r", ":", ": ", "a", "A", "r", "R", "n", "N",
                         "arn:", "ARN:", "aRn:", "w", "W", "www.", "WWW.", "(www.", ":/", "://", "/", "_", ".", "-", "--", "--x",
                         "*", "**", "\\", "\\*", "~", "=", "`", "\u{1FEF}", "[[", "]]", "![", "[", "]", "<!--", "<a>", "<", ">",
                         "(", ")", "( )", "()", "[]", "<>", "\u{301}", "\u{37E}", "\u{212A}", "\u{130}", "\u{1112}\u{1161}", "1", "2023"]

    static func lines(seed: UInt64, count: Int = 3_000) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test func junkMarksAsFoundationFindsThem() {
        func plain(_ text: String) -> Bool {
            let lowered = text.lowercased()
            for mark in ["://", "www.", "![", "[[", "]]", "`", "<!--", "arn:"] where lowered.contains(mark) { return true }
            var rest = Substring(lowered)
            while let open = rest.firstIndex(of: "<") {
                let after = rest[rest.index(after: open)...]
                if let first = after.first, (first.isASCII && first.isLetter) || first == "/", after.contains(">") { return true }
                rest = after
            }
            return false
        }
        for line in Self.lines(seed: 141) {
            #expect(CardFilter.containsJunk(line) == plain(line), "\(line.debugDescription)")
        }
    }

    @Test func oneWordAnswersAsBefore() {
        for line in Self.lines(seed: 142) {
            let fast = line.isPlainText ? !line.containsBytes(" ") : !line.contains(" ")
            #expect(fast == !line.contains(" "), "\(line.debugDescription)")
            for needle in ["://", "www.", "`", "arn:", "ㅋㅋ", "다시", ": "] {
                #expect(line.contains(needle, plain: line.isPlainText) == line.contains(needle), "\(line.debugDescription) \(needle)")
            }
        }
    }

    @Test func arnsAndCodeWordsAsBefore() {
        func plainARN(_ line: Substring) -> Bool {
            line.split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "(" }).contains { $0.lowercased().hasPrefix("arn:") }
        }
        func plainCodeWord(_ line: Substring) -> Bool {
            line.split(whereSeparator: \.isWhitespace).contains { word in
                (word.contains("_") && word.contains(".") && !word.contains("://")) || word.hasPrefix("--") && word.count > 2
                    && word.dropFirst(2).allSatisfy { $0.isLetter || $0 == "-" }
            }
        }
        for line in Self.lines(seed: 143).map({ Substring($0) }) {
            #expect(NoteInline.containsARN(line) == plainARN(line), "\(line.debugDescription)")
            #expect(NoteInline.containsCodeWord(line) == plainCodeWord(line), "\(line.debugDescription)")
        }
    }

    @Test func urlsAndEmphasisRemovedAsBefore() {
        func plainURLs(_ text: String) -> String {
            let words = text.split(separator: " ", omittingEmptySubsequences: false).filter { word in
                !(word.contains("://") || word.lowercased().hasPrefix("www.") || word.lowercased().hasPrefix("(www."))
            }
            var result = words.joined(separator: " ")
            for empty in ["()", "( )", "[]", "<>"] { result = result.replacing(empty, with: "") }
            return result
        }
        func plainEmphasis(_ text: String) -> String {
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
                if !("*_".contains(mark) ? run.count >= 2 : run.count >= 3) { result += run }
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
        for line in Self.lines(seed: 144) {
            #expect(NoteInline.removingURLs(line) == plainURLs(line), "\(line.debugDescription)")
            #expect(NoteInline.removingEmphasis(line) == plainEmphasis(line), "\(line.debugDescription)")
        }
    }
}
