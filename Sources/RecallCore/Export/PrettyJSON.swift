/// Writes the pretty-printed layout of `JSONEncoder` (`.prettyPrinted`, two-space indent,
/// `"key" : value`) as it goes, for a document too big to build first: the JSON export of a
/// million reviews. Keys are written in the order given; callers give them sorted.
struct PrettyJSON {
    var out = JSONWriter()
    /// Per open container: true until its first element is written.
    private var empty: [Bool] = []
    /// A newline and two spaces per open container: what starts each line, written in one go
    /// (two spaces at a time cost a fifth of writing a million reviews) from a constant, which
    /// needs no reference count (an array of its own did: a tenth of the JSON export).
    private var lineStartCount = 1
    private static let newlineAndSpaces: StaticString = "\n                                                                                                                                "

    /// The bytes so far. Read-only: emptied through a computed property, the buffer would be
    /// shared and so reallocated; callers empty `out.bytes` itself.
    var bytes: [UInt8] { out.bytes }

    mutating func beginObject() { open("{") }
    mutating func endObject() { close("}") }
    mutating func beginArray() { open("[") }
    mutating func endArray() { close("]") }

    /// `"name" : ` on a line of its own, after a comma unless it is the first.
    mutating func key(_ name: StaticString) {
        // The comma, the line's start and the name in one append: five appends per key were a
        // fifth of the JSON export, which writes eleven keys per review.
        let constant = Self.newlineAndSpaces
        guard lineStartCount <= constant.utf8CodeUnitCount, name.utf8CodeUnitCount <= 64 else {
            element()
            out.bytes.append(UInt8(ascii: "\""))
            out.raw(name)
            out.raw("\" : ")
            return
        }
        let comma = !empty[empty.count - 1]
        empty[empty.count - 1] = false
        let indent = lineStartCount
        ByteWriter.append(to: &out.bytes, capacity: 208) { writer in
            if comma { writer.write(UInt8(ascii: ",")) }
            writer._writeASCII(UnsafeBufferPointer(start: constant.utf8Start, count: indent))
            writer.write(UInt8(ascii: "\""))
            writer.write(literal: name)
            writer.write(literal: "\" : ")
            return true
        }
    }

    /// Starts the next element of the array being written.
    mutating func element() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            out.bytes.append(UInt8(ascii: ","))
        }
        appendLineStart()
    }

    private mutating func appendLineStart() {
        let constant = Self.newlineAndSpaces
        if lineStartCount <= constant.utf8CodeUnitCount {
            out.bytes.append(contentsOf: UnsafeBufferPointer(start: constant.utf8Start, count: lineStartCount))
        } else {
            out.bytes.append(0x0A)
            out.bytes.append(contentsOf: repeatElement(0x20, count: lineStartCount - 1))
        }
    }

    /// As `JSONWriter.string`, except that backspace and form feed are `\\b` and `\\f`, as
    /// `JSONEncoder` writes them (the log's lines keep `\\u0008`).
    mutating func string(_ text: some StringProtocol) {
        // Most texts need no escape at all: copied whole, not appended byte by byte.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            out.raw("\"")
            out.bytes.append(contentsOf: bytes)
            out.raw("\"")
            return true
        }
        if plain == true { return }
        guard text.utf8.contains(where: { $0 == 0x08 || $0 == 0x0C }) else { return out.string(text) }
        var pieces = JSONWriter()
        pieces.string(text)
        var index = 0
        let bytes = pieces.bytes
        while index < bytes.count {
            if bytes[index] == 0x5C, index + 5 < bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
               bytes[index + 2] == 0x30, bytes[index + 3] == 0x30, bytes[index + 4] == 0x30,
               bytes[index + 5] == UInt8(ascii: "8") || bytes[index + 5] == UInt8(ascii: "c") {
                out.bytes.append(contentsOf: [0x5C, bytes[index + 5] == UInt8(ascii: "8") ? UInt8(ascii: "b") : UInt8(ascii: "f")])
                index += 6
            } else {
                // An escape is copied whole, so that `\\u0008` (a backslash, then text) stays as it is.
                let length = bytes[index] == 0x5C ? 2 : 1
                out.bytes.append(contentsOf: bytes[index..<index + length])
                index += length
            }
        }
    }
    mutating func integer(_ value: some BinaryInteger) { out.integer(value) }
    mutating func bool(_ value: Bool) { value ? out.raw("true") : out.raw("false") }
    /// The ISO text written straight into the bytes (it never needs an escape), not made as a String first.
    mutating func instant(_ value: Instant) {
        let start = out.bytes.count
        out.raw("\"")
        guard ISOTimestamp.append(value, to: &out.bytes) else {
            out.bytes.removeSubrange(start...)
            return out.string(value.iso8601)
        }
        out.raw("\"")
    }

    /// A double as `JSONEncoder` writes it: Swift's shortest text, without a trailing `.0`.
    mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.bytes.append(contentsOf: text.utf8)
    }

    mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: String?) { if let value { field(name, value) } }
    mutating func field(_ name: StaticString, _ value: Int) { key(name); integer(value) }
    mutating func field(_ name: StaticString, _ value: Int?) { if let value { field(name, value) } }
    mutating func field(_ name: StaticString, _ value: Double?) { if let value { key(name); number(value) } }
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    mutating func field(_ name: StaticString, _ value: Bool?) { if let value { field(name, value) } }
    mutating func field(_ name: StaticString, _ value: Instant?) { if let value { key(name); instant(value) } }

    mutating func field(_ name: StaticString, strings: [String]) {
        key(name)
        beginArray()
        for text in strings {
            element()
            string(text)
        }
        endArray()
    }

    /// A value some other code encoded with the same layout at the top level, moved to this depth.
    mutating func encoded(_ text: String) {
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first {
                out.raw("\n")
                if !line.isEmpty { indent(empty.count) }
            }
            first = false
            out.bytes.append(contentsOf: line.utf8)
        }
    }

    private mutating func open(_ bracket: StaticString) {
        out.raw(bracket)
        empty.append(true)
        lineStartCount += 2
    }

    private mutating func close(_ bracket: StaticString) {
        lineStartCount -= 2
        // JSONEncoder writes an empty container as its brackets around an empty line.
        if empty.removeLast() { out.bytes.append(0x0A) }
        appendLineStart()
        out.raw(bracket)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { out.raw("  ") }
    }
}
