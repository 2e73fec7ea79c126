/// What the deck checks say about a deck file (`recall check`, loading decks anywhere): the
/// parser's, the front matter's, the encoding's and the library's duplicate ids, each with its
/// hint. The place (file:line:col) and the severity are the `Diagnostic`'s.
public enum DeckMessage: Message, Equatable {
    /// A deck file with nothing in it (a warning at 1:1).
    case deckFileEmpty
    /// A deck file with text but no `## ` card heading (a warning at 1:1).
    case deckHasNoCards
    /// A `---` front matter with no closing line.
    case frontMatterNotClosed
    /// A ``` or ~~~ fence left open to the end of the file; `fence` is the closing fence to add.
    case codeFenceNotClosed(fence: String)
    /// `## ` with no question after it.
    case emptyHeading
    /// A card with two `<!-- id: -->` comments.
    case secondIDComment
    /// An `<!-- id: -->` whose id has characters ids may not have.
    case invalidID(id: String)
    /// `type::` with a value that names no card kind; `known` lists the ones there are.
    case unknownCardType(value: String, known: [String])
    /// A card with two `answer::` lines.
    case secondAnswerLine
    /// `answer::` with nothing after it.
    case emptyAnswerField
    /// A card with two `shuffle::` lines.
    case secondShuffleLine
    /// `shuffle::` with a value other than yes or no.
    case badShuffleValue(value: String)
    /// A `key::` line whose key is no field (a warning; the line stays text).
    case unknownField(key: String, known: [String])
    /// `- [ ]` with no text after the box.
    case emptyOption
    /// A card written with the syntax of several kinds (options, `answer::`, clozes).
    case mixedKinds([NoteKind])
    /// `type::` naming a kind the card's content is not.
    case typeMismatch(declared: NoteKind, inferred: NoteKind)
    /// A basic or reversible card with nothing under its heading.
    case noAnswer
    /// A multiple-choice card with one option.
    case tooFewOptions
    /// A multiple-choice card with no `- [x]`.
    case noCorrectOption
    /// `accept::` on a card that is not type-in.
    case acceptWithoutAnswer
    /// `shuffle::` on a card that is not multiple choice.
    case shuffleWithoutOptions
    /// `{{cN::` with no `}}` on its line.
    case clozeNotClosed(digits: String)
    /// `{{c0::` or a number over 999.
    case clozeOutOfRange(digits: String)
    /// `{{cN::}}` with nothing to hide.
    case clozeEmpty(number: Int)
    /// A front matter line without a colon.
    case frontMatterNotKeyValue
    /// `scheduler:` with a value other than fsrs or sm2.
    case unknownScheduler(value: String)
    /// A front matter key recall does not know (a warning; the line is ignored).
    case unknownFrontMatterKey(key: String, known: [String])
    /// `deck:` (or `--deck`) with an empty name.
    case emptyDeckName
    /// A deck name with a line break in it.
    case deckNameHasLineBreak
    /// A deck name with an empty part between `::`.
    case deckNameHasEmptyPart(name: String)
    /// A line whose bytes are not UTF-8 (at the first bad byte).
    case notUTF8
    /// How many more lines are not UTF-8, past the ones reported one by one.
    case moreLinesNotUTF8(count: Int)
    /// The hint after the not-UTF-8 errors when the bytes read as CP949; `command` converts it.
    case looksLikeCP949(command: String)
    /// A card id used twice across the decks; `derived` when the id was made from the deck and prompt.
    case duplicateID(id: String, firstUsedAt: SourceLocation, derived: Bool)
    /// A deck file too big to read.
    case fileTooLarge(mebibytes: Int, limit: Int)
    /// A deck file that could not be read; `reason` is the system's.
    case cannotRead(reason: String)


