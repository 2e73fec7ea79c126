import Testing
@testable import RecallCore

/// A talk introduced only by its slide image: the alt text names what the lines below are about.
@Suite struct ImageHeadingTests {
    @Test func theServiceInATalkTitleIsTheContext() {
        let cards = extract("""
            # 서밋 다녀옴
            ![빠르게 더 빠르게! Amazon SQS로 느슨하게 결합된 서비스 만들기](./talk1.png)

            표준 큐는 최소 한 번 전달을 보장한다.

            ![바이트댄스가 보여주는 Amazon Aurora의 확장 전략](./talk2.png)

            ### 읽기 복제본
            - 읽기 트래픽을 나눠 받는다.
            """)
        #expect(questionsAndAnswers(cards) == [
            "Amazon SQS › 표준 큐 → 최소 한 번 전달을 보장한다.",
            "읽기 복제본 → 읽기 트래픽을 나눠 받는다.",
        ])
    }

    @Test func theSubjectIsTheProductElseANameElseAShortTitle() {
        #expect(ImageTitle.subject("갤럭시 규모의 서비스를 위한 Amazon DynamoDB의 역할") == "Amazon DynamoDB")
        #expect(ImageTitle.subject("실시간 CDC 처리! Modern Transactional Data Lake 구축하기") == "Modern Transactional Data Lake")
        #expect(ImageTitle.subject("클라우드 배포 운영 전략") == "클라우드 배포 운영 전략")
        #expect(ImageTitle.subject(Substring(String(repeating: "아주 긴 강연 제목 ", count: 6))) == nil)
    }

    /// An image inside a sentence, or in a list, stays an image: it is dropped, not a heading.
    @Test func anImageInALineIsNoHeading() {
        #expect(NoteLine.read("설명 ![그림](a.png) 끝").first?.kind == .paragraph)
        #expect(NoteLine.read("- ![그림](a.png)").first?.kind == .item)
        #expect(NoteLine.read("![Amazon S3 구조](s3.png)").first?.kind == .imageHeading)
    }
}
