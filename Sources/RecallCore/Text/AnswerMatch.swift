import Foundation

/// Grading typed answers: what counts as the same answer, and where a wrong one differs.
///
/// A type-in answer is right when it equals the expected answer or an accepted alternative after
/// `normalize`: Unicode NFC (a Korean answer typed as decomposed jamo, as macOS file names and
/// some input methods give, is the same answer as the precomposed syllables), lower case, and
/// white space folded, because neither case nor spacing is what a flashcard tests. Korean spacing
/// is forgiven too (`ignoringSpacing`), and the verdict says so. The quiz and the review screen
/// grade with the same rules, so a card never passes in one and fails in the other.
public enum AnswerMatch {
    /// One run of a character diff between a typed answer and the expected one.
    public enum DiffPiece: Hashable, Sendable {
        /// In both texts.
        case same(String)
        /// In the expected answer only: the learner left it out.
        case missing(String)
        /// In the typed answer only: the learner added it.
        case extra(String)
    }

    /// NFC, lower case, every run of white space as one space, none at either end.
    public static func normalize(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for character in folded {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    /// How a typed answer compares with the expected one.
    public enum Verdict: Hashable, Sendable {
        /// The same after `normalize`.
        case exact
        /// The same once ignorable spaces are left out (`ignoringSpacing`): right, and the screen
        /// says that only the spacing differed.
        case spacingOnly
        case wrong
    }

    /// `normalize`, then every space left out except one between two Latin letters or digits.
    ///
    /// Korean spacing (띄어쓰기) is hard even for native writers and is not what a card tests, so
    /// `가용영역` is `가용 영역` and `5 개` is `5개`; so is any space next to Hangul, other
    /// scripts or punctuation (`S3 버킷` is `S3버킷`). Between Latin letters and digits a space
    /// separates words, so `Direct Connect` is not `DirectConnect`, and `10 GB` is not `10GB`.
    public static func ignoringSpacing(_ text: String) -> String {
        let characters = Array(normalize(text))
        var result = ""
        result.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            if character == " ", index > 0, index + 1 < characters.count,
               !(isLatinLetterOrDigit(characters[index - 1]) && isLatinLetterOrDigit(characters[index + 1])) {
                continue
            }
            result.append(character)
        }
        return result
    }

    /// ASCII letters and digits, and the Latin letters with diacritics (Latin-1 Supplement,
    /// Latin Extended-A and -B, Latin Extended Additional): the characters that words are
    /// written in where a space separates words.
    static func isLatinLetterOrDigit(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        let latin = (0x00C0...0x024F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value)
        return latin && scalar.properties.isAlphabetic
    }

    /// `.exact` when `typed` is the expected answer or an alternative after `normalize`,
    /// `.spacingOnly` when it is after `ignoringSpacing`, else `.wrong`. An empty (or all-space)
    /// answer is always wrong, even for an empty expectation.
    public static func verdict(_ typed: String, expected: String, alternatives: [String]) -> Verdict {
        let answer = normalize(typed)
        guard !answer.isEmpty else { return .wrong }
        let accepted = [expected] + alternatives
        if accepted.contains(where: { normalize($0) == answer }) { return .exact }
        let loose = ignoringSpacing(answer)
        return accepted.contains { ignoringSpacing($0) == loose } ? .spacingOnly : .wrong
    }

    /// True when `typed` counts as the expected answer or one of the alternatives: `verdict` is
    /// `.exact` or `.spacingOnly`.
    public static func matches(_ typed: String, expected: String, alternatives: [String]) -> Bool {
        verdict(typed, expected: expected, alternatives: alternatives) != .wrong
    }

    /// Above this many cells (typed × expected characters) the middle of the texts is shown as
    /// one replacement instead of a longest-common-subsequence diff, so that a pasted essay
    /// cannot stall the screen. Real answers are a few dozen characters.
    static let maximumDiffCells = 250_000

    /// A character diff (longest common subsequence) of the NFC forms of both texts.
    ///
    /// The pieces in order rebuild both texts: `.same` and `.extra` give the typed text, `.same`
    /// and `.missing` the expected one. Where the texts differ at the same place, the typed
    /// characters (`.extra`) come before the expected ones (`.missing`). Characters compare
    /// exactly, case included, so the screen shows the learner precisely what they typed.
    public static func diff(typed: String, expected: String) -> [DiffPiece] {
        let a = Array(typed.precomposedStringWithCanonicalMapping)
        let b = Array(expected.precomposedStringWithCanonicalMapping)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])

        var builder = DiffBuilder()
        builder.add(.same, a[0..<prefix])
        if middleA.count * middleB.count > maximumDiffCells {
            builder.add(.extra, middleA[...])
            builder.add(.missing, middleB[...])
        } else {
            longestCommonSubsequence(middleA, middleB, into: &builder)
        }
        builder.add(.same, a[(a.count - suffix)...])
        return builder.finished
    }

    /// The classic dynamic programme: `lengths[i][j]` is the LCS length of `a[i...]` and `b[j...]`,
    /// then one walk from the start emits the pieces in order.
    private static func longestCommonSubsequence(_ a: [Character], _ b: [Character], into builder: inout DiffBuilder) {
        let columns = b.count + 1
        var lengths = [Int](repeating: 0, count: (a.count + 1) * columns)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = a[i] == b[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                builder.add(.same, a[i])
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1]) {
                builder.add(.extra, a[i])
                i += 1
            } else {
                builder.add(.missing, b[j])
                j += 1
            }
        }
    }

    /// Collects characters into pieces, merging runs of one kind, and keeping an `.extra` run
    /// before the `.missing` run it replaces.
    private struct DiffBuilder {
        enum Kind { case same, missing, extra }
        private var pieces: [DiffPiece] = []
        private var kind: Kind = .same
        private var run = ""
        /// A `.missing` run waiting in case `.extra` characters follow it at the same place.
        private var heldMissing = ""

        mutating func add(_ kind: Kind, _ characters: ArraySlice<Character>) {
            for character in characters { add(kind, character) }
        }

        mutating func add(_ newKind: Kind, _ character: Character) {
            if newKind == .missing {
                heldMissing.append(character)
                return
            }
            if newKind == .same { flushMissing() }
            if newKind != kind { flushRun() }
            kind = newKind
            run.append(character)
        }

        private mutating func flushRun() {
            guard !run.isEmpty else { return }
            pieces.append(kind == .same ? .same(run) : .extra(run))
            run = ""
        }

        private mutating func flushMissing() {
            guard !heldMissing.isEmpty else { return }
            flushRun()
            pieces.append(.missing(heldMissing))
            heldMissing = ""
        }

        var finished: [DiffPiece] {
            var copy = self
            copy.flushMissing()
            copy.flushRun()
            return copy.pieces
        }
    }
}
