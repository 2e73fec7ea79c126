// Times the hand-written JSON reader (`LogEntry.parse`, through `JSONFields`) against Foundation's
// `JSONDecoder` on the lines of a review log, checking on the way that both read the same
// values. Built and run by Scripts/bench-json; not part of the package.
import Foundation
import RecallCore

/// A log line as `JSONDecoder` reads it: the fields `LogEntry.parse` reads.
struct DecodedLine: Decodable {
    var seq: Int
    var type: String
    var time: String
    var card: String?
    var rating: Int?
    var duration: Int?
    var scheduler: String?
    var deck: String?
    var file: String?
    var undoes: Int?
    var until: String?
}

let path = CommandLine.arguments[1]
let runs = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2])! : 3
let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
var ranges: [Range<Int>] = []
var start = bytes.firstIndex(of: 0x0A)! + 1  // after the header
while start < bytes.count, let end = bytes[start...].firstIndex(of: 0x0A) {
    ranges.append(start..<end)
    start = end + 1
}

func median(_ body: () -> Int) -> (Double, Int) {
    var times: [Double] = []
    var checksum = 0
    for _ in 0..<runs {
        let begin = DispatchTime.now().uptimeNanoseconds
        checksum = body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
    }
    return (times.sorted()[times.count / 2], checksum)
}

let (ours, ourSum) = median {
    var sum = 0
    bytes.withUnsafeBufferPointer { all in
        for range in ranges {
            if case .success(let entry) = LogEntry.parse(UnsafeBufferPointer(rebasing: all[range])) {
                sum &+= entry.seq &+ Int(entry.time.microseconds & 0xFFFF)
            }
        }
    }
    return sum
}
let decoder = JSONDecoder()
let (theirs, theirSum) = median {
    var sum = 0
    for range in ranges {
        guard let line = try? decoder.decode(DecodedLine.self, from: Data(bytes[range])),
              let time = Instant(iso8601: line.time) else { continue }
        sum &+= line.seq &+ Int(time.microseconds & 0xFFFF)
    }
    return sum
}
guard ourSum == theirSum else {
    print("the readers disagree: \(ourSum) != \(theirSum)")
    exit(1)
}
let perLine = { (ms: Double) in String(format: "%.2f µs a line", ms * 1000 / Double(ranges.count)) }
print("| reader | \(ranges.count) log lines (median of \(runs) runs) | per line |")
print("| --- | --- | --- |")
print(String(format: "| hand-written (`LogEntry.parse`, `JSONFields`) | %.0f ms | %@ |", ours, perLine(ours)))
print(String(format: "| Foundation `JSONDecoder` (same fields, same time parsing) | %.0f ms | %@ |", theirs, perLine(theirs)))
print(String(format: "\nJSONDecoder takes %.1f times as long.", theirs / ours))
