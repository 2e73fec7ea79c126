import Foundation
import Testing
@testable import RecallCore

@Suite struct AnswerMatchTests {
    /// `가용 영역` with every syllable decomposed into conjoining jamo (NFD), as some input methods
    /// and macOS file names give it.
    static let decomposed = "가용 영역".decomposedStringWithCanonicalMapping

    @Test func normalizeGivesNFCBytes() {
        #expect(Self.decomposed.unicodeScalars.count > "가용 영역".unicodeScalars.count, "the input really is NFD")
        let normalized = AnswerMatch.normalize(Self.decomposed)
        #expect(Array(normalized.unicodeScalars) == Array("가용 영역".unicodeScalars))
    }

    @Test func normalizeFoldsCaseAndSpaces() {
        #expect(AnswerMatch.normalize("  AP-Northeast-2 ") == "ap-northeast-2")
        #expect(AnswerMatch.normalize("Amazon\t S3 \n Glacier") == "amazon s3 glacier")
        #expect(AnswerMatch.normalize("   ") == "")
    }

    @Test(arguments: [
        ("ap-northeast-2", true), ("AP-NORTHEAST-2", true), ("  ap-northeast-2  ", true), ("apne2", true),
        ("APNE2", true), ("ap northeast 2", false), ("ap-northeast-1", false), ("", false), ("   ", false),
    ])
    func matchesRegionCode(_ typed: String, expected: Bool) {
        #expect(AnswerMatch.matches(typed, expected: "ap-northeast-2", alternatives: ["apne2"]) == expected)
    }

    @Test func koreanMatchesAcrossNormalizationAndSpacing() {
        #expect(AnswerMatch.matches(Self.decomposed, expected: "가용 영역", alternatives: []))
        #expect(AnswerMatch.matches("가용   영역", expected: "가용 영역".decomposedStringWithCanonicalMapping, alternatives: []))
        #expect(AnswerMatch.matches("AZ", expected: "가용 영역", alternatives: ["az", "Availability Zone"]))
        #expect(AnswerMatch.matches("availability  zone", expected: "가용 영역", alternatives: ["az", "Availability Zone"]))
        #expect(AnswerMatch.matches("가용영역", expected: "가용 영역", alternatives: []), "Korean spacing is forgiven (AnswerSpacingTests)")
        #expect(!AnswerMatch.matches("", expected: "", alternatives: []), "an empty answer never counts")
    }

    @Test func diffOfEqualTextsIsOneSamePiece() {
        #expect(AnswerMatch.diff(typed: "251", expected: "251") == [.same("251")])
        #expect(AnswerMatch.diff(typed: "", expected: "") == [])
        #expect(AnswerMatch.diff(typed: Self.decomposed, expected: "가용 영역") == [.same("가용 영역")])
    }

    @Test func diffShowsMissingAndExtraCharacters() {
        #expect(AnswerMatch.diff(typed: "ap-northest-2", expected: "ap-northeast-2")
                == [.same("ap-northe"), .missing("a"), .same("st-2")])
        #expect(AnswerMatch.diff(typed: "ap-northeast-22", expected: "ap-northeast-2")
                == [.same("ap-northeast-2"), .extra("2")])
        #expect(AnswerMatch.diff(typed: "ap-northeast-1", expected: "ap-northeast-2")
                == [.same("ap-northeast-"), .extra("1"), .missing("2")])
        #expect(AnswerMatch.diff(typed: "", expected: "S3") == [.missing("S3")])
        #expect(AnswerMatch.diff(typed: "S3", expected: "") == [.extra("S3")])
    }

    @Test func diffOnKoreanWorksOnWholeSyllables() {
        #expect(AnswerMatch.diff(typed: "가용영역", expected: "가용 영역") == [.same("가용"), .missing(" "), .same("영역")])
        #expect(AnswerMatch.diff(typed: "가용 엉역", expected: "가용 영역") == [.same("가용 "), .extra("엉"), .missing("영"), .same("역")])
        let pieces = AnswerMatch.diff(typed: "보안그룹", expected: "보안 그룹은 상태 저장")
        #expect(pieces == [.same("보안"), .missing(" "), .same("그룹"), .missing("은 상태 저장")])
    }

    @Test(arguments: [
        ("kitten", "sitting"), ("Amazon S3 Glacier", "S3 Glacier Deep Archive"), ("", "abc"), ("가나다라", "다라마바"),
        ("NAT gateway", "nat 게이트웨이"), ("aaaa", "aa"),
    ])
    func diffPiecesRebuildBothTexts(_ typed: String, _ expected: String) {
        let pieces = AnswerMatch.diff(typed: typed, expected: expected)
        var rebuiltTyped = "", rebuiltExpected = ""
        for piece in pieces {
            switch piece {
            case .same(let text): rebuiltTyped += text; rebuiltExpected += text
            case .extra(let text): rebuiltTyped += text
            case .missing(let text): rebuiltExpected += text
            }
        }
        #expect(rebuiltTyped == typed)
        #expect(rebuiltExpected == expected)
        let common = pieces.reduce(0) { if case .same(let text) = $1 { return $0 + text.count } else { return $0 } }
        #expect(common == Self.lcsLength(Array(typed), Array(expected)), "the common part is a longest one")
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            #expect(Self.kind(a) != Self.kind(b), "runs of one kind are merged")
        }
    }

    @Test func hugeAnswersFallBackToOneReplacement() {
        let typed = String(repeating: "가", count: 1_000) + "x"
        let expected = "x" + String(repeating: "나", count: 1_000)
        let pieces = AnswerMatch.diff(typed: typed, expected: expected)
        #expect(pieces == [.extra(typed), .missing(expected)])
    }

    static func kind(_ piece: AnswerMatch.DiffPiece) -> String {
        switch piece {
        case .same: return "same"
        case .missing: return "missing"
        case .extra: return "extra"
        }
    }

    static func lcsLength(_ a: [Character], _ b: [Character]) -> Int {
        guard !b.isEmpty else { return 0 }
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...b.count {
                let above = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = above
            }
        }
        return row[b.count]
    }
}