    public var korean: String {
        switch self {
        case .deckFileEmpty:
            return "덱 파일이 비어 있습니다. 카드는 '## ' 제목으로 시작합니다"
        case .deckHasNoCards:
            return "덱에 카드가 없습니다. 카드는 '## ' 제목으로 시작합니다"
        case .frontMatterNotClosed:
            return "프런트 매터가 닫히지 않았습니다. 마지막 키 다음 줄에 '---'를 넣으세요"
        case .codeFenceNotClosed(let fence):
            return "코드 블록이 닫히지 않았습니다. 닫는 \(KoreanParticle.attach(.object, to: fence)) 넣으세요"
        case .emptyHeading:
            return "카드 제목이 비어 있습니다. '## ' 다음에 질문을 쓰세요"
        case .secondIDComment:
            return "카드에 id 주석이 두 개 있습니다. 하나만 남기세요"
        case .invalidID(let id):
            return "잘못된 카드 id '\(id)'입니다. 영문자, 숫자, '.', '_', '-'만 쓰세요(최대 100자)"
        case .unknownCardType(let value, let known):
            return "알 수 없는 카드 종류 '\(value)'입니다. 다음 중 하나를 쓰세요: \(known.joined(separator: ", "))"
        case .secondAnswerLine:
            return "카드에 'answer::' 줄이 두 개 있습니다. 다른 정답은 'accept::'에 쓰세요"
        case .emptyAnswerField:
            return "'answer::'가 비어 있습니다. 그 뒤에 정답을 쓰세요"
        case .secondShuffleLine:
            return "카드에 'shuffle::' 줄이 두 개 있습니다. 하나만 남기세요"
        case .badShuffleValue(let value):
            return "'shuffle::'에는 'yes' 또는 'no'를 씁니다. 받은 값: '\(value)'. 'no'는 보기를 쓴 순서대로 둡니다"
        case .unknownField(let key, let known):
            return "알 수 없는 필드 '\(key)::': 본문으로 둡니다(알려진 필드: \(known.joined(separator: ", ")). id는 '<!-- id: x -->'로 씁니다)"
        case .emptyOption:
            return "보기가 비어 있습니다. 상자 뒤에 보기 내용을 쓰세요"
        case .mixedKinds(let kinds):
            let names = kinds.map { DeckMessage.kindName($0, .ko) }
            let listed = names.count == 2 ? KoreanParticle.attach(.with, to: names[0]) + " " + names[1] : names.joined(separator: ", ")
            return "카드에 \(listed) 문법이 섞여 있습니다. 카드를 나누세요"
        case .typeMismatch(let declared, let inferred):
            let needs: String
            switch declared {
            case .basic, .reversible: needs = "보기, answer::, 빈칸이 없어야 하는데"
            case .choice: needs = "'- [x]' / '- [ ]' 형식의 보기가 있어야 하는데"
            case .typein: needs = "'answer::' 줄이 있어야 하는데"
            case .cloze: needs = "'{{c1::text}}' 같은 빈칸이 있어야 하는데"
            }
            return "type:: \(declared.rawValue) 카드에는 \(needs), 이 카드는 \(DeckMessage.kindName(inferred, .ko)) 카드입니다"
        case .noAnswer:
            return "카드에 정답이 없습니다. 제목 아래에 정답을 쓰세요"
        case .tooFewOptions:
            return "객관식 카드에는 보기가 두 개 이상 있어야 합니다"
        case .noCorrectOption:
            return "객관식 카드에 정답 보기가 없습니다. 하나를 '- [x]'로 표시하세요"
        case .acceptWithoutAnswer:
            return "'accept::'를 쓰려면 같은 카드에 'answer::' 줄이 있어야 합니다"
        case .shuffleWithoutOptions:
            return "'shuffle::'는 객관식 카드에만 씁니다. 이 카드에는 '- [x]' 보기가 없습니다"
        case .clozeNotClosed(let digits):
            return "\(KoreanParticle.attach(.direction, to: "'{{c\(digits)::'")) 연 빈칸이 닫히지 않았습니다. 같은 줄에서 '}}'로 닫으세요"
        case .clozeOutOfRange(let digits):
            return "빈칸 번호 \(KoreanParticle.attach(.topic, to: "c\(digits)")) 범위를 벗어났습니다. c1부터 c999까지 쓰세요"
        case .clozeEmpty(let number):
            return "빈칸 \(KoreanParticle.attach(.subject, to: "c\(number)")) 비어 있습니다. '::' 뒤에 가릴 내용을 쓰세요"
        case .frontMatterNotKeyValue:
            return "프런트 매터 줄이 'key: value' 형식이 아닙니다"
        case .unknownScheduler(let value):
            return "알 수 없는 스케줄러 '\(value)'입니다. 'fsrs' 또는 'sm2'를 쓰세요"
        case .unknownFrontMatterKey(let key, let known):
            return "알 수 없는 프런트 매터 키 '\(key)': 무시합니다(알려진 키: \(known.joined(separator: ", ")))"
        case .emptyDeckName:
            return "덱 이름이 비어 있습니다"
        case .deckNameHasLineBreak:
            return "덱 이름에 줄바꿈이 있습니다. 한 줄로 쓰세요"
        case .deckNameHasEmptyPart(let name):
            return "덱 이름 '\(name)'에 빈 부분이 있습니다. 'AWS::VPC'처럼 쓰세요"
        case .notUTF8:
            return "파일이 UTF-8 텍스트가 아닙니다(이 위치의 바이트가 잘못되었습니다). UTF-8로 저장하세요"
        case .moreLinesNotUTF8(let count):
            return "UTF-8 텍스트가 아닌 줄이 \(count)개 더 있습니다"
        case .looksLikeCP949(let command):
            return "한국어 Windows가 저장하는 CP949(EUC-KR) 인코딩으로 보입니다. 다음처럼 변환하세요: \(command)"
        case .duplicateID(let id, let first, let derived):
            let how = derived ? " (덱과 질문에서 만든 id입니다. 한 카드에 '<!-- id: ... -->'를 직접 쓰세요)" : ""
            return "카드 \(KoreanParticle.attach(.subject, to: "id '\(id)'")) 중복됩니다. 처음 쓴 곳: \(first)\(how)"
        case .fileTooLarge(let mebibytes, let limit):
            return "파일 크기가 \(mebibytes) MiB입니다. \(limit) MiB가 넘는 덱 파일은 읽지 않습니다"
        case .cannotRead(let reason):
            return "이 파일을 읽을 수 없습니다(\(reason))"
        }
    }

