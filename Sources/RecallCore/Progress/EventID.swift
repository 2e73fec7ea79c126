/// The name of one event in the review history: the device that wrote it and that device's
/// sequence number, written `"k7f3q2mz:17"`.
///
/// Why: with a log file per device (schema 2), sequence numbers are only unique within one
/// file, and two machines that studied offline both have a line 17. An undo names the event it
/// takes back by this id, so it means the same answer on every machine after a merge. In a
/// schema-1 log, which has one file and no device, the device is empty and the id is the seq.
public struct EventID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var device: String
    public var seq: Int

    public init(device: String, seq: Int) {
        self.device = device
        self.seq = seq
    }

    /// `device:seq`, or just `seq` for a schema-1 event.
    public var description: String { device.isEmpty ? String(seq) : "\(device):\(seq)" }

    /// Reads `description` back: nil unless it is `seq` or `device:seq` with a valid device id.
    public init?(text: some StringProtocol) {
        if let colon = text.lastIndex(of: ":") {
            let device = String(text[..<colon])
            guard DeviceID.isValid(device), let seq = Int(text[text.index(after: colon)...]), seq > 0 else { return nil }
            self.init(device: device, seq: seq)
        } else {
            guard let seq = Int(text), seq > 0 else { return nil }
            self.init(device: "", seq: seq)
        }
    }

    public static func < (a: EventID, b: EventID) -> Bool {
        (a.device, a.seq) < (b.device, b.seq)
    }
}

/// The rule for device ids: 4 to 32 lower-case letters and digits. They name files
/// (`log/<device>.jsonl`), so nothing else is allowed; made once per data folder and machine
/// from random bytes (`DeviceID.make`), 12 characters of base 32.
public enum DeviceID {
    public static func isValid(_ text: String) -> Bool {
        (4...32).contains(text.utf8.count) && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
    }

    /// A new id from `random` (the executable passes the system's generator; tests a seeded one).
    public static func make(using random: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".utf8)  // no l, o, 0, 1: easy to read aloud
        return String(decoding: (0..<12).map { _ in alphabet[Int(random.next() % 32)] }, as: UTF8.self)
    }
}
