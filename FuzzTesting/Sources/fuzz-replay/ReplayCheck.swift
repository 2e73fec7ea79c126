import FuzzCheck
import RecallCore

/// Replays `input` line by line as `recall replay` does, stopping at the first bad line, and
/// checks: an error's column lies on its line; each review appends one output line; the card
/// after a review was reviewed then, is due no earlier, counts one more review, and has finite
/// memory; and a second replay of the same log writes the same bytes.
func checkReplay<S: CardScheduler>(_ input: [UInt8], _ start: Replay<S>) {
    var replay = start
    var out: [UInt8] = []
    let lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
    let scalars = InputLines(input).scalarCounts
    input.withUnsafeBufferPointer { buffer in
        for (number, line) in lines.enumerated() {
            let slice = buffer[line.startIndex..<line.endIndex]
            let before = out.count
            if let entry = try? PyFSRSLogLine.parse(slice).get() {
                let previous = replay.cards[entry.cardID]
                if let error = replay.replay(line: slice, into: &out) {
                    require(error.column >= 1 && error.column <= scalars[number] + 1,
                            "line \(number + 1): column \(error.column) of \(scalars[number]) scalars")
                    return
                }
                require(out.count > before && out.last == 0x0A && !out[before..<out.count - 1].contains(0x0A),
                        "line \(number + 1): the review did not append one line")
                guard let card = replay.cards[entry.cardID] else {
                    require(false, "line \(number + 1): the card is gone after its review")
                    return
                }
                require(card.lastReview == entry.reviewedAt, "line \(number + 1): lastReview is not the review's time")
                require(card.due >= entry.reviewedAt, "line \(number + 1): due \(card.due) before the review \(entry.reviewedAt)")
                require(card.reps == (previous?.reps ?? 0) + 1, "line \(number + 1): reps did not grow by one")
                require([card.stability, card.difficulty, card.ease].allSatisfy { $0?.isFinite ?? true },
                        "line \(number + 1): memory is not finite: \(card)")
            } else if let error = replay.replay(line: slice, into: &out) {
                require(error.column >= 1 && error.column <= scalars[number] + 1,
                        "line \(number + 1): column \(error.column) of \(scalars[number]) scalars")
                return
            } else {
                require(out.count == before, "line \(number + 1): a blank line wrote output")
            }
        }
    }
    var second = start
    var again: [UInt8] = []
    input.withUnsafeBufferPointer { buffer in
        for line in lines where second.replay(line: buffer[line.startIndex..<line.endIndex], into: &again) == nil {}
    }
    require(again.starts(with: out) || out.starts(with: again), "a second replay wrote different bytes")
}
