/// What `recall import FILE.apkg` says: why a package is refused, what it skipped, and what it
/// imported.
public enum PackageImportMessage: Message {
    /// The file is not a zip archive.
    case notAZip(file: String)
    /// A zip without `collection.anki21b`, `collection.anki21` or `collection.anki2`.
    case noCollection(file: String)
    /// `meta` names a package version this recall does not know (0 or above 3).
    case unknownVersion(file: String, version: Int)
    /// `col.ver` is neither 11 nor 18.
    case unknownSchema(file: String, version: Int)
    /// SQLite cannot read the collection, or its own check finds it damaged.
    case damagedCollection(file: String, reason: String)
    /// A table or column holds something Anki never writes there.
    case badContent(file: String, what: String)
    /// An entry inflates past the limit (a zip bomb, or a collection too large to import).
    case tooLarge(file: String, entry: String, limit: Int)
    /// A zstd-compressed entry that does not decompress.
    case badCompression(file: String, entry: String)
    /// The package's collection cannot be copied to a temporary file.
    case cannotExtract(file: String, reason: String)
    /// A note of a note type recall has no kind for.
    case unsupportedNotetype(note: Int64, notetype: String)
    /// A note whose fields do not make a recall note (the deck parser's or import's reason).
    case noteSkipped(note: Int64, reason: any Message)
    /// An Anki card whose template index names no card of its recall note.
    case cardWithoutRecallCard(note: Int64, ordinal: Int)
    /// Revlog rows of manual changes (reset, set due date, rescheduling): no answer to replay.
    case manualRowsLeftOut(count: Int)
    /// Revlog rows of cards whose notes were skipped.
    case reviewsOfSkippedCards(count: Int)
    /// Review events already in the log (an earlier import, or recall's own answers).
    case reviewsAlreadyInLog(count: Int)
    /// `--with-progress` given a text or csv file, which has no review log.
    case progressNeedsPackage(String)
    /// The summary: `imported 412 notes (520 cards) into 3 decks, 1,204 reviews`.
    case imported(notes: Int, cards: Int, decks: Int, reviews: Int?)

    public var english: String {
        switch self {
        case .notAZip(let file): return "\(file): not an Anki package (not a zip archive)"
        case .noCollection(let file): return "\(file): not an Anki package (no collection.anki21b, collection.anki21 or collection.anki2 in it)"
        case .unknownVersion(let file, let version):
            return "\(file): package version \(version) is unknown to this recall (it reads Anki's legacy and current packages)"
        case .unknownSchema(let file, let version):
            return "\(file): collection schema \(version) is unknown to this recall (it reads schemas 11 and 18)"
        case .damagedCollection(let file, let reason): return "\(file): the collection is damaged (\(reason))"
        case .badContent(let file, let what): return "\(file): the collection holds what Anki does not write: \(what)"
        case .tooLarge(let file, let entry, let limit):
            return "\(file): \(entry) inflates past \(Self.number(limit)) bytes; refused"
        case .badCompression(let file, let entry): return "\(file): \(entry) is not valid zstd data"
        case .cannotExtract(let file, let reason): return "\(file): cannot extract the collection (\(reason))"
        case .unsupportedNotetype(let note, let notetype):
            return "note \(note): note type \"\(notetype)\" has no recall card kind; skipped"
        case .noteSkipped(let note, let reason): return "note \(note): skipped: \(reason.english)"
        case .cardWithoutRecallCard(let note, let ordinal):
            return "note \(note): its card \(ordinal + 1) has no recall card; skipped with its reviews"
        case .manualRowsLeftOut(let count):
            return "\(Self.number(count)) revlog rows of manual changes (reset, set due date) left out: recall replays answers"
        case .reviewsOfSkippedCards(let count): return "\(Self.number(count)) reviews of skipped cards left out"
        case .reviewsAlreadyInLog(let count): return "\(Self.number(count)) reviews already in the log, not added again"
        case .progressNeedsPackage(let file): return "\(file): --with-progress needs an Anki package (.apkg); this file has no review log"
        case .imported(let notes, let cards, let decks, let reviews):
            var text = "imported \(Self.number(notes)) \(notes == 1 ? "note" : "notes") (\(Self.number(cards)) \(cards == 1 ? "card" : "cards"))"
                + " into \(Self.number(decks)) \(decks == 1 ? "deck" : "decks")"
            if let reviews { text += ", \(Self.number(reviews)) \(reviews == 1 ? "review" : "reviews")" }
            return text
        }
    }

