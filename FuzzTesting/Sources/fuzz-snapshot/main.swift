import FuzzCheck
import RecallCore

/// `snapshot.json` (any bytes): decoding returns or throws a `ProgressError`; a snapshot it
/// decodes encodes to bytes that decode to the same state and encode to the same bytes again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let snapshot = try? Snapshot.decode(bytes(data, size), path: "snapshot.json") else { return 0 }
    let encoded = snapshot.encoded()
    do {
        let again = try Snapshot.decode(encoded, path: "encoded.json")
        require(again != nil, "the encoded snapshot decodes as an older schema")
        require(again?.state == snapshot.state, "the snapshot's state changed in a round trip")
        require(again?.encoded() == encoded, "the snapshot encodes differently the second time")
    } catch {
        require(false, "the encoded snapshot does not decode: \(error)\n\(String(decoding: encoded, as: UTF8.self))")
    }
    return 0
}
