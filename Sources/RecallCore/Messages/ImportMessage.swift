/// What `recall import` says about the rows of an Anki text export or a csv file, each printed
/// at its `file:line`; a row the deck parser rejects says the parser's `DeckMessage`.
public enum ImportMessage: Message {
    /// A row that was not imported, and why (an error at the row's line).
    case rowSkipped(because: any Message)
    /// An Anki notetype recall does not know (a warning, once per notetype).
    case unknownNotetype(name: String)
    /// A field whose HTML nests deeper than recall reads.
    case htmlTooDeep(field: Int, depth: Int)
    /// An Anki Image Occlusion note.
    case imageOcclusion
    /// A front of several lines joined into the one-line question (a warning).
    case frontLinesJoined(count: Int)
    /// A csv question of several lines joined into one (a warning).
    case questionLinesJoined(count: Int)
    /// An Anki cloze such as `{{c1,2::`.
    case clozeForSeveralCards(digits: String)
    /// An Anki cloze with no `}}`.
    case clozeNotClosed(number: Int)
    /// An Anki cloze inside another.
    case nestedClozes
    /// A csv whose first row names no `question` column.
    case noQuestionColumn(found: [String])
    /// A csv `type` the importer does not know.
    case unknownType(name: String, known: [String])
    /// A csv field with text after its closing quote.
    case textAfterClosingQuote
    /// A csv quoted field that never ends.
    case quoteNeverClosed
    /// A row with an empty question.
    case emptyQuestion
    /// A type-in row with an empty answer.
    case emptyTypeInAnswer
    /// A cloze row whose clozes are all in code.
    case noClozeOutsideCode
    /// A row whose deck text does not parse back as one card.
    case notOneCard
    /// A row whose deck text parses back as another kind of card.
    case readsAsOtherKind(read: NoteKind, expected: NoteKind)
    /// A row whose id an earlier row has.
    case duplicateID(id: String, firstLine: Int)


    public var korean: String {
        switch self {
        case .rowSkipped(let reason):
            return "행을 건너뛰었습니다: \(reason.korean)"
        case .unknownNotetype(let name):
            return "\(KoreanParticle.attach(.topic, to: "노트 유형 '\(name)'")) Anki 기본 노트 유형이 아닙니다. 첫 필드를 질문으로, 나머지 필드를 정답으로 읽습니다"
        case .htmlTooDeep(let field, let depth):
            return "필드 \(field)의 HTML 요소가 \(depth)단계보다 깊게 중첩되어 있어 읽을 수 없습니다. Anki에서 필드를 단순하게 고친 뒤 다시 내보내세요"
        case .imageOcclusion:
            return "Image Occlusion 노트에는 학습할 텍스트가 없습니다"
        case .frontLinesJoined(let count):
            return "앞면이 \(count)줄입니다. 한 줄 질문으로 합칩니다"
        case .questionLinesJoined(let count):
            return "질문이 \(count)줄입니다. 한 줄로 합칩니다"
        case .clozeForSeveralCards(let digits):
            return "여러 카드를 한 번에 만드는 빈칸('{{c\(digits),...')은 지원하지 않습니다. 빈칸마다 번호를 따로 주세요"
        case .clozeNotClosed(let number):
            return "빈칸 \(KoreanParticle.attach(.subject, to: "c\(number)")) '}}'로 닫히지 않았습니다"
        case .nestedClozes:
            return "빈칸 안의 빈칸은 지원하지 않습니다. 안쪽 빈칸을 빼세요"
        case .noQuestionColumn(let found):
            return "첫 행에 열 이름이 있어야 하고, 적어도 'question' 열이 필요합니다(찾은 열: \(found.joined(separator: ", ")))"
        case .unknownType(let name, let known):
            return "알 수 없는 카드 종류 '\(name)'입니다. 다음 중 하나를 쓰세요: \(known.joined(separator: ", "))"
        case .textAfterClosingQuote:
            return "필드의 닫는 따옴표 뒤에 텍스트가 있습니다. 따옴표로 묶은 필드 안의 따옴표는 두 번 씁니다(\"\")"
        case .quoteNeverClosed:
            return "이 행에서 따옴표로 묶은 필드가 닫히지 않았습니다. 따옴표(\")로 끝내세요"
        case .emptyQuestion:
            return "질문이 비어 있습니다"
        case .emptyTypeInAnswer:
            return "입력형 카드의 정답이 비어 있습니다"
        case .noClozeOutsideCode:
            return "빈칸 노트에 코드 밖의 빈칸이 없습니다(recall은 코드 안의 빈칸을 읽지 않습니다)"
        case .notOneCard:
            return "덱 텍스트로 다시 읽으면 카드 하나가 되지 않습니다"
        case .readsAsOtherKind(let read, let expected):
            return "다시 읽으면 \(DeckMessage.kindName(expected, .ko)) 노트가 아니라 \(DeckMessage.kindName(read, .ko)) 노트가 됩니다"
        case .duplicateID(let id, let firstLine):
            return "\(KoreanParticle.attach(.subject, to: "id '\(id)'")) 중복됩니다. \(firstLine)행에서 처음 썼습니다"
        }
    }

