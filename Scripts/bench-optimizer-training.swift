// recall's side of Scripts/bench-optimizer-training: trains on the items the fsrs-rs side wrote
// (FSRSTraining.train with the default settings, from fsrs-rs's initial vector) and prints the
// best time of R runs, the peak memory (and the peak once the items are read) and the in-sample
// log loss. With a third argument `fit`, times the whole fit instead
// (FSRSOptimizer.computeParameters: the outlier filter, the pretrain, training, the smoothing),
// for Scripts/bench-optimizer. Not part of the package.
import Foundation
import Glibc
import RecallCore

/// The first line: the initial vector; then one item a line, `rating:delta_t` separated by spaces.
func read(_ path: String) throws -> (initial: [Double], items: [FSRSItem]) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var initial: [Double] = []
    var items: [FSRSItem] = []
    var reviews: [FSRSItemReview] = []
    var number = 0, rating = 0
    var firstLine = true
    var line: [UInt8] = []
    for byte in data {
        if firstLine {
            if byte == UInt8(ascii: "\n") {
                initial = String(decoding: line, as: UTF8.self).split(separator: ",").map { Double($0)! }
                firstLine = false
            } else {
                line.append(byte)
            }
            continue
        }
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): number = number * 10 + Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: ":"): rating = number; number = 0
        case UInt8(ascii: " "): reviews.append(FSRSItemReview(rating: rating, deltaT: number)); number = 0
        default:
            reviews.append(FSRSItemReview(rating: rating, deltaT: number)); number = 0
            items.append(FSRSItem(reviews: reviews))
            reviews = []  // not removeAll(keepingCapacity:), which would give every item the longest's capacity
        }
    }
    return (initial, items)
}

let arguments = CommandLine.arguments
let (initial, items) = try read(arguments[1])
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let loaded = Double(usage.ru_maxrss) / 1024
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let wholeFit = arguments.count > 3 && arguments[3] == "fit"
var best = Double.infinity
var fitted: [Double] = []
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    fitted = wholeFit ? FSRSOptimizer.computeParameters(items, settings: FSRSTrainingSettings()).parameters
        : FSRSTraining.train(items, initial: initial, settings: FSRSTrainingSettings())
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
getrusage(RUSAGE_SELF.rawValue, &usage)
let evaluation = FSRSTraining.evaluate(items, parameters: fitted)
print("{\"items\": \(items.count), \"seconds\": \(best), \"peakMiB\": \(Double(usage.ru_maxrss) / 1024), \"afterReadingMiB\": \(loaded), \"logLoss\": \((evaluation.logLoss * 10000).rounded() / 10000)}")
