/// Why `snapshot.json` cannot be read, said after its path and line. A damaged snapshot is
/// rebuilt from the log by `recall doctor --repair`.
///
/// Why values: as `LogProblem`, whose `snapshot` case holds these; the snapshot's own words
/// (`[\"a name\"]`, the counts' keys) stay as they are in the file.
public enum SnapshotProblem: Message, Hashable, Sendable {
    /// The file ends before its last row.
    case truncated
    /// The last line has no newline.
    case endsMidLine
    /// A line recall always writes the same way (`"cards":[`) is not there.
    case expectedLine(String)
    /// The counts in the first line promise more rows than there are.
    case expectedLastRow
    /// A row that is not the last has no `,`.
    case rowNoComma
    /// A snapshot of zero bytes.
    case empty
    /// A count in the first line that cannot be.
    case impossibleCount(key: String, count: Int)
    /// A row of the names table that is not one string.
    case expectedName
    /// Text after the snapshot's closing line.
    case textAfterEnd
    /// A first line that is not the snapshot's header.
    case notHeader
    /// A first line that is not JSON.
    case headerNotJSON(LineProblem)
    /// A JSON first line without `"recall":"snapshot"`.
    case notSnapshot
    /// A header without a valid `schema`.
    case noSchema
    /// A header with a count below zero.
    case negativeCount
    /// A row that is not a JSON array.
    case notArray(LineProblem)
    /// A card row without its 17 fields.
    case cardRowFields
    /// A card row whose state is not 0 to 3.
    case cardRowState
    /// A card row whose deck or file is not in the names table.
    case cardRowIndex
    /// A studied card's row without its schedule.
    case cardRowSchedule
    /// A row of the recent answers that cannot be read.
    case recentRow
    /// A row of the log files that cannot be read.
    case logRow

    public var english: String {
        switch self {
        case .truncated: return "the file ends early (it is truncated)"
        case .endsMidLine: return "the file ends in the middle of a line (it is truncated)"
        case .expectedLine(let text): return "expected \(text) here; the file is not a snapshot recall wrote, or it was edited"
        case .expectedLastRow: return "expected the last row here (the counts in the first line do not match)"
        case .rowNoComma: return "the row does not end with ','"
        case .empty: return "the file is empty"
        case .impossibleCount(let key, let count): return "the first line's \"\(key)\" count, \(count), is not possible"
        case .expectedName: return "expected [\"a name\"]"
        case .textAfterEnd: return "unexpected text after the end of the snapshot"
        case .notHeader: return "not a recall snapshot: the first line is not the snapshot header"
        case .headerNotJSON(let problem): return "not a recall snapshot: the first line is not JSON (\(problem.english))"
        case .notSnapshot: return "not a recall snapshot: no \"recall\":\"snapshot\" in the first line"
        case .noSchema: return "the first line has no valid \"schema\""
        case .negativeCount: return "the first line has a negative count"
        case .notArray(let problem): return "not a JSON array: \(problem.english)"
        case .cardRowFields: return "bad card row: expected 17 fields starting with the card id"
        case .cardRowState: return "bad card row: bad state"
        case .cardRowIndex: return "bad card row: bad deck or file index"
        case .cardRowSchedule: return "bad card row: missing due, reps, lapses or seed"
        case .recentRow: return "bad recent-answer row"
        case .logRow: return "bad log row"
        }
    }

    public var korean: String {
        switch self {
        case .truncated: return "파일이 일찍 끝납니다 (파일이 잘렸습니다)"
        case .endsMidLine: return "파일이 줄 중간에서 끝납니다 (파일이 잘렸습니다)"
        case .expectedLine(let text): return "여기에 \(text) 줄이 있어야 합니다. recall이 쓴 스냅숏이 아니거나 누군가 고친 파일입니다"
        case .expectedLastRow: return "여기서 마지막 행이 나와야 합니다 (첫 줄의 개수와 맞지 않습니다)"
        case .rowNoComma: return "행이 ','로 끝나지 않습니다"
        case .empty: return "파일이 비어 있습니다"
        case .impossibleCount(let key, let count): return "첫 줄의 \"\(key)\" 개수(\(count))는 있을 수 없는 값입니다"
        case .expectedName: return "[\"이름\"] 형태여야 합니다"
        case .textAfterEnd: return "스냅숏의 끝 뒤에 다른 글자가 있습니다"
        case .notHeader: return "recall 스냅숏이 아닙니다: 첫 줄이 스냅숏 헤더가 아닙니다"
        case .headerNotJSON(let problem): return "recall 스냅숏이 아닙니다: 첫 줄이 JSON이 아닙니다 (\(problem.korean))"
        case .notSnapshot: return "recall 스냅숏이 아닙니다: 첫 줄에 \"recall\":\"snapshot\"가 없습니다"
        case .noSchema: return "첫 줄에 올바른 \"schema\"가 없습니다"
        case .negativeCount: return "첫 줄에 0보다 작은 개수가 있습니다"
        case .notArray(let problem): return "JSON 배열이 아닙니다: \(problem.korean)"
        case .cardRowFields: return "카드 행이 잘못되었습니다: 카드 ID로 시작하는 필드 17개가 있어야 합니다"
        case .cardRowState: return "카드 행이 잘못되었습니다: 상태가 잘못되었습니다"
        case .cardRowIndex: return "카드 행이 잘못되었습니다: 덱이나 파일 번호가 잘못되었습니다"
        case .cardRowSchedule: return "카드 행이 잘못되었습니다: due, reps, lapses, seed 중 빠진 것이 있습니다"
        case .recentRow: return "최근 답 행이 잘못되었습니다"
        case .logRow: return "기록 파일 행이 잘못되었습니다"
        }
    }

    public static var examples: [SnapshotProblem] {
        [.truncated, .endsMidLine, .expectedLine("\"cards\":["), .expectedLastRow, .rowNoComma, .empty,
         .impossibleCount(key: "cards", count: -1), .expectedName, .textAfterEnd, .notHeader, .headerNotJSON(.expectedObject),
         .notSnapshot, .noSchema, .negativeCount, .notArray(.expectedArray), .cardRowFields, .cardRowState, .cardRowIndex,
         .cardRowSchedule, .recentRow, .logRow]
    }
}
