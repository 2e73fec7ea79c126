/// What `recall export --format apkg` says: its usage rules and what it wrote.
public enum PackageExportMessage: Message, Hashable {
    /// `--format apkg` without `-o`: a package is a zip, never stdout.
    case needsOutputFile
    /// `--no-progress` or `--at` with another format.
    case optionNeedsApkg(String)
    /// `--at` that is not an ISO 8601 time.
    case badTime(String)
    /// An image a card refers to that is not there: the card keeps the reference, the package has no file.
    case missingImage(path: String, note: String)
    /// What was written.
    case wrote(notes: Int, cards: Int, reviews: Int, media: Int, to: String)
    /// The package could not be written.
    case cannotWrite(path: String, reason: String)

    public var english: String {
        switch self {
        case .needsOutputFile: return "--format apkg writes a file: give -o FILE.apkg"
        case .optionNeedsApkg(let option): return "\(option) is for --format apkg"
        case .badTime(let text): return "--at \(text): not a time (write it as 2026-03-01T09:00:00+09:00)"
        case .missingImage(let path, let note): return "note \(note): image \(path) is not there; the package goes without it"
        case .wrote(let notes, let cards, let reviews, let media, let path):
            return "wrote \(notes) notes, \(cards) cards, \(reviews) reviews and \(media) media files to \(path)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }

    public var korean: String {
        switch self {
        case .needsOutputFile: return "--format apkg는 파일로 씁니다: -o FILE.apkg를 주세요"
        case .optionNeedsApkg(let option): return "\(option)는 --format apkg에만 씁니다"
        case .badTime(let text): return "--at \(text): 시각이 아닙니다 (2026-03-01T09:00:00+09:00처럼 쓰세요)"
        case .missingImage(let path, let note): return "\(note) 노트: 이미지 \(path)이(가) 없어 패키지에 넣지 못했습니다"
        case .wrote(let notes, let cards, let reviews, let media, let path):
            return "노트 \(notes)개, 카드 \(cards)장, 복습 \(reviews)개, 미디어 파일 \(media)개를 \(path)에 썼습니다"
        case .cannotWrite(let path, let reason): return "\(path)에 쓸 수 없습니다: \(reason)"
        }
    }

    public static var examples: [PackageExportMessage] {
        [.needsOutputFile, .optionNeedsApkg("--no-progress"), .badTime("어제"),
         .missingImage(path: "Decks/images/vpc.png", note: "vpc-nat"),
         .wrote(notes: 3, cards: 4, reviews: 12, media: 1, to: "aws.apkg"),
         .cannotWrite(path: "out/aws.apkg", reason: "Permission denied")]
    }
}
