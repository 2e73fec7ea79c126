import Testing
@testable import RecallCore

@Suite struct CSVTests {
    static let awkwardFields = [
        "", "plain", "한국어 문장", "comma, inside", "tab\tinside", "\"quoted\" words", "line\nbreak", "crlf\r\nbreak",
        "pipe | bar", "#starts with hash", " spaces around ", "\"", "\"\"", ",", "\n", "끝에 따옴표\"",
    ]

    @Test(arguments: [UInt8(ascii: ","), 0x09, UInt8(ascii: ";")])
    func writtenRecordsReadBackExactly(delimiter: UInt8) {
        var writer = CSVWriter(delimiter: Unicode.Scalar(delimiter), lineEnding: "\r\n")
        let records = [Self.awkwardFields, Self.awkwardFields.reversed(), ["a", "b"]]
        for record in records { writer.write(record) }
        let (read, problems) = CSVReader.read(writer.text, delimiter: delimiter)
        #expect(problems.isEmpty)
        #expect(read.map(\.fields) == records)
    }

    @Test func quotesOnlyWhatNeedsQuotes() {
        #expect(CSVWriter.field("plain 한국어", delimiter: ",") == "plain 한국어")
        #expect(CSVWriter.field("a,b", delimiter: ",") == "\"a,b\"")
        #expect(CSVWriter.field("a,b", delimiter: "\t") == "a,b")
        #expect(CSVWriter.field("say \"hi\"", delimiter: "\t") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("#tag", delimiter: "\t") == "\"#tag\"")
        #expect(CSVWriter.field("two\nlines", delimiter: ",") == "\"two\nlines\"")
    }

    @Test func recordsKnowTheLineTheyStartOn() {
        let text = "\u{FEFF}id,text\r\n1,\"two\nlines\"\n\n2,last"
        let (records, problems) = CSVReader.read(text, delimiter: UInt8(ascii: ","))
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records.map(\.fields) == [["id", "text"], ["1", "two\nlines"], ["2", "last"]])
        #expect(records[2][5] == "")
    }

    @Test func commentLinesAreSkippedOnlyWhenAsked() {
        let text = "#separator:tab\na\tb\n#note\tx\n"
        #expect(CSVReader.read(text, delimiter: 0x09, commentPrefix: UInt8(ascii: "#")).records.map(\.fields) == [["a", "b"]])
        #expect(CSVReader.read(text, delimiter: 0x09).records.count == 3)
    }

    @Test func malformedRowsAreReportedWithTheirLineAndTheRestIsRead() {
        let text = "a,b\n\"ok\",\"bad\"x,y\nc,d\n\"never closed,e\nf,g\n"
        let (records, problems) = CSVReader.read(text, delimiter: UInt8(ascii: ","))
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(problems.map(\.line) == [2, 4])
        #expect(problems[0].message.hasPrefix("text after the closing quote"))
        #expect(problems[1].message.hasPrefix("a quoted field in this row is never closed"))
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() {
        let (records, problems) = CSVReader.read("5\" disk,x\n", delimiter: UInt8(ascii: ","))
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == [["5\" disk", "x"]])
    }
}
