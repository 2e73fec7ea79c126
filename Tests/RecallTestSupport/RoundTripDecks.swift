import Foundation
import Testing
import RecallCore

/// Decks for export and import round trips.
public enum RoundTripDecks {
    /// Every kind of note, with the text that breaks formats: Korean, tabs, quotes, line breaks,
    /// `|`, code with cloze braces, a cloze hint after a `::` answer, an ARN cloze, bold that
    /// Korean particles follow, a table with an escaped pipe, a heading that ends in `#`.
    public static let tricky = """
        ---
        deck: 테스트::왕복
        tags: [round-trip]
        source: deck-source.txt
        ---
        # 왕복

        ## 탭과 "따옴표", 파이프 | 가 있는 질문
        <!-- id: rt-basic -->
        첫 줄에 탭\t이 있고 "큰따옴표"와 'small quotes', 파이프 | 기호.
        둘째 줄: **굵게**는 조사와 붙습니다: **수임(assume)**해서. 별표 5 * 3, 밑줄 snake_case.

        - 목록 항목 `코드 | 파이프`
        - 중첩
          - 아래 항목
        1. 번호 1
        2. 번호 2

        | 이름 | 값 |
        | --- | :---: |
        | a \\| b | `x\\|y` |

        ```sh
        echo "{{c1::not a cloze}}"\ttab
        ```
        > 인용문 <b>태그</b>
        explanation:: 설명 첫 줄 with `code`
        explanation::
        explanation:: 세 번째 줄 "quoted" | pipe
        tags:: 태그, tag-two, deep::child
        source:: notes.md:12

        ## 가용 영역 (Availability Zone)
        type:: reversible
        <!-- id: rt-reversible -->
        리전 안에서 전력과 네트워크가 분리된 데이터 센터 묶음입니다. 두 칸  공백.
        explanation:: 거꾸로도 물어봅니다.

        ## S3 암호화 방식
        <!-- id: rt-cloze -->
        SSE-S3는 {{c1::AES-256}} 으로 암호화하고, 키는 {{c2::S3가 관리::누가?}}합니다.
        역할 ARN은 {{c3::arn:aws:iam::123456789012:role/x}}, 경로는 {{c1::a::b::힌트}} 입니다.
        `{{c9::코드 안}}`은 클로즈가 아닙니다.
        explanation:: Back Extra에 들어갑니다.

        ## {{c1::서울}} 리전 코드는 ap-northeast-2 입니다
        <!-- id: rt-cloze-heading -->

        ## 프라이빗 서브넷의 EC2가 인터넷에 나가려면? (2개 선택)
        <!-- id: rt-choice -->
        퍼블릭 IP는 없습니다 | 조건.

        - [ ] 인터넷 게이트웨이만
        - [x] NAT 게이트웨이 `0.0.0.0/0` 경로
        - [x] "프록시" 서버 | 포워드
        - [ ] VPC 피어링
        explanation:: NAT 게이트웨이는 퍼블릭 서브넷에 둡니다.

        ## 서울 리전의 리전 코드는?
        <!-- id: rt-typein -->
        answer:: ap-northeast-2
        accept:: apne2 | 서울
        본문은 답과 함께 "보입니다".

        ## 언어 C#
        정적 타입 언어입니다.

        """

    public static func parse(_ text: String, file: String = "tricky.md") throws -> Deck {
        let result = DeckParser.parse(text: text, file: file, defaultDeckName: "tricky")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try #require(result.deck)
    }

    public static var trickyDeck: Deck {
        get throws { try parse(tricky) }
    }

    /// The decks in the repository's `Decks/`, each named from its path as `recall` names it
    /// (`AWS/vpc.md` is `AWS::vpc`). Read with Foundation and parsed by the core alone, so that
    /// the core's tests need no store: the folder holds only deck files.
    public static var bundled: [Deck] {
        get throws {
            let folder = PackageFolder.decks
            let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
            let files = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
            #expect(files.count > 1, "the bundled decks are in \(folder.path)")
            return try files.compactMap { relative in
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                let result = DeckParser.parse(text: text, file: "Decks/" + relative, defaultDeckName: DeckName.fromRelativePath(relative))
                #expect(!result.diagnostics.hasErrors, "\(relative): \(result.diagnostics)")
                return result.deck
            }
        }
    }
}

/// What a note says, without where it was written: equal for a note and its round trip.
public struct NoteContent: Hashable, CustomStringConvertible {
    public var id: String
    public var deck: String
    public var kind: NoteKind
    public var prompt: String
    public var body: String
    public var options: [String]
    public var answer: String?
    public var alternatives: [String]
    public var explanation: String?
    public var tags: [String]
    public var source: String?

    public init(_ note: Note, sortTags: Bool = false) {
        id = note.id
        deck = note.deck
        kind = note.kind
        prompt = note.prompt
        body = note.body
        options = note.options.map { "[\($0.isCorrect ? "x" : " ")] \($0.text)" }
        answer = note.expectedAnswer
        alternatives = note.alternatives
        explanation = note.explanation
        tags = sortTags ? note.tags.sorted() : note.tags
        source = note.source
    }

    public var description: String {
        "\(id) [\(kind.rawValue)] \(deck) | \(prompt) | \(body.debugDescription) | \(options) | \(answer ?? "-") \(alternatives) | \(explanation?.debugDescription ?? "-") | \(tags) | \(source ?? "-")"
    }
}

/// Imports `text` with `format` and returns the notes, expecting no row to be skipped.
public func importNotes(_ text: String, format: ImportFormat, file: String = "in.txt", defaultDeck: String = "Imported") -> ImportResult {
    let result = DeckImport.read(bytes: Array(text.utf8), file: file, format: format, defaultDeck: defaultDeck)
    #expect(result.skipped.isEmpty, "\(result.skipped)")
    return result
}
