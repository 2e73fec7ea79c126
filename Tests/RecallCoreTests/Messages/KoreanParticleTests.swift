import Testing
@testable import RecallCore

/// The particle after a value: by its last syllable's final consonant, digits read as numbers,
/// Latin words as spoken.
@Suite struct KoreanParticleTests {
    @Test(arguments: [
        ("덱", "덱이", "덱을", "덱은", "덱과", "덱으로"),
        ("카드", "카드가", "카드를", "카드는", "카드와", "카드로"),
        ("서울", "서울이", "서울을", "서울은", "서울과", "서울로"),   // ㄹ takes 로
        ("3", "3이", "3을", "3은", "3과", "3으로"),                   // 삼
        ("2", "2가", "2를", "2는", "2와", "2로"),                      // 이
        ("7", "7이", "7을", "7은", "7과", "7로"),                      // 칠
        ("10", "10이", "10을", "10은", "10과", "10으로"),             // 십 → the last digit 0 (영)
        ("IAM", "IAM이", "IAM을", "IAM은", "IAM과", "IAM으로"),      // 엠
        ("EKS", "EKS가", "EKS를", "EKS는", "EKS와", "EKS로"),        // 에스
        ("vpc-nat", "vpc-nat이", "vpc-nat을", "vpc-nat은", "vpc-nat과", "vpc-nat으로"),
        ("route", "route가", "route를", "route는", "route와", "route로"),
        ("'AWS::VPC'", "'AWS::VPC'가", "'AWS::VPC'를", "'AWS::VPC'는", "'AWS::VPC'와", "'AWS::VPC'로"),
        ("AWS 네트워크", "AWS 네트워크가", "AWS 네트워크를", "AWS 네트워크는", "AWS 네트워크와", "AWS 네트워크로"),
    ])
    func chosenFromTheEnd(value: String, subject: String, object: String, topic: String, with: String, direction: String) {
        #expect(KoreanParticle.attach(.subject, to: value) == subject)
        #expect(KoreanParticle.attach(.object, to: value) == object)
        #expect(KoreanParticle.attach(.topic, to: value) == topic)
        #expect(KoreanParticle.attach(.with, to: value) == with)
        #expect(KoreanParticle.attach(.direction, to: value) == direction)
    }

    /// 이란/란 by the same ending: ㄹ and other final consonants take 이란; one digit after a
    /// capital is read in English (`S3` 에스쓰리, `EC2` 이씨투), other digits as numbers; lower-case
    /// words as Korean writes the loanword (`zone` 존, `role` 롤, `test` 테스트, `shield` 쉴드,
    /// `stack` 스택, `network` 네트워크, `logic` 로직, `sync` 싱크).
    @Test(arguments: [
        ("ACL", "ACL이란"), ("S3", "S3란"), ("EC2", "EC2란"), ("Lambda", "Lambda란"),
        ("서브넷", "서브넷이란"), ("리전", "리전이란"), ("가용 영역", "가용 영역이란"), ("스토리지", "스토리지란"),
        ("Route 53", "Route 53이란"), ("C5", "C5란"), ("NAT 게이트웨이", "NAT 게이트웨이란"), ("VPC", "VPC란"),
        ("Local Zone", "Local Zone이란"), ("Role", "Role이란"), ("Test", "Test란"), ("Shield", "Shield란"),
        ("stack", "stack이란"), ("network", "network란"), ("logic", "logic이란"), ("sync", "sync란"),
        ("Subnet", "Subnet이란"), ("Pilot light", "Pilot light란"), ("Fargate", "Fargate란"), ("cloud", "cloud란"),
    ])
    func definitionParticle(value: String, expected: String) {
        #expect(KoreanParticle.attach(.definition, to: value) == expected)
    }

    @Test func digitAfterACapitalIsReadInEnglish() {
        #expect(KoreanParticle.attach(.object, to: "S3") == "S3를")
        #expect(KoreanParticle.attach(.with, to: "EC2") == "EC2와")
        #expect(KoreanParticle.attach(.topic, to: "Route 53") == "Route 53은")
        #expect(KoreanParticle.attach(.topic, to: "c0") == "c0은")
    }
}
