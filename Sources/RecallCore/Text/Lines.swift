extension StringProtocol {
    /// The text's lines, split at `\n` only. Splitting by `Character` would not work: Swift treats
    /// `\r\n` as one character, so CRLF files would come out as a single line.
    /// A trailing `\r` stays on each line; callers that need it gone drop it.
    public var lines: [Substring] {
        let text = Substring(self)
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    }
}
