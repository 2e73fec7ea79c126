import RecallCore

/// `device.json`: which device this machine is in this data folder, so that it appends only to
/// its own file (`log/<device>.jsonl`).
///
/// Why the host name is kept: a folder copied whole to another machine (a USB stick, `cp -r`, a
/// sync tool told to sync everything) brings this file along. If the recorded host is not this
/// machine's, this machine takes an id of its own and reads the old device's file as just
/// another machine's, so two machines never append to one file.
public enum DeviceIdentity {
    public static let fileName = "device.json"

    /// The device id of this machine, made (and `device.json` written) on first use or when the
    /// folder came from another host. Only writers call this, under the writer's lock.
    public static func current(folder: String, now: Instant) throws(ProgressError) -> String {
        let path = DataFolder.devicePath(folder)
        let host = hostName()
        if try DataFolder.exists(path) {
            let (device, recordedHost) = try read(path)
            if recordedHost == host { return device }
        }
        var random = SystemRandomNumberGenerator()
        let device = DeviceID.make(using: &random)
        var out = JSONWriter()
        out.raw("{\"recall\":\"device\"")
        out.field("device", string: device)
        out.field("host", string: host)
        out.field("created", instant: now)
        out.raw("}\n")
        do {
            try AtomicFile.replace(path, with: out.bytes)
        } catch {
            throw .io(file: path, reason: error.reason)
        }
        return device
    }

    /// The device id recorded in the folder, for readers (`doctor`); nil when none was made yet.
    public static func recorded(folder: String) throws(ProgressError) -> String? {
        let path = DataFolder.devicePath(folder)
        guard try DataFolder.exists(path) else { return nil }
        return try read(path).device
    }

    static func read(_ path: String) throws(ProgressError) -> (device: String, host: String) {
        let file = try ReadableFile(path)
        defer { file.close() }
        let bytes = try file.readAll()
        var kind: Substring?
        var device: Substring?
        var host: Substring?
        do throws(JSONFields.Failure) {
            try bytes.withUnsafeBufferPointer { buffer throws(JSONFields.Failure) in
                var end = buffer.count
                while end > 0, buffer[end - 1] == 0x0A || buffer[end - 1] == 0x20 { end -= 1 }
                try JSONFields.forEach(in: UnsafeBufferPointer(rebasing: buffer[..<end])) { key, value in
                    switch (key, value) {
                    case ("recall", .string(let s)): kind = s
                    case ("device", .string(let s)): device = s
                    case ("host", .string(let s)): host = s
                    default: break
                    }
                }
            }
        } catch {
            throw .damaged(file: path, line: 1, reason: .deviceFileNotJSON(error.problem))
        }
        guard kind == "device", let device, DeviceID.isValid(String(device)) else {
            throw .damaged(file: path, line: 1, reason: .notDeviceFile)
        }
        return (String(device), String(host ?? ""))
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