    public var english: String {
        switch self {
        case .deckFileEmpty:
            return "deck file is empty; each card starts with a '## ' heading"
        case .deckHasNoCards:
            return "deck has no cards; each card starts with a '## ' heading"
        case .frontMatterNotClosed:
            return "front matter is never closed; add a line '---' after its last key"
        case .codeFenceNotClosed(let fence):
            return "code fence is never closed; add a closing \(fence)"
        case .emptyHeading:
            return "card heading is empty; write the question after '## '"
        case .secondIDComment:
            return "card has a second id comment; keep one"
        case .invalidID(let id):
            return "invalid card id '\(id)'; use letters, digits, '.', '_' and '-' (at most 100)"
        case .unknownCardType(let value, let known):
            return "unknown card type '\(value)'; use one of \(known.joined(separator: ", "))"
        case .secondAnswerLine:
            return "card has a second 'answer::' line; put alternatives in 'accept::'"
        case .emptyAnswerField:
            return "'answer::' is empty; write the expected answer after it"
        case .secondShuffleLine:
            return "card has a second 'shuffle::' line; keep one"
        case .badShuffleValue(let value):
            return "'shuffle::' takes 'yes' or 'no', got '\(value)'; 'no' keeps the options in the written order"
        case .unknownField(let key, let known):
            return "unknown field '\(key)::' is kept as text (known: \(known.joined(separator: ", ")); ids are written '<!-- id: x -->')"
        case .emptyOption:
            return "option is empty; write its text after the box"
        case .mixedKinds(let kinds):
            return "card mixes \(kinds.map(\.rawValue).joined(separator: " and ")) syntax; split it into separate cards"
        case .typeMismatch(let declared, let inferred):
            let needs: String
            switch declared {
            case .basic, .reversible: needs = "no options, answer:: or cloze"
            case .choice: needs = "options written '- [x]' / '- [ ]'"
            case .typein: needs = "an 'answer::' line"
            case .cloze: needs = "a cloze such as '{{c1::text}}'"
            }
            return "type:: \(declared.rawValue) needs \(needs), but this card is \(inferred.rawValue)"
        case .noAnswer:
            return "card has no answer; write it below the heading"
        case .tooFewOptions:
            return "multiple-choice card needs at least two options"
        case .noCorrectOption:
            return "multiple-choice card has no correct option; mark one '- [x]'"
        case .acceptWithoutAnswer:
            return "'accept::' needs an 'answer::' line in the same card"
        case .shuffleWithoutOptions:
            return "'shuffle::' is for multiple-choice cards; this card has no '- [x]' options"
        case .clozeNotClosed(let digits):
            return "cloze '{{c\(digits)::' is never closed; end it with '}}' on the same line"
        case .clozeOutOfRange(let digits):
            return "cloze number c\(digits) is out of range; use c1 to c999"
        case .clozeEmpty(let number):
            return "cloze c\(number) is empty; write the hidden text after '::'"
        case .frontMatterNotKeyValue:
            return "front matter line is not 'key: value'"
        case .unknownScheduler(let value):
            return "unknown scheduler '\(value)'; use 'fsrs' or 'sm2'"
        case .unknownFrontMatterKey(let key, let known):
            return "unknown front matter key '\(key)' is ignored (known: \(known.joined(separator: ", ")))"
        case .emptyDeckName:
            return "deck name is empty"
        case .deckNameHasLineBreak:
            return "deck name has a line break; keep it on one line"
        case .deckNameHasEmptyPart(let name):
            return "deck name '\(name)' has an empty part; write parts like 'AWS::VPC'"
        case .notUTF8:
            return "file is not UTF-8 text (invalid byte here); save it as UTF-8"
        case .moreLinesNotUTF8(let count):
            return "\(count) more lines are not UTF-8 text"
        case .looksLikeCP949(let command):
            return "this looks like CP949 (EUC-KR), as Korean Windows saves text; convert it: \(command)"
        case .duplicateID(let id, let first, let derived):
            let how = derived ? " (derived from the deck and prompt; give one card an explicit '<!-- id: … -->')" : ""
            return "duplicate card id '\(id)', first used at \(first)\(how)"
        case .fileTooLarge(let mebibytes, let limit):
            return "file is \(mebibytes) MiB; deck files over \(limit) MiB are not read"
        case .cannotRead(let reason):
            return "cannot read this file (\(reason))"
        }
    }

