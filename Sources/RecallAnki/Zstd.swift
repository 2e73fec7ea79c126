import CZstd

/// zstd through the system's libzstd: Anki 2.1.50 and later compress a package's collection,
/// its media list and each media file with it (`Meta::zstd_compressed`).
public enum Zstd {
    public enum Failure: Error, Hashable, Sendable {
        /// Not zstd data, or damaged: libzstd's own words.
        case damaged(String)
        /// The data would be longer than the limit when decompressed (a zip bomb, or a package
        /// too large for this machine): decompressing stops there.
        case tooLarge(limit: Int)
        /// The data ends before its last frame does.
        case truncated
    }

    /// Decompresses `input` (one or more frames), refusing output longer than `limit` bytes.
    /// Streams, so a frame that does not say its size is read as safely as one that does.
    public static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        guard let stream = ZSTD_createDStream() else { throw .damaged("out of memory") }
        defer { ZSTD_freeDStream(stream) }
        var output: [UInt8] = []
        let chunk = ZSTD_DStreamOutSize()
        var buffer = [UInt8](repeating: 0, count: chunk)
        var lastResult = 0
        // `withUnsafeBytes` does not pass a typed error on, so the closure gives it back.
        let failure: Failure? = input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Failure? in
            var inBuffer = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
            var filled = false
            repeat {
                let (result, written) = buffer.withUnsafeMutableBytes { out -> (Int, Int) in
                    var outBuffer = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
                    let r = ZSTD_decompressStream(stream, &outBuffer, &inBuffer)
                    return (r, outBuffer.pos)
                }
                if ZSTD_isError(result) != 0 { return .damaged(String(cString: ZSTD_getErrorName(result))) }
                if output.count + written > limit { return .tooLarge(limit: limit) }
                output.append(contentsOf: buffer.prefix(written))
                lastResult = result
                // A full buffer may leave more output inside the stream, with no input left.
                filled = written == chunk
            } while inBuffer.pos < inBuffer.size || filled
            return nil
        }
        if let failure { throw failure }
        // A result above zero at the end of the input: the last frame is not complete.
        if lastResult != 0 { throw .truncated }
        return output
    }

    /// Compresses `input` as one frame at `level` (Anki writes level 0, zstd's default, 3).
    public static func compress(_ input: [UInt8], level: Int32 = 3) -> [UInt8] {
        let bound = ZSTD_compressBound(input.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = input.withUnsafeBytes { src in
            output.withUnsafeMutableBytes { dst in
                ZSTD_compress(dst.baseAddress, dst.count, src.baseAddress, src.count, level)
            }
        }
        precondition(ZSTD_isError(written) == 0, "ZSTD_compress into its own bound cannot fail")
        output.removeSubrange(written...)
        return output
    }
}
