import Testing
@testable import RecallAnki

@Suite struct ZstdTests {
    @Test func roundTripOfKoreanText() throws {
        let text = Array(String(repeating: "보안 그룹은 상태 저장 방화벽이다. ", count: 20_000).utf8)
        let packed = Zstd.compress(text)
        #expect(packed.count < text.count / 10)
        #expect(try Zstd.decompress(packed, limit: text.count) == text)
    }

    @Test func outputPastTheLimitIsRefused() {
        let zeros = [UInt8](repeating: 0, count: 10_000_000)
        let packed = Zstd.compress(zeros)
        #expect(throws: Zstd.Failure.tooLarge(limit: 1_000_000)) { try Zstd.decompress(packed, limit: 1_000_000) }
    }

    @Test func aCutFrameIsTruncated() {
        let packed = Zstd.compress(Array(String(repeating: "VPC 엔드포인트 ", count: 5_000).utf8))
        #expect(throws: Zstd.Failure.truncated) { try Zstd.decompress(Array(packed.prefix(packed.count / 2)), limit: 1 << 30) }
    }

    @Test func notZstdIsDamaged() {
        #expect(throws: (any Error).self) { try Zstd.decompress(Array("SQLite format 3\0".utf8), limit: 1 << 20) }
    }
}