    public var korean: String {
        switch self {
        case .notAZip(let file): return "\(file): Anki 패키지가 아닙니다 (zip 파일이 아닙니다)"
        case .noCollection(let file): return "\(file): Anki 패키지가 아닙니다 (collection.anki21b, collection.anki21, collection.anki2가 없습니다)"
        case .unknownVersion(let file, let version):
            return "\(file): 패키지 버전 \(version)은 이 recall이 모르는 버전입니다 (Anki의 이전 형식과 현재 형식을 읽습니다)"
        case .unknownSchema(let file, let version):
            return "\(file): 컬렉션 스키마 \(version)은 이 recall이 모르는 스키마입니다 (스키마 11과 18을 읽습니다)"
        case .damagedCollection(let file, let reason): return "\(file): 컬렉션이 손상되었습니다 (\(reason))"
        case .badContent(let file, let what): return "\(file): 컬렉션에 Anki가 쓰지 않는 내용이 있습니다: \(what)"
        case .tooLarge(let file, let entry, let limit):
            return "\(file): \(entry)의 압축을 풀면 \(Self.number(limit))바이트를 넘습니다. 거부합니다"
        case .badCompression(let file, let entry): return "\(file): \(entry)는 올바른 zstd 데이터가 아닙니다"
        case .cannotExtract(let file, let reason): return "\(file): 컬렉션을 꺼낼 수 없습니다 (\(reason))"
        case .unsupportedNotetype(let note, let notetype):
            return "노트 \(note): 노트 유형 \"\(notetype)\"에 맞는 recall 카드 종류가 없어 건너뜁니다"
        case .noteSkipped(let note, let reason): return "노트 \(note): 건너뜁니다: \(reason.korean)"
        case .cardWithoutRecallCard(let note, let ordinal):
            return "노트 \(note): \(ordinal + 1)번째 카드에 맞는 recall 카드가 없어 복습 기록과 함께 건너뜁니다"
        case .manualRowsLeftOut(let count):
            return "수동 변경(초기화, 기한 설정) 기록 \(Self.number(count))개는 뺐습니다: recall은 답만 다시 계산합니다"
        case .reviewsOfSkippedCards(let count): return "건너뛴 카드의 복습 \(Self.number(count))개는 뺐습니다"
        case .reviewsAlreadyInLog(let count): return "이미 기록에 있는 복습 \(Self.number(count))개는 다시 넣지 않았습니다"
        case .progressNeedsPackage(let file): return "\(file): --with-progress는 Anki 패키지(.apkg)에만 쓸 수 있습니다. 이 파일에는 복습 기록이 없습니다"
        case .imported(let notes, let cards, let decks, let reviews):
            var text = "덱 \(Self.number(decks))개에 노트 \(Self.number(notes))개(카드 \(Self.number(cards))장)"
            if let reviews { text += ", 복습 \(Self.number(reviews))개" }
            return text + "를 가져왔습니다"
        }
    }

    /// `1204` → `1,204`, the same in every locale.
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    public static var examples: [PackageImportMessage] {
        [.notAZip(file: "vpc.apkg"), .noCollection(file: "vpc.apkg"), .unknownVersion(file: "vpc.apkg", version: 4),
         .unknownSchema(file: "vpc.apkg", version: 19), .damagedCollection(file: "vpc.apkg", reason: "database disk image is malformed"),
         .badContent(file: "vpc.apkg", what: "notes.flds"), .tooLarge(file: "vpc.apkg", entry: "collection.anki21", limit: 1 << 30),
         .badCompression(file: "vpc.apkg", entry: "collection.anki21b"), .cannotExtract(file: "vpc.apkg", reason: "No space left on device"),
         .unsupportedNotetype(note: 1_700_000_000_000, notetype: "Image Occlusion"),
         .noteSkipped(note: 1_700_000_000_000, reason: ImportMessage.emptyQuestion),
         .cardWithoutRecallCard(note: 1_700_000_000_000, ordinal: 2), .manualRowsLeftOut(count: 3),
         .reviewsOfSkippedCards(count: 12), .reviewsAlreadyInLog(count: 1_204),
         .progressNeedsPackage("notes.txt"), .imported(notes: 412, cards: 520, decks: 3, reviews: 1_204)]
    }
}
