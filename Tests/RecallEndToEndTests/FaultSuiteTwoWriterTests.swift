import Foundation
import Testing
import RecallTestSupport

extension ConcurrencyAndCrashTests {
    /// Two writers appending at the same time, from an empty folder (so they also race to create
    /// the log): every answer either acknowledged is in the log exactly once, and the log holds
    /// nothing else.
    @Test func twoWritersAtOnceLoseNoAnswerAndDoubleNone() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let count = 300
        let writers = try [startWriter(s, count: count), startWriter(s, count: count)]
        var acks: [Set<Int>] = []
        for (process, output) in writers {
            let text = String(decoding: output.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let lines = text.split(separator: "\n").filter { $0.hasPrefix("ack ") }
            #expect(lines.count == count)
            acks.append(Set(lines.compactMap { Int($0.dropFirst(4)) }))
        }
        #expect(acks[0].count == count && acks[1].count == count, "no seq acknowledged twice")
        #expect(acks[0].isDisjoint(with: acks[1]), "no answer took another's seq")
        // Whether they interleaved depends on the scheduler (a loaded machine may run one writer
        // to its end first), so it is said, not asserted: the guarantees above hold either way.
        let (a, b) = (acks[0].sorted(), acks[1].sorted())
        if !((a.last ?? 0) > (b.first ?? 0) && (b.last ?? 0) > (a.first ?? 0)) {
            print("note: the two writers did not overlap in this run (the machine ran one after the other)")
        }
        let log = try s.run(["log", "--json"])
        #expect(log.status == 0, "\(log.stderr)")
        let seqs = log.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("{\"seq\":") else { return nil }
            return Int(line.dropFirst(7).prefix { $0.isNumber })
        }
        #expect(seqs == Array(1...(2 * count)), "each answer once, in order")
        #expect(Set(seqs) == acks[0].union(acks[1]), "the log holds exactly the acknowledged answers")
        let doctor = try s.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }
}
