/// Reads protobuf's wire format: the fields of one message, by number.
///
/// Why no protobuf library: the reader needs three or four fields of four messages (a note
/// type's kind and sort field, a template's question and answer, a deck's options group, a
/// package's version and its media entries); a wire reader of sixty lines needs no generated code
/// and no dependency. Unknown fields are skipped, as protobuf says.
struct ProtobufWire {
    struct Malformed: Error {}

    enum Value {
        case varint(UInt64)
        case bytes(ArraySlice<UInt8>)
        case fixed32(UInt32)
        case fixed64(UInt64)
    }

    /// Every field of the message in order: (number, value).
    static func fields(_ bytes: ArraySlice<UInt8>) throws(Malformed) -> [(Int, Value)] {
        var index = bytes.startIndex
        var fields: [(Int, Value)] = []
        func varint() throws(Malformed) -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard index < bytes.endIndex, shift < 64 else { throw Malformed() }
                let byte = bytes[index]
                index += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
        }
        func take(_ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
            guard count >= 0, bytes.endIndex - index >= count else { throw Malformed() }
            defer { index += count }
            return bytes[index..<index + count]
        }
        func little(_ slice: ArraySlice<UInt8>) -> UInt64 {
            slice.reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }
        while index < bytes.endIndex {
            let key = try varint()
            let number = Int(key >> 3)
            switch key & 7 {
            case 0: fields.append((number, .varint(try varint())))
            case 1: fields.append((number, .fixed64(little(try take(8)))))
            case 2:
                let length = try varint()
                guard length <= UInt64(Int.max) else { throw Malformed() }
                fields.append((number, .bytes(try take(Int(length)))))
            case 5: fields.append((number, .fixed32(UInt32(little(try take(4))))))
            default: throw Malformed()
            }
        }
        return fields
    }

    static func int(_ fields: [(Int, Value)], _ number: Int) -> Int64? {
        for case (number, .varint(let value)) in fields.reversed() { return Int64(bitPattern: value) }
        return nil
    }

    static func bytes(_ fields: [(Int, Value)], _ number: Int) -> ArraySlice<UInt8>? {
        for case (number, .bytes(let value)) in fields.reversed() { return value }
        return nil
    }

    static func string(_ fields: [(Int, Value)], _ number: Int) -> String? {
        bytes(fields, number).map { String(decoding: $0, as: UTF8.self) }
    }

    static func float(_ fields: [(Int, Value)], _ number: Int) -> Double? {
        for case (number, .fixed32(let value)) in fields.reversed() { return Double(Float(bitPattern: value)) }
        return nil
    }

    /// A `repeated float`: packed (one length-delimited field of little-endian floats) or not.
    static func floats(_ fields: [(Int, Value)], _ number: Int) -> [Double] {
        var result: [Double] = []
        for (field, value) in fields where field == number {
            switch value {
            case .fixed32(let bits): result.append(Double(Float(bitPattern: bits)))
            case .bytes(let packed) where packed.count % 4 == 0:
                var index = packed.startIndex
                while index < packed.endIndex {
                    let bits = packed[index..<index + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                    result.append(Double(Float(bitPattern: bits)))
                    index += 4
                }
            default: continue
            }
        }
        return result
    }
}