    /// A card kind as the messages name it: `TermMessage.kind` (기본, 뒤집기, 빈칸, 객관식,
    /// 입력형; in English the `type::` value the deck is written with).
    public static func kindName(_ kind: NoteKind, _ language: Language) -> String {
        TermMessage.kind(kind).text(language)
    }

    public static var examples: [DeckMessage] {
        [.deckFileEmpty, .deckHasNoCards, .frontMatterNotClosed, .codeFenceNotClosed(fence: "```"), .emptyHeading,
         .secondIDComment, .invalidID(id: "bad id!"), .unknownCardType(value: "flashcard", known: NoteKind.allCases.map(\.rawValue)),
         .secondAnswerLine, .emptyAnswerField, .secondShuffleLine, .badShuffleValue(value: "maybe"),
         .unknownField(key: "tag", known: ["type", "tags"]), .emptyOption, .mixedKinds([.choice, .typein]),
         .typeMismatch(declared: .cloze, inferred: .basic), .noAnswer, .tooFewOptions, .noCorrectOption,
         .acceptWithoutAnswer, .shuffleWithoutOptions, .clozeNotClosed(digits: "1"), .clozeOutOfRange(digits: "0"),
         .clozeEmpty(number: 2), .frontMatterNotKeyValue, .unknownScheduler(value: "anki"),
         .unknownFrontMatterKey(key: "title", known: ["deck", "tags"]), .emptyDeckName, .deckNameHasLineBreak,
         .deckNameHasEmptyPart(name: "AWS::"), .notUTF8, .moreLinesNotUTF8(count: 3),
         .looksLikeCP949(command: "iconv -f cp949 -t utf-8 a.md > a.md.utf8"),
         .duplicateID(id: "vpc-1", firstUsedAt: SourceLocation(file: "Decks/vpc.md", line: 3), derived: true),
         .fileTooLarge(mebibytes: 80, limit: 64), .cannotRead(reason: "Permission denied")]
    }
}