    public var english: String {
        switch self {
        case .rowSkipped(let reason):
            return "row skipped: \(reason.english)"
        case .unknownNotetype(let name):
            return "notetype '\(name)' is not one of Anki's stock notetypes; its first field is read as the question and the others as the answer"
        case .htmlTooDeep(let field, let depth):
            return "field \(field) nests HTML elements more than \(depth) deep, which recall does not read; simplify the field in Anki and export again"
        case .imageOcclusion:
            return "an Image Occlusion note has no text to study"
        case .frontLinesJoined(let count):
            return "the front has \(count) lines; they are joined into the question's one line"
        case .questionLinesJoined(let count):
            return "the question has \(count) lines; they are joined into one"
        case .clozeForSeveralCards(let digits):
            return "a cloze for several cards at once ('{{c\(digits),…') is not supported; give each its own number"
        case .clozeNotClosed(let number):
            return "cloze c\(number) is never closed with '}}'"
        case .nestedClozes:
            return "clozes inside clozes are not supported; take the inner one out"
        case .noQuestionColumn(let found):
            return "the first row must name the columns, with at least 'question' (found: \(found.joined(separator: ", ")))"
        case .unknownType(let name, let known):
            return "unknown type '\(name)'; use one of \(known.joined(separator: ", "))"
        case .textAfterClosingQuote:
            return "text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")"
        case .quoteNeverClosed:
            return "a quoted field in this row is never closed; end it with a quote (\")"
        case .emptyQuestion:
            return "the question is empty"
        case .emptyTypeInAnswer:
            return "the type-in answer is empty"
        case .noClozeOutsideCode:
            return "the cloze note has no cloze outside code (recall does not read clozes in code)"
        case .notOneCard:
            return "its text does not read back as one card"
        case .readsAsOtherKind(let read, let expected):
            return "it reads back as a \(read.rawValue) note, not a \(expected.rawValue) note"
        case .duplicateID(let id, let firstLine):
            return "duplicate id '\(id)', first used on line \(firstLine)"
        }
    }

    public static var examples: [ImportMessage] {
        [.rowSkipped(because: ImportMessage.emptyQuestion), .unknownNotetype(name: "Vocab"), .htmlTooDeep(field: 2, depth: 100),
         .imageOcclusion, .frontLinesJoined(count: 2), .questionLinesJoined(count: 3), .clozeForSeveralCards(digits: "1"),
         .clozeNotClosed(number: 1), .nestedClozes, .noQuestionColumn(found: ["front", "back"]),
         .unknownType(name: "flashcard", known: NoteKind.allCases.map(\.rawValue)), .textAfterClosingQuote, .quoteNeverClosed,
         .emptyQuestion, .emptyTypeInAnswer, .noClozeOutsideCode, .notOneCard, .readsAsOtherKind(read: .basic, expected: .cloze),
         .duplicateID(id: "vpc-1", firstLine: 4)]
    }
}
